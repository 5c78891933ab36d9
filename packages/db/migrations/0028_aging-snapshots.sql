CREATE TABLE "ledger_aging_snapshots" (
	"clinic_id" uuid PRIMARY KEY NOT NULL,
	"as_of" date NOT NULL,
	"changes" bigint NOT NULL,
	"report" json NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ledger_account_sums" ADD COLUMN "changes" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "ledger_aging_snapshots" ADD CONSTRAINT "ledger_aging_snapshots_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Every statement that changes an account counts once in its `changes`: a clinic's sum of them names
-- its ledger's state, which an aging snapshot must match to be read. Entries are append-only and
-- these rows are never deleted, so the sum only grows.
CREATE OR REPLACE FUNCTION ledger_sums_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ledger_day_sums AS s (clinic_id, party, payer_id, child_id, dated_on, cents)
  SELECT clinic_id, party, CASE WHEN party = 'insurance' THEN payer_id END,
    CASE WHEN party = 'family' THEN child_id END, dated_on, sum(cents)
  FROM new_entries GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ON CONSTRAINT ledger_day_sums_key DO UPDATE SET cents = s.cents + excluded.cents;
  INSERT INTO ledger_account_sums AS s (clinic_id, party, payer_id, child_id, cents, changes)
  SELECT clinic_id, party, CASE WHEN party = 'insurance' THEN payer_id END,
    CASE WHEN party = 'family' THEN child_id END, sum(cents), 1
  FROM new_entries GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ON CONSTRAINT ledger_account_sums_key
    DO UPDATE SET cents = s.cents + excluded.cents, changes = s.changes + 1;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION ledger_sums_remove() RETURNS trigger LANGUAGE plpgsql AS $$
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
  UPDATE ledger_account_sums AS s SET cents = s.cents - o.cents, changes = s.changes + 1
  FROM (
    SELECT clinic_id, party, CASE WHEN party = 'insurance' THEN payer_id END AS payer_id,
      CASE WHEN party = 'family' THEN child_id END AS child_id, sum(cents) AS cents
    FROM old_entries GROUP BY 1, 2, 3, 4
  ) o
  WHERE s.clinic_id = o.clinic_id AND s.party = o.party
    AND s.payer_id IS NOT DISTINCT FROM o.payer_id AND s.child_id IS NOT DISTINCT FROM o.child_id;
  RETURN NULL;
END $$;--> statement-breakpoint
UPDATE ledger_account_sums SET changes = 1;
--> statement-breakpoint
-- A child renamed changes what the aging report shows of their family's account: counted the same.
-- (A trigger with transition tables cannot name columns: the names are compared here.)
CREATE FUNCTION ledger_accounts_child_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE ledger_account_sums AS s SET changes = s.changes + 1
  FROM new_children n JOIN old_children o ON o.id = n.id
  WHERE s.party = 'family' AND s.child_id = n.id
    AND (n.first_name, n.last_name) IS DISTINCT FROM (o.first_name, o.last_name);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER children_renamed_in_ledger AFTER UPDATE ON children
  REFERENCING OLD TABLE AS old_children NEW TABLE AS new_children
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_accounts_child_renamed();
