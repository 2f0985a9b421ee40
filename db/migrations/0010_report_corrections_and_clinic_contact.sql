ALTER TABLE "clinics" ADD COLUMN "address" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "phone" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "email" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "request_key" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "payload_hash" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "supersedes_report_id" uuid;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "voided_by" uuid;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_supersedes_report_id_reports_id_fk" FOREIGN KEY ("supersedes_report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_voided_by_users_id_fk" FOREIGN KEY ("voided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reports_request_key_uq" ON "reports" USING btree ("clinic_id","request_key");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_supersedes_uq" ON "reports" USING btree ("supersedes_report_id");--> statement-breakpoint
-- An issued report is immutable. Exactly two changes are allowed, each once and each alone: releasing
-- it to the athlete (not once void), and voiding it with a reason (entered in error or superseded).
CREATE OR REPLACE FUNCTION reports_reject_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.released_at IS NULL AND NEW.released_at IS NOT NULL AND NEW.released_by IS NOT NULL
     AND OLD.voided_at IS NULL
     AND (to_jsonb(NEW) - 'released_at' - 'released_by') = (to_jsonb(OLD) - 'released_at' - 'released_by') THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL AND NEW.voided_by IS NOT NULL
     AND length(btrim(coalesce(NEW.void_reason, ''))) > 0
     AND (to_jsonb(NEW) - 'voided_at' - 'voided_by' - 'void_reason') = (to_jsonb(OLD) - 'voided_at' - 'voided_by' - 'void_reason') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'an issued report cannot be changed';
END;
$$ LANGUAGE plpgsql;
