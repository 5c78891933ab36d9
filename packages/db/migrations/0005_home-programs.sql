CREATE TYPE "public"."activity_kind" AS ENUM('ladder', 'chain', 'sensory_diet', 'routine_practice', 'descriptive_commenting');--> statement-breakpoint
CREATE TYPE "public"."activity_status" AS ENUM('active', 'paused', 'archived');--> statement-breakpoint
CREATE TABLE "activity_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"kind" "activity_kind" NOT NULL,
	"title" text NOT NULL,
	"content" jsonb NOT NULL,
	"structure" jsonb NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"week" smallint NOT NULL,
	"ratings" jsonb NOT NULL,
	"submitted_by_id" uuid,
	"submitted_on" date NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_ins_week" CHECK ("check_ins"."week" in (0, 4, 8, 12))
);
--> statement-breakpoint
CREATE TABLE "home_programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"goals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"minutes_per_day" integer DEFAULT 10 NOT NULL,
	"days_per_week" integer DEFAULT 5 NOT NULL,
	"start_date" date NOT NULL,
	"routine_times" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"guardian_editable" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "home_programs_dose" CHECK ("home_programs"."minutes_per_day" between 1 and 120 and "home_programs"."days_per_week" between 1 and 7)
);
--> statement-breakpoint
CREATE TABLE "practice_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"kind" "activity_kind" NOT NULL,
	"logged_by_id" uuid NOT NULL,
	"client_key" text NOT NULL,
	"practised_on" date NOT NULL,
	"logged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"entry" jsonb NOT NULL,
	"minutes" integer,
	"note" text,
	"mood" text,
	"in_session" boolean DEFAULT false NOT NULL,
	CONSTRAINT "practice_logs_minutes" CHECK ("practice_logs"."minutes" is null or "practice_logs"."minutes" between 1 and 239)
);
--> statement-breakpoint
CREATE TABLE "program_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"clinic_id" uuid NOT NULL,
	"template_id" uuid,
	"position" integer NOT NULL,
	"status" "activity_status" DEFAULT 'active' NOT NULL,
	"kind" "activity_kind" NOT NULL,
	"content" jsonb NOT NULL,
	"structure" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "program_observations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"author_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"activity_id" uuid,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"changes" jsonb NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"activity_version" integer
);
--> statement-breakpoint
ALTER TABLE "activity_templates" ADD CONSTRAINT "activity_templates_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_templates" ADD CONSTRAINT "activity_templates_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_program_id_home_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."home_programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_programs" ADD CONSTRAINT "home_programs_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_programs" ADD CONSTRAINT "home_programs_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_logs" ADD CONSTRAINT "practice_logs_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_logs" ADD CONSTRAINT "practice_logs_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_logs" ADD CONSTRAINT "practice_logs_activity_id_program_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."program_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_logs" ADD CONSTRAINT "practice_logs_logged_by_id_users_id_fk" FOREIGN KEY ("logged_by_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_activities" ADD CONSTRAINT "program_activities_program_id_home_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."home_programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_activities" ADD CONSTRAINT "program_activities_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_activities" ADD CONSTRAINT "program_activities_template_id_activity_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."activity_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_activities" ADD CONSTRAINT "program_activities_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_observations" ADD CONSTRAINT "program_observations_program_id_home_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."home_programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_observations" ADD CONSTRAINT "program_observations_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_revisions" ADD CONSTRAINT "program_revisions_program_id_home_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."home_programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_revisions" ADD CONSTRAINT "program_revisions_activity_id_program_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."program_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_revisions" ADD CONSTRAINT "program_revisions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_templates_clinic_id_title_index" ON "activity_templates" USING btree ("clinic_id","title");--> statement-breakpoint
CREATE UNIQUE INDEX "check_ins_program_id_week_index" ON "check_ins" USING btree ("program_id","week");--> statement-breakpoint
CREATE UNIQUE INDEX "home_programs_child_id_index" ON "home_programs" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "home_programs_clinic_id_index" ON "home_programs" USING btree ("clinic_id");--> statement-breakpoint
CREATE UNIQUE INDEX "practice_logs_logged_by_id_client_key_index" ON "practice_logs" USING btree ("logged_by_id","client_key");--> statement-breakpoint
CREATE INDEX "practice_logs_activity_id_practised_on_index" ON "practice_logs" USING btree ("activity_id","practised_on");--> statement-breakpoint
CREATE INDEX "practice_logs_child_id_practised_on_index" ON "practice_logs" USING btree ("child_id","practised_on");--> statement-breakpoint
CREATE INDEX "program_activities_program_id_position_index" ON "program_activities" USING btree ("program_id","position");--> statement-breakpoint
CREATE INDEX "program_observations_program_id_at_index" ON "program_observations" USING btree ("program_id","at");--> statement-breakpoint
CREATE INDEX "program_revisions_program_id_at_index" ON "program_revisions" USING btree ("program_id","at");