CREATE TYPE "public"."authorization_counts" AS ENUM('visits', 'units');--> statement-breakpoint
CREATE TYPE "public"."coverage_rank" AS ENUM('primary', 'secondary');--> statement-breakpoint
CREATE TYPE "public"."payer_kind" AS ENUM('medicaid', 'commercial', 'medicare', 'self_pay');--> statement-breakpoint
CREATE TYPE "public"."subscriber_relationship" AS ENUM('self', 'child');--> statement-breakpoint
CREATE TABLE "authorizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"coverage_id" uuid NOT NULL,
	"counts" "authorization_counts" NOT NULL,
	"approved" integer NOT NULL,
	"codes" text[],
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "authorizations_approved" CHECK ("authorizations"."approved" >= 0),
	CONSTRAINT "authorizations_dates" CHECK ("authorizations"."ends_on" >= "authorizations"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "coverages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"payer_id" uuid NOT NULL,
	"rank" "coverage_rank" NOT NULL,
	"member_id" text NOT NULL,
	"group_number" text,
	"relationship" "subscriber_relationship" NOT NULL,
	"subscriber_guardian_id" uuid,
	"subscriber_name" text NOT NULL,
	"subscriber_date_of_birth" date NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"entered_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coverages_dates" CHECK ("coverages"."effective_to" is null or "coverages"."effective_to" >= "coverages"."effective_from")
);
--> statement-breakpoint
CREATE TABLE "fee_schedule_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"payer_id" uuid,
	"code" text NOT NULL,
	"cents" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fee_schedule_entries_clinicId_payerId_code_unique" UNIQUE NULLS NOT DISTINCT("clinic_id","payer_id","code"),
	CONSTRAINT "fee_schedule_entries_cents" CHECK ("fee_schedule_entries"."cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "payers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "payer_kind" NOT NULL,
	"payer_id" text,
	"address_line1" text,
	"city" text,
	"state" text,
	"zip" text,
	"rules" jsonb NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "authorizations" ADD CONSTRAINT "authorizations_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authorizations" ADD CONSTRAINT "authorizations_coverage_id_coverages_id_fk" FOREIGN KEY ("coverage_id") REFERENCES "public"."coverages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverages" ADD CONSTRAINT "coverages_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverages" ADD CONSTRAINT "coverages_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverages" ADD CONSTRAINT "coverages_payer_id_payers_id_fk" FOREIGN KEY ("payer_id") REFERENCES "public"."payers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverages" ADD CONSTRAINT "coverages_subscriber_guardian_id_users_id_fk" FOREIGN KEY ("subscriber_guardian_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverages" ADD CONSTRAINT "coverages_entered_by_id_users_id_fk" FOREIGN KEY ("entered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_schedule_entries" ADD CONSTRAINT "fee_schedule_entries_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_schedule_entries" ADD CONSTRAINT "fee_schedule_entries_payer_id_payers_id_fk" FOREIGN KEY ("payer_id") REFERENCES "public"."payers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payers" ADD CONSTRAINT "payers_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "authorizations_coverage_id_ends_on_index" ON "authorizations" USING btree ("coverage_id","ends_on");--> statement-breakpoint
CREATE INDEX "coverages_child_id_rank_index" ON "coverages" USING btree ("child_id","rank");--> statement-breakpoint
CREATE UNIQUE INDEX "payers_clinic_id_name_index" ON "payers" USING btree ("clinic_id","name");