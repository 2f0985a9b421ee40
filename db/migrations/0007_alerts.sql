CREATE TYPE "public"."alert_severity" AS ENUM('emergency', 'urgent', 'high', 'medium', 'routine', 'low');--> statement-breakpoint
CREATE TYPE "public"."alert_status" AS ENUM('open', 'acknowledged', 'resolved');--> statement-breakpoint
CREATE TYPE "public"."alert_type" AS ENUM('triage', 'red-run', 'review', 'not-settled', 'single-run-spike', 'acwr', 'no-logs', 'shoe-review');--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"athlete_id" uuid NOT NULL,
	"type" "alert_type" NOT NULL,
	"cause" text NOT NULL,
	"severity" "alert_severity" NOT NULL,
	"reason" text NOT NULL,
	"data" jsonb NOT NULL,
	"status" "alert_status" DEFAULT 'open' NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alerts_clinic_idx" ON "alerts" USING btree ("clinic_id");--> statement-breakpoint
CREATE INDEX "alerts_athlete_status_idx" ON "alerts" USING btree ("athlete_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_cause_uq" ON "alerts" USING btree ("athlete_id","type","cause");--> statement-breakpoint
CREATE INDEX "activity_logs_athlete_day_idx" ON "activity_logs" USING btree ("athlete_id","date");