CREATE TABLE "chart_documentation" (
	"clinic_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"first_key" text COLLATE "C" DEFAULT '9' NOT NULL,
	"counts" integer[] DEFAULT '{}' NOT NULL,
	"stale_at" timestamp with time zone DEFAULT '-infinity' NOT NULL,
	CONSTRAINT "chart_documentation_child_id_pk" PRIMARY KEY("child_id")
);
--> statement-breakpoint
ALTER TABLE "chart_documentation" ADD CONSTRAINT "chart_documentation_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chart_documentation" ADD CONSTRAINT "chart_documentation_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chart_documentation_clinic_id_stale_at_index" ON "chart_documentation" USING btree ("clinic_id","stale_at");--> statement-breakpoint
CREATE INDEX "chart_documentation_clinic_id_first_key_index" ON "chart_documentation" USING btree ("clinic_id","first_key");--> statement-breakpoint
-- Every chart has its row, stale until first read (documentation.due computes it then).
INSERT INTO "chart_documentation" ("child_id", "clinic_id") SELECT "id", "clinic_id" FROM "children";
--> statement-breakpoint
CREATE FUNCTION chart_documentation_add() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO chart_documentation (child_id, clinic_id) VALUES (NEW.id, NEW.clinic_id)
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER children_chart_documentation_add
  AFTER INSERT ON children
  FOR EACH ROW EXECUTE FUNCTION chart_documentation_add();
--> statement-breakpoint
-- What a chart's documentation is computed from changed: it is stale at once. The rules stay in the
-- domain (documentationDueItems); these only say when to run them again.
CREATE FUNCTION chart_documentation_stale() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE chart_documentation SET stale_at = '-infinity'
      WHERE child_id = OLD.child_id AND stale_at <> '-infinity';
  END IF;
  IF TG_OP <> 'DELETE' THEN
    UPDATE chart_documentation SET stale_at = '-infinity'
      WHERE child_id = NEW.child_id AND stale_at <> '-infinity';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER clinical_notes_chart_documentation_stale
  AFTER INSERT OR DELETE OR UPDATE OF child_id, kind, service_on, visit_ended_at, signed_at
  ON clinical_notes
  FOR EACH ROW EXECUTE FUNCTION chart_documentation_stale();
--> statement-breakpoint
CREATE TRIGGER plans_of_care_chart_documentation_stale
  AFTER INSERT OR DELETE OR UPDATE OF child_id, previous_id, start_on, end_on, certified_on
  ON plans_of_care
  FOR EACH ROW EXECUTE FUNCTION chart_documentation_stale();
--> statement-breakpoint
CREATE FUNCTION chart_documentation_discharge_stale() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE chart_documentation SET stale_at = '-infinity'
    WHERE child_id = NEW.id AND stale_at <> '-infinity';
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER children_chart_documentation_stale
  AFTER UPDATE OF discharged_on ON children
  FOR EACH ROW WHEN (OLD.discharged_on IS DISTINCT FROM NEW.discharged_on)
  EXECUTE FUNCTION chart_documentation_discharge_stale();
--> statement-breakpoint
-- The clinic's calendar and its unsigned-note limit are part of every chart's answer.
CREATE FUNCTION chart_documentation_clinic_stale() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE chart_documentation SET stale_at = '-infinity'
    WHERE clinic_id = NEW.id AND stale_at <> '-infinity';
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER clinics_chart_documentation_stale
  AFTER UPDATE OF settings, time_zone ON clinics
  FOR EACH ROW WHEN (OLD.settings IS DISTINCT FROM NEW.settings OR OLD.time_zone IS DISTINCT FROM NEW.time_zone)
  EXECUTE FUNCTION chart_documentation_clinic_stale();
