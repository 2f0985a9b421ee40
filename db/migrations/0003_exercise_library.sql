CREATE TABLE "exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"starter_number" integer,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"target" text NOT NULL,
	"dosage" text NOT NULL,
	"cues" text NOT NULL,
	"caution" text,
	"glide_kind" text,
	"image_url" text,
	"sources" text[] DEFAULT '{}'::text[] NOT NULL,
	"archived_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exercises_clinic_idx" ON "exercises" USING btree ("clinic_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exercises_starter_uq" ON "exercises" USING btree ("clinic_id","starter_number") WHERE "exercises"."starter_number" is not null;