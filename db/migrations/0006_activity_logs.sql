-- Runs, exercise sessions and cross-training share one log with one idempotency key per athlete.
CREATE TYPE "public"."activity_kind" AS ENUM('run', 'exercise', 'cross_training');--> statement-breakpoint
ALTER TABLE "run_logs" RENAME TO "activity_logs";--> statement-breakpoint
ALTER TABLE "activity_logs" RENAME CONSTRAINT "run_logs_pkey" TO "activity_logs_pkey";--> statement-breakpoint
ALTER TABLE "activity_logs" RENAME CONSTRAINT "run_logs_clinic_id_clinics_id_fk" TO "activity_logs_clinic_id_clinics_id_fk";--> statement-breakpoint
ALTER TABLE "activity_logs" RENAME CONSTRAINT "run_logs_athlete_id_athletes_id_fk" TO "activity_logs_athlete_id_athletes_id_fk";--> statement-breakpoint
ALTER TABLE "activity_logs" RENAME CONSTRAINT "run_logs_logged_by_users_id_fk" TO "activity_logs_logged_by_users_id_fk";--> statement-breakpoint
ALTER INDEX "run_logs_clinic_idx" RENAME TO "activity_logs_clinic_idx";--> statement-breakpoint
ALTER INDEX "run_logs_client_uq" RENAME TO "activity_logs_client_uq";--> statement-breakpoint
DROP INDEX "run_logs_athlete_date_idx";--> statement-breakpoint
ALTER TABLE "activity_logs" ADD COLUMN "kind" "activity_kind" DEFAULT 'run' NOT NULL;--> statement-breakpoint
ALTER TABLE "activity_logs" ALTER COLUMN "kind" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "activity_logs" ADD COLUMN "program_id" uuid;--> statement-breakpoint
-- Runs logged before this migration get their own data as fingerprint and an empty first answer.
ALTER TABLE "activity_logs" ADD COLUMN "payload_hash" text;--> statement-breakpoint
UPDATE "activity_logs" SET "payload_hash" = md5("data"::text);--> statement-breakpoint
ALTER TABLE "activity_logs" ALTER COLUMN "payload_hash" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "activity_logs" ADD COLUMN "response" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "activity_logs" ALTER COLUMN "response" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "activity_logs" ADD CONSTRAINT "activity_logs_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_logs_athlete_date_idx" ON "activity_logs" USING btree ("athlete_id","kind","date");--> statement-breakpoint
CREATE TABLE "activity_log_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"athlete_id" uuid NOT NULL,
	"log_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"client_id" text NOT NULL,
	"changed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "activity_log_revisions" ADD CONSTRAINT "activity_log_revisions_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_log_revisions" ADD CONSTRAINT "activity_log_revisions_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_log_revisions" ADD CONSTRAINT "activity_log_revisions_log_id_activity_logs_id_fk" FOREIGN KEY ("log_id") REFERENCES "public"."activity_logs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_log_revisions" ADD CONSTRAINT "activity_log_revisions_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_log_revisions_clinic_idx" ON "activity_log_revisions" USING btree ("clinic_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_log_revisions_version_uq" ON "activity_log_revisions" USING btree ("log_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_log_revisions_client_uq" ON "activity_log_revisions" USING btree ("log_id","client_id");--> statement-breakpoint
CREATE TABLE "red_flag_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"athlete_id" uuid NOT NULL,
	"client_id" text NOT NULL,
	"date" date NOT NULL,
	"answers" jsonb NOT NULL,
	"payload_hash" text NOT NULL,
	"response" jsonb NOT NULL,
	"triage_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "red_flag_checks" ADD CONSTRAINT "red_flag_checks_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "red_flag_checks" ADD CONSTRAINT "red_flag_checks_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "red_flag_checks" ADD CONSTRAINT "red_flag_checks_triage_id_triage_results_id_fk" FOREIGN KEY ("triage_id") REFERENCES "public"."triage_results"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "red_flag_checks_clinic_idx" ON "red_flag_checks" USING btree ("clinic_id");--> statement-breakpoint
CREATE UNIQUE INDEX "red_flag_checks_client_uq" ON "red_flag_checks" USING btree ("athlete_id","client_id");
