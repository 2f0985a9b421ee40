ALTER TABLE "assessments" ADD COLUMN "discarded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "discarded_by" uuid;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "request_key" text;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "request_hash" text;--> statement-breakpoint
ALTER TABLE "athletes" ADD COLUMN "request_key" text;--> statement-breakpoint
ALTER TABLE "athletes" ADD COLUMN "request_hash" text;--> statement-breakpoint
ALTER TABLE "exercises" ADD COLUMN "request_key" text;--> statement-breakpoint
ALTER TABLE "exercises" ADD COLUMN "request_hash" text;--> statement-breakpoint
ALTER TABLE "invites" ADD COLUMN "revoked_reason" text;--> statement-breakpoint
ALTER TABLE "invites" ADD COLUMN "request_key" text;--> statement-breakpoint
ALTER TABLE "invites" ADD COLUMN "request_hash" text;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD COLUMN "voided_by" uuid;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD COLUMN "superseded_by_id" uuid;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD COLUMN "request_key" text;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD COLUMN "request_hash" text;--> statement-breakpoint
ALTER TABLE "run_plans" ADD COLUMN "request_key" text;--> statement-breakpoint
ALTER TABLE "run_plans" ADD COLUMN "request_hash" text;--> statement-breakpoint
ALTER TABLE "program_templates" ADD COLUMN "request_key" text;--> statement-breakpoint
ALTER TABLE "program_templates" ADD COLUMN "request_hash" text;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "request_key" text;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "request_hash" text;--> statement-breakpoint
ALTER TABLE "shoes" ADD COLUMN "request_key" text;--> statement-breakpoint
ALTER TABLE "shoes" ADD COLUMN "request_hash" text;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_discarded_by_users_id_fk" FOREIGN KEY ("discarded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_voided_by_users_id_fk" FOREIGN KEY ("voided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_request_key_uq" ON "assessments" USING btree ("clinic_id","request_key");--> statement-breakpoint
CREATE UNIQUE INDEX "athletes_request_key_uq" ON "athletes" USING btree ("clinic_id","request_key");--> statement-breakpoint
CREATE UNIQUE INDEX "exercises_request_key_uq" ON "exercises" USING btree ("clinic_id","request_key");--> statement-breakpoint
CREATE UNIQUE INDEX "invites_request_key_uq" ON "invites" USING btree ("clinic_id","request_key");--> statement-breakpoint
CREATE UNIQUE INDEX "outcome_measures_request_key_uq" ON "outcome_measures" USING btree ("clinic_id","request_key");--> statement-breakpoint
CREATE UNIQUE INDEX "run_plans_request_key_uq" ON "run_plans" USING btree ("clinic_id","request_key");--> statement-breakpoint
CREATE UNIQUE INDEX "program_templates_request_key_uq" ON "program_templates" USING btree ("clinic_id","request_key");--> statement-breakpoint
CREATE UNIQUE INDEX "programs_request_key_uq" ON "programs" USING btree ("clinic_id","request_key");--> statement-breakpoint
CREATE UNIQUE INDEX "shoes_request_key_uq" ON "shoes" USING btree ("clinic_id","request_key");