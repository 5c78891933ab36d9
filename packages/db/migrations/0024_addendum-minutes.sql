ALTER TABLE "clinical_note_addenda" ADD COLUMN "minutes" jsonb;--> statement-breakpoint
CREATE INDEX "claims_coverage_id_service_on_index" ON "claims" USING btree ("coverage_id","service_on");