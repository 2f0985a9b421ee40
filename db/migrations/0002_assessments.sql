CREATE TYPE "public"."assessment_kind" AS ENUM('initial', 'reassessment');--> statement-breakpoint
CREATE TYPE "public"."assessment_status" AS ENUM('draft', 'signed');--> statement-breakpoint
CREATE TYPE "public"."outcome_status" AS ENUM('requested', 'completed');--> statement-breakpoint
CREATE TYPE "public"."shoe_use" AS ENUM('road', 'trail', 'race', 'walking');--> statement-breakpoint
CREATE TYPE "public"."triage_action" AS ENUM('referred', 'advised', 'discussed');--> statement-breakpoint
CREATE TYPE "public"."triage_source" AS ENUM('assessment', 'run', 'checklist');--> statement-breakpoint
CREATE TYPE "public"."triage_urgency" AS ENUM('emergency', 'urgent', 'routine');--> statement-breakpoint
CREATE TABLE "assessment_sections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"athlete_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"schema_version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"athlete_id" uuid NOT NULL,
	"kind" "assessment_kind" NOT NULL,
	"visit_date" date NOT NULL,
	"status" "assessment_status" DEFAULT 'draft' NOT NULL,
	"amends_assessment_id" uuid,
	"superseded_at" timestamp with time zone,
	"signed_at" timestamp with time zone,
	"signed_by" uuid,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcome_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"athlete_id" uuid NOT NULL,
	"assessment_id" uuid,
	"instrument" text NOT NULL,
	"instrument_version" text NOT NULL,
	"licence_note" text NOT NULL,
	"status" "outcome_status" NOT NULL,
	"answers" jsonb,
	"score" numeric(6, 1),
	"complete" boolean DEFAULT false NOT NULL,
	"requested_at" timestamp with time zone,
	"requested_by" uuid,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	"completed_by_role" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clinic_settings" (
	"clinic_id" uuid PRIMARY KEY NOT NULL,
	"licensed_add_ons" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"neuro_asymmetry_flag_degrees" integer DEFAULT 10 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shoes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"athlete_id" uuid NOT NULL,
	"brand" text NOT NULL,
	"model" text NOT NULL,
	"purchase_date" date,
	"use" "shoe_use" NOT NULL,
	"starting_km" numeric(7, 1) DEFAULT 0 NOT NULL,
	"review_distance_km" integer DEFAULT 600 NOT NULL,
	"retired_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "triage_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"athlete_id" uuid NOT NULL,
	"source" "triage_source" NOT NULL,
	"source_id" uuid,
	"urgency" "triage_urgency" NOT NULL,
	"triggers" jsonb NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"raised_by" uuid,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"acknowledgement_action" "triage_action",
	"acknowledgement_note" text
);
--> statement-breakpoint
ALTER TABLE "assessment_sections" ADD CONSTRAINT "assessment_sections_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_sections" ADD CONSTRAINT "assessment_sections_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_sections" ADD CONSTRAINT "assessment_sections_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_sections" ADD CONSTRAINT "assessment_sections_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_settings" ADD CONSTRAINT "clinic_settings_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shoes" ADD CONSTRAINT "shoes_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shoes" ADD CONSTRAINT "shoes_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_results" ADD CONSTRAINT "triage_results_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_results" ADD CONSTRAINT "triage_results_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_results" ADD CONSTRAINT "triage_results_raised_by_users_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_results" ADD CONSTRAINT "triage_results_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_sections_clinic_idx" ON "assessment_sections" USING btree ("clinic_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_sections_uq" ON "assessment_sections" USING btree ("assessment_id","kind");--> statement-breakpoint
CREATE INDEX "assessments_clinic_idx" ON "assessments" USING btree ("clinic_id");--> statement-breakpoint
CREATE INDEX "assessments_athlete_idx" ON "assessments" USING btree ("athlete_id","visit_date");--> statement-breakpoint
CREATE INDEX "outcome_measures_clinic_idx" ON "outcome_measures" USING btree ("clinic_id");--> statement-breakpoint
CREATE INDEX "outcome_measures_athlete_idx" ON "outcome_measures" USING btree ("athlete_id","instrument");--> statement-breakpoint
CREATE INDEX "shoes_clinic_idx" ON "shoes" USING btree ("clinic_id");--> statement-breakpoint
CREATE INDEX "shoes_athlete_idx" ON "shoes" USING btree ("athlete_id");--> statement-breakpoint
CREATE INDEX "triage_results_clinic_idx" ON "triage_results" USING btree ("clinic_id");--> statement-breakpoint
CREATE INDEX "triage_results_athlete_idx" ON "triage_results" USING btree ("athlete_id");