CREATE TABLE "clinic_documentation" (
	"clinic_id" uuid PRIMARY KEY NOT NULL,
	"counts" integer[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "clinic_documentation" ADD CONSTRAINT "clinic_documentation_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "children_primary_therapist_id_index" ON "children" USING btree ("primary_therapist_id");--> statement-breakpoint
CREATE INDEX "clinical_notes_awaiting_cosign" ON "clinical_notes" USING btree ("cosigner_id","signed_at") WHERE "clinical_notes"."cosigner_id" is not null and "clinical_notes"."cosigned_at" is null;
--> statement-breakpoint
-- Counts slot by slot: a slot one array lacks counts as 0.
CREATE FUNCTION add_counts(a integer[], b integer[]) RETURNS integer[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(coalesce(x, 0) + coalesce(y, 0) ORDER BY slot), '{}')
  FROM unnest(a, b) WITH ORDINALITY AS z(x, y, slot)
$$;
--> statement-breakpoint
CREATE FUNCTION minus_counts(a integer[], b integer[]) RETURNS integer[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(coalesce(x, 0) - coalesce(y, 0) ORDER BY slot), '{}')
  FROM unnest(a, b) WITH ORDINALITY AS z(x, y, slot)
$$;
--> statement-breakpoint
CREATE AGGREGATE sum_counts(integer[]) (SFUNC = add_counts, STYPE = integer[], INITCOND = '{}');
--> statement-breakpoint
INSERT INTO clinic_documentation (clinic_id, counts)
  SELECT clinic_id, sum_counts(counts) FROM chart_documentation GROUP BY clinic_id;
--> statement-breakpoint
CREATE FUNCTION chart_documentation_removed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE clinic_documentation SET counts = minus_counts(counts, OLD.counts)
    WHERE clinic_id = OLD.clinic_id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER chart_documentation_removed
  AFTER DELETE ON chart_documentation
  FOR EACH ROW EXECUTE FUNCTION chart_documentation_removed();
