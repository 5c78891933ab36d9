CREATE TABLE "practice_taps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"tapped_by_id" uuid NOT NULL,
	"client_key" text NOT NULL,
	"tap" text NOT NULL,
	"tapped_at" timestamp with time zone DEFAULT now() NOT NULL,
	"practised_on" date NOT NULL,
	"undone_at" timestamp with time zone,
	"log_id" uuid
);
--> statement-breakpoint
ALTER TABLE "practice_logs" ADD COLUMN "voided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "practice_logs" ADD COLUMN "voided_by_id" uuid;--> statement-breakpoint
ALTER TABLE "practice_taps" ADD CONSTRAINT "practice_taps_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_taps" ADD CONSTRAINT "practice_taps_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_taps" ADD CONSTRAINT "practice_taps_activity_id_program_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."program_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_taps" ADD CONSTRAINT "practice_taps_tapped_by_id_users_id_fk" FOREIGN KEY ("tapped_by_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_taps" ADD CONSTRAINT "practice_taps_log_id_practice_logs_id_fk" FOREIGN KEY ("log_id") REFERENCES "public"."practice_logs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "practice_taps_tapped_by_id_client_key_index" ON "practice_taps" USING btree ("tapped_by_id","client_key");--> statement-breakpoint
CREATE INDEX "practice_taps_child_id_log_id_index" ON "practice_taps" USING btree ("child_id","log_id");--> statement-breakpoint
ALTER TABLE "practice_logs" ADD CONSTRAINT "practice_logs_voided_by_id_users_id_fk" FOREIGN KEY ("voided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;