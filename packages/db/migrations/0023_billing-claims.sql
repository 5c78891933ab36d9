CREATE TYPE "public"."claim_status" AS ENUM('draft', 'ready', 'submitted', 'accepted', 'rejected', 'paid', 'denied');--> statement-breakpoint
CREATE SEQUENCE "public"."claim_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1001 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."interchange_control_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 999999999 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "charges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"note_id" uuid NOT NULL,
	"coverage_id" uuid,
	"payer_id" uuid,
	"service_on" date NOT NULL,
	"rendering_provider_id" uuid NOT NULL,
	"place_of_service" text NOT NULL,
	"encounter" jsonb NOT NULL,
	"lines" jsonb NOT NULL,
	"total_cents" integer NOT NULL,
	"unassigned_minutes" integer DEFAULT 0 NOT NULL,
	"unpriced_codes" text[] DEFAULT '{}' NOT NULL,
	"previous_lines" jsonb,
	"recoded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claim_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"payer_id" uuid NOT NULL,
	"interchange_control_number" bigint DEFAULT nextval('interchange_control_numbers') NOT NULL,
	"claim_count" integer NOT NULL,
	"total_cents" bigint NOT NULL,
	"file" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"number" bigint DEFAULT nextval('claim_numbers') NOT NULL,
	"charge_id" uuid NOT NULL,
	"coverage_id" uuid NOT NULL,
	"payer_id" uuid NOT NULL,
	"status" "claim_status" DEFAULT 'draft' NOT NULL,
	"frequency" text DEFAULT '1' NOT NULL,
	"replaces_claim_id" uuid,
	"payer_claim_number" text,
	"batch_id" uuid,
	"service_on" date NOT NULL,
	"place_of_service" text NOT NULL,
	"diagnoses" text[] NOT NULL,
	"lines" jsonb NOT NULL,
	"total_cents" integer NOT NULL,
	"findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"scrubbed_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "claims_frequency" CHECK ("claims"."frequency" in ('1', '7', '8')),
	CONSTRAINT "claims_batched" CHECK (("claims"."batch_id" is null) = ("claims"."status" in ('draft', 'ready')))
);
--> statement-breakpoint
CREATE TABLE "clinic_billing_profiles" (
	"clinic_id" uuid PRIMARY KEY NOT NULL,
	"legal_name" text NOT NULL,
	"npi" text NOT NULL,
	"tax_id" text NOT NULL,
	"taxonomy" text DEFAULT '225X00000X' NOT NULL,
	"address_line1" text NOT NULL,
	"city" text NOT NULL,
	"state" text NOT NULL,
	"zip" text NOT NULL,
	"phone" text NOT NULL,
	"contact_name" text NOT NULL,
	"submitter_id" text NOT NULL,
	"receiver_id" text NOT NULL,
	"receiver_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "npi" text;--> statement-breakpoint
ALTER TABLE "coverages" ADD COLUMN "address_line1" text;--> statement-breakpoint
ALTER TABLE "coverages" ADD COLUMN "city" text;--> statement-breakpoint
ALTER TABLE "coverages" ADD COLUMN "state" text;--> statement-breakpoint
ALTER TABLE "coverages" ADD COLUMN "zip" text;--> statement-breakpoint
ALTER TABLE "coverages" ADD COLUMN "subscriber_sex" text DEFAULT 'U' NOT NULL;--> statement-breakpoint
ALTER TABLE "coverages" ADD COLUMN "patient_sex" text DEFAULT 'U' NOT NULL;--> statement-breakpoint
ALTER TABLE "charges" ADD CONSTRAINT "charges_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charges" ADD CONSTRAINT "charges_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charges" ADD CONSTRAINT "charges_note_id_clinical_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."clinical_notes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charges" ADD CONSTRAINT "charges_coverage_id_coverages_id_fk" FOREIGN KEY ("coverage_id") REFERENCES "public"."coverages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charges" ADD CONSTRAINT "charges_payer_id_payers_id_fk" FOREIGN KEY ("payer_id") REFERENCES "public"."payers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charges" ADD CONSTRAINT "charges_rendering_provider_id_users_id_fk" FOREIGN KEY ("rendering_provider_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_batches" ADD CONSTRAINT "claim_batches_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_batches" ADD CONSTRAINT "claim_batches_payer_id_payers_id_fk" FOREIGN KEY ("payer_id") REFERENCES "public"."payers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_batches" ADD CONSTRAINT "claim_batches_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_charge_id_charges_id_fk" FOREIGN KEY ("charge_id") REFERENCES "public"."charges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_coverage_id_coverages_id_fk" FOREIGN KEY ("coverage_id") REFERENCES "public"."coverages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_payer_id_payers_id_fk" FOREIGN KEY ("payer_id") REFERENCES "public"."payers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_replaces_claim_id_claims_id_fk" FOREIGN KEY ("replaces_claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_batch_id_claim_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."claim_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_billing_profiles" ADD CONSTRAINT "clinic_billing_profiles_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "charges_note_id_index" ON "charges" USING btree ("note_id");--> statement-breakpoint
CREATE INDEX "charges_clinic_id_service_on_index" ON "charges" USING btree ("clinic_id","service_on");--> statement-breakpoint
CREATE UNIQUE INDEX "claim_batches_interchange_control_number_index" ON "claim_batches" USING btree ("interchange_control_number");--> statement-breakpoint
CREATE INDEX "claim_batches_clinic_id_created_at_index" ON "claim_batches" USING btree ("clinic_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "claims_number_index" ON "claims" USING btree ("number");--> statement-breakpoint
CREATE INDEX "claims_clinic_id_status_index" ON "claims" USING btree ("clinic_id","status");--> statement-breakpoint
CREATE INDEX "claims_child_id_service_on_index" ON "claims" USING btree ("child_id","service_on");--> statement-breakpoint
CREATE INDEX "claims_batch_id_index" ON "claims" USING btree ("batch_id");