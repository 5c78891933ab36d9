CREATE TYPE "public"."ledger_kind" AS ENUM('charge', 'insurance_payment', 'adjustment', 'transfer', 'family_payment', 'write_off', 'refund', 'fee', 'fee_waiver');--> statement-breakpoint
CREATE TYPE "public"."ledger_party" AS ENUM('insurance', 'family');--> statement-breakpoint
CREATE TABLE "ledger_account_sums" (
	"clinic_id" uuid NOT NULL,
	"party" "ledger_party" NOT NULL,
	"payer_id" uuid,
	"child_id" uuid,
	"cents" bigint NOT NULL,
	CONSTRAINT "ledger_account_sums_key" UNIQUE NULLS NOT DISTINCT("clinic_id","party","payer_id","child_id")
);
--> statement-breakpoint
CREATE TABLE "ledger_day_sums" (
	"clinic_id" uuid NOT NULL,
	"party" "ledger_party" NOT NULL,
	"payer_id" uuid,
	"child_id" uuid,
	"dated_on" date NOT NULL,
	"cents" bigint NOT NULL,
	CONSTRAINT "ledger_day_sums_key" UNIQUE NULLS NOT DISTINCT("clinic_id","party","payer_id","child_id","dated_on")
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"party" "ledger_party" NOT NULL,
	"kind" "ledger_kind" NOT NULL,
	"cents" integer NOT NULL,
	"claim_id" uuid,
	"line_index" integer,
	"payer_id" uuid,
	"remittance_claim_id" uuid,
	"group_code" text,
	"reason_code" text,
	"method" text,
	"memo" text,
	"dated_on" date NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_not_zero" CHECK ("ledger_entries"."cents" <> 0)
);
--> statement-breakpoint
CREATE TABLE "remittance_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"remittance_id" uuid NOT NULL,
	"claim_id" uuid,
	"ordinal" integer NOT NULL,
	"control_number" text NOT NULL,
	"status" text NOT NULL,
	"charged_cents" integer NOT NULL,
	"paid_cents" integer NOT NULL,
	"patient_responsibility_cents" integer NOT NULL,
	"payer_claim_number" text,
	"payment" jsonb NOT NULL,
	"unmatched" text,
	"denied" boolean DEFAULT false NOT NULL,
	"worked_at" timestamp with time zone,
	"worked_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "remittances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"content" text NOT NULL,
	"payer_name" text NOT NULL,
	"payer_identifier" text,
	"trace_number" text NOT NULL,
	"method" text NOT NULL,
	"paid_on" date,
	"payment_cents" bigint NOT NULL,
	"provider_adjustments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"imported_by_id" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_payer_id_payers_id_fk" FOREIGN KEY ("payer_id") REFERENCES "public"."payers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_remittance_claim_id_remittance_claims_id_fk" FOREIGN KEY ("remittance_claim_id") REFERENCES "public"."remittance_claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remittance_claims" ADD CONSTRAINT "remittance_claims_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remittance_claims" ADD CONSTRAINT "remittance_claims_remittance_id_remittances_id_fk" FOREIGN KEY ("remittance_id") REFERENCES "public"."remittances"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remittance_claims" ADD CONSTRAINT "remittance_claims_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remittance_claims" ADD CONSTRAINT "remittance_claims_worked_by_id_users_id_fk" FOREIGN KEY ("worked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remittances" ADD CONSTRAINT "remittances_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remittances" ADD CONSTRAINT "remittances_imported_by_id_users_id_fk" FOREIGN KEY ("imported_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_day_sums_clinic_id_dated_on_index" ON "ledger_day_sums" USING btree ("clinic_id","dated_on");--> statement-breakpoint
CREATE INDEX "ledger_entries_child_id_party_index" ON "ledger_entries" USING btree ("child_id","party");--> statement-breakpoint
CREATE INDEX "ledger_entries_claim_id_index" ON "ledger_entries" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_clinic_id_created_at_index" ON "ledger_entries" USING btree ("clinic_id","created_at");--> statement-breakpoint
CREATE INDEX "remittance_claims_remittance_id_index" ON "remittance_claims" USING btree ("remittance_id");--> statement-breakpoint
CREATE INDEX "remittance_claims_claim_id_index" ON "remittance_claims" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "remittance_claims_clinic_id_index" ON "remittance_claims" USING btree ("clinic_id") WHERE "remittance_claims"."denied" and "remittance_claims"."worked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "remittances_clinic_id_sha256_index" ON "remittances" USING btree ("clinic_id","sha256");--> statement-breakpoint
CREATE INDEX "remittances_clinic_id_imported_at_index" ON "remittances" USING btree ("clinic_id","imported_at");--> statement-breakpoint
-- The ledger is append-only: a correction is a new entry. Only forgetting who posted an entry (a
-- deleted user, ON DELETE SET NULL) changes a row.
CREATE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF row(NEW.id, NEW.clinic_id, NEW.child_id, NEW.party, NEW.kind, NEW.cents, NEW.claim_id,
      NEW.line_index, NEW.payer_id, NEW.remittance_claim_id, NEW.group_code, NEW.reason_code,
      NEW.method, NEW.memo, NEW.dated_on, NEW.created_at)
    IS DISTINCT FROM row(OLD.id, OLD.clinic_id, OLD.child_id, OLD.party, OLD.kind, OLD.cents,
      OLD.claim_id, OLD.line_index, OLD.payer_id, OLD.remittance_claim_id, OLD.group_code,
      OLD.reason_code, OLD.method, OLD.memo, OLD.dated_on, OLD.created_at) THEN
    RAISE EXCEPTION 'ledger entries are never changed: post a correcting entry';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_append_only();--> statement-breakpoint
-- The sums the aging report reads — insurance's per payer, a family's per child; per day and over
-- all time — kept with every insert and delete of entries in the same statement, keys in order (so
-- two imports at once take their rows' locks in the same order).
CREATE FUNCTION ledger_sums_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ledger_day_sums AS s (clinic_id, party, payer_id, child_id, dated_on, cents)
  SELECT clinic_id, party, CASE WHEN party = 'insurance' THEN payer_id END,
    CASE WHEN party = 'family' THEN child_id END, dated_on, sum(cents)
  FROM new_entries GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ON CONSTRAINT ledger_day_sums_key DO UPDATE SET cents = s.cents + excluded.cents;
  INSERT INTO ledger_account_sums AS s (clinic_id, party, payer_id, child_id, cents)
  SELECT clinic_id, party, CASE WHEN party = 'insurance' THEN payer_id END,
    CASE WHEN party = 'family' THEN child_id END, sum(cents)
  FROM new_entries GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ON CONSTRAINT ledger_account_sums_key DO UPDATE SET cents = s.cents + excluded.cents;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER ledger_entries_sums_add AFTER INSERT ON ledger_entries
  REFERENCING NEW TABLE AS new_entries
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_sums_add();--> statement-breakpoint
CREATE FUNCTION ledger_sums_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE ledger_day_sums AS s SET cents = s.cents - o.cents
  FROM (
    SELECT clinic_id, party, CASE WHEN party = 'insurance' THEN payer_id END AS payer_id,
      CASE WHEN party = 'family' THEN child_id END AS child_id, dated_on, sum(cents) AS cents
    FROM old_entries GROUP BY 1, 2, 3, 4, 5
  ) o
  WHERE s.clinic_id = o.clinic_id AND s.party = o.party
    AND s.payer_id IS NOT DISTINCT FROM o.payer_id AND s.child_id IS NOT DISTINCT FROM o.child_id
    AND s.dated_on = o.dated_on;
  UPDATE ledger_account_sums AS s SET cents = s.cents - o.cents
  FROM (
    SELECT clinic_id, party, CASE WHEN party = 'insurance' THEN payer_id END AS payer_id,
      CASE WHEN party = 'family' THEN child_id END AS child_id, sum(cents) AS cents
    FROM old_entries GROUP BY 1, 2, 3, 4
  ) o
  WHERE s.clinic_id = o.clinic_id AND s.party = o.party
    AND s.payer_id IS NOT DISTINCT FROM o.payer_id AND s.child_id IS NOT DISTINCT FROM o.child_id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER ledger_entries_sums_remove AFTER DELETE ON ledger_entries
  REFERENCING OLD TABLE AS old_entries
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_sums_remove();--> statement-breakpoint
-- Claims already sent owe their lines' charges to insurance.
INSERT INTO ledger_entries
  (clinic_id, child_id, party, kind, cents, claim_id, line_index, payer_id, dated_on,
    created_by_id, created_at)
SELECT c.clinic_id, c.child_id, 'insurance', 'charge', (l.line->>'cents')::int, c.id,
  (l.n - 1)::int, c.payer_id, c.service_on, b.created_by_id, coalesce(c.submitted_at, b.created_at)
FROM claims c
JOIN claim_batches b ON b.id = c.batch_id
CROSS JOIN LATERAL jsonb_array_elements(c.lines) WITH ORDINALITY AS l(line, n)
WHERE (l.line->>'cents')::int <> 0;
