CREATE TYPE "public"."paper_size" AS ENUM('A4', 'LETTER');--> statement-breakpoint
CREATE TYPE "public"."report_kind" AS ENUM('progress', 'discharge');--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"athlete_id" uuid NOT NULL,
	"kind" "report_kind" NOT NULL,
	"paper" "paper_size" NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"issued_by" uuid NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"snapshot" jsonb NOT NULL,
	"pdf" "bytea" NOT NULL,
	"pdf_sha256" text NOT NULL,
	"released_at" timestamp with time zone,
	"released_by" uuid
);
--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_released_by_users_id_fk" FOREIGN KEY ("released_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reports_clinic_idx" ON "reports" USING btree ("clinic_id");--> statement-breakpoint
CREATE INDEX "reports_athlete_issued_idx" ON "reports" USING btree ("athlete_id","issued_at");--> statement-breakpoint
-- An issued report is immutable: the only change allowed is releasing it to the athlete, once.
CREATE OR REPLACE FUNCTION reports_reject_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.released_at IS NULL AND NEW.released_at IS NOT NULL
     AND (to_jsonb(NEW) - 'released_at' - 'released_by') = (to_jsonb(OLD) - 'released_at' - 'released_by') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'an issued report cannot be changed';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER reports_immutable
  BEFORE UPDATE OR DELETE ON reports
  FOR EACH ROW EXECUTE FUNCTION reports_reject_change();
