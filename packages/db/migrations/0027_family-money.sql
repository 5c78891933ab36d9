CREATE TYPE "public"."card_payment_status" AS ENUM('pending', 'succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."fee_kind" AS ENUM('late_cancel', 'no_show');--> statement-breakpoint
CREATE SEQUENCE "public"."invoice_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 501 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."receipt_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 7001 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."statement_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 301 CACHE 1;--> statement-breakpoint
CREATE TABLE "card_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"guardian_id" uuid,
	"invoice_id" uuid,
	"provider" text NOT NULL,
	"provider_payment_id" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"save_card" boolean DEFAULT false NOT NULL,
	"status" "card_payment_status" DEFAULT 'pending' NOT NULL,
	"receipt_number" bigint,
	"card_brand" text,
	"card_last4" text,
	"failure" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"settled_at" timestamp with time zone,
	CONSTRAINT "card_payments_amount" CHECK ("card_payments"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "fee_policies" (
	"clinic_id" uuid NOT NULL,
	"kind" "fee_kind" NOT NULL,
	"amount_cents" integer NOT NULL,
	"session_type_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fee_policies_clinic_id_kind_pk" PRIMARY KEY("clinic_id","kind"),
	CONSTRAINT "fee_policies_amount" CHECK ("fee_policies"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"number" bigint DEFAULT nextval('invoice_numbers') NOT NULL,
	"issued_on" date NOT NULL,
	"due_on" date NOT NULL,
	"items" jsonb NOT NULL,
	"total_cents" integer NOT NULL,
	"memo" text,
	"voided_at" timestamp with time zone,
	"voided_by_id" uuid,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoices_total" CHECK ("invoices"."total_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "payment_events" (
	"provider" text NOT NULL,
	"event_id" text NOT NULL,
	"type" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_events_provider_event_id_pk" PRIMARY KEY("provider","event_id")
);
--> statement-breakpoint
CREATE TABLE "saved_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"guardian_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"customer_id" text NOT NULL,
	"payment_method_id" text NOT NULL,
	"brand" text NOT NULL,
	"last4" text NOT NULL,
	"exp_month" integer NOT NULL,
	"exp_year" integer NOT NULL,
	"consented_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"number" bigint DEFAULT nextval('statement_numbers') NOT NULL,
	"as_of" date NOT NULL,
	"body" jsonb NOT NULL,
	"balance_cents" integer NOT NULL,
	"emailed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "guardian_links" ADD COLUMN "can_see_billing" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "primary_claim_id" uuid;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "appointment_id" uuid;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "invoice_id" uuid;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "card_payment_id" uuid;--> statement-breakpoint
ALTER TABLE "card_payments" ADD CONSTRAINT "card_payments_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_payments" ADD CONSTRAINT "card_payments_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_payments" ADD CONSTRAINT "card_payments_guardian_id_users_id_fk" FOREIGN KEY ("guardian_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_payments" ADD CONSTRAINT "card_payments_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_policies" ADD CONSTRAINT "fee_policies_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_policies" ADD CONSTRAINT "fee_policies_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_voided_by_id_users_id_fk" FOREIGN KEY ("voided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_cards" ADD CONSTRAINT "saved_cards_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_cards" ADD CONSTRAINT "saved_cards_guardian_id_users_id_fk" FOREIGN KEY ("guardian_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "card_payments_provider_provider_payment_id_index" ON "card_payments" USING btree ("provider","provider_payment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "card_payments_receipt_number_index" ON "card_payments" USING btree ("receipt_number");--> statement-breakpoint
CREATE INDEX "card_payments_child_id_created_at_index" ON "card_payments" USING btree ("child_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_number_index" ON "invoices" USING btree ("number");--> statement-breakpoint
CREATE INDEX "invoices_child_id_issued_on_index" ON "invoices" USING btree ("child_id","issued_on");--> statement-breakpoint
CREATE UNIQUE INDEX "saved_cards_provider_payment_method_id_index" ON "saved_cards" USING btree ("provider","payment_method_id");--> statement-breakpoint
CREATE INDEX "saved_cards_guardian_id_index" ON "saved_cards" USING btree ("guardian_id");--> statement-breakpoint
CREATE UNIQUE INDEX "statements_number_index" ON "statements" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "statements_child_id_as_of_index" ON "statements" USING btree ("child_id","as_of");--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_primary_claim_id_claims_id_fk" FOREIGN KEY ("primary_claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_card_payment_id_card_payments_id_fk" FOREIGN KEY ("card_payment_id") REFERENCES "public"."card_payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_entries_invoice_id_index" ON "ledger_entries" USING btree ("invoice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_one_fee" ON "ledger_entries" USING btree ("appointment_id","child_id") WHERE "ledger_entries"."kind" = 'fee';--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_one_fee_waiver" ON "ledger_entries" USING btree ("appointment_id","child_id") WHERE "ledger_entries"."kind" = 'fee_waiver';--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_one_card_payment" ON "ledger_entries" USING btree ("card_payment_id") WHERE "ledger_entries"."kind" = 'family_payment';--> statement-breakpoint
-- The ledger stays append-only with its new columns.
CREATE OR REPLACE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF row(NEW.id, NEW.clinic_id, NEW.child_id, NEW.party, NEW.kind, NEW.cents, NEW.claim_id,
      NEW.line_index, NEW.payer_id, NEW.remittance_claim_id, NEW.appointment_id, NEW.invoice_id,
      NEW.card_payment_id, NEW.group_code, NEW.reason_code, NEW.method, NEW.memo, NEW.dated_on,
      NEW.created_at)
    IS DISTINCT FROM row(OLD.id, OLD.clinic_id, OLD.child_id, OLD.party, OLD.kind, OLD.cents,
      OLD.claim_id, OLD.line_index, OLD.payer_id, OLD.remittance_claim_id, OLD.appointment_id,
      OLD.invoice_id, OLD.card_payment_id, OLD.group_code, OLD.reason_code, OLD.method, OLD.memo,
      OLD.dated_on, OLD.created_at) THEN
    RAISE EXCEPTION 'ledger entries are never changed: post a correcting entry';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
-- Each child's first guardian sees the account; the others are given it by the clinic or that guardian.
UPDATE guardian_links g SET can_see_billing = true
  WHERE NOT EXISTS (
    SELECT 1 FROM guardian_links o
    WHERE o.child_id = g.child_id AND (o.created_at, o.guardian_id) < (g.created_at, g.guardian_id)
  );
