CREATE TYPE "public"."therapist_credential" AS ENUM('ot', 'ota');--> statement-breakpoint
CREATE TYPE "public"."treatment_service" AS ENUM('therapeutic_activities', 'self_care', 'sensory_integration', 'therapeutic_exercise', 'neuromuscular_reeducation', 'caregiver_training');--> statement-breakpoint
CREATE TYPE "public"."consent_kind" AS ENUM('caregiver_training', 'telehealth');--> statement-breakpoint
CREATE TYPE "public"."diagnosis_kind" AS ENUM('treatment', 'medical');--> statement-breakpoint
CREATE TYPE "public"."goal_state" AS ENUM('active', 'met', 'discontinued');--> statement-breakpoint
CREATE TYPE "public"."goal_term" AS ENUM('long', 'short');--> statement-breakpoint
CREATE TYPE "public"."note_kind" AS ENUM('evaluation', 'reevaluation', 'visit', 'progress_report', 'discharge_summary');--> statement-breakpoint
CREATE TABLE "session_service_marks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appointment_id" uuid NOT NULL,
	"service" "treatment_service" NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "child_diagnoses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"kind" "diagnosis_kind" NOT NULL,
	"code" text NOT NULL,
	"description" text NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"added_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "child_referrals" (
	"child_id" uuid PRIMARY KEY NOT NULL,
	"clinic_id" uuid NOT NULL,
	"physician_name" text NOT NULL,
	"physician_npi" text NOT NULL,
	"physician_email" text,
	"physician_phone" text,
	"physician_fax" text,
	"referred_on" date,
	"reason" text DEFAULT '' NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clinical_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"kind" "consent_kind" NOT NULL,
	"given_by_name" text NOT NULL,
	"given_by_guardian_id" uuid,
	"given_on" date NOT NULL,
	"recorded_by_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "clinical_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"plan_of_care_id" uuid,
	"long_term_goal_id" uuid,
	"term" "goal_term" NOT NULL,
	"who" text NOT NULL,
	"does" text NOT NULL,
	"how_well" text NOT NULL,
	"by_when" text NOT NULL,
	"family_wording" text NOT NULL,
	"state" "goal_state" DEFAULT 'active' NOT NULL,
	"program_goal_id" text,
	"activity_ids" uuid[] DEFAULT '{}' NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clinical_note_addenda" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"note_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clinical_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"kind" "note_kind" NOT NULL,
	"appointment_id" uuid,
	"plan_of_care_id" uuid,
	"author_id" uuid NOT NULL,
	"service_on" date NOT NULL,
	"visit_ended_at" timestamp with time zone,
	"content" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"signed_at" timestamp with time zone,
	"signed_by_id" uuid,
	"attestation" text,
	"cosigner_id" uuid,
	"cosigned_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clinical_notes_signed_by" CHECK (("clinical_notes"."signed_at" is null) = ("clinical_notes"."signed_by_id" is null))
);
--> statement-breakpoint
CREATE TABLE "physician_signature_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_of_care_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"document_sha256" text NOT NULL,
	"sent_to" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_of_care" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"evaluation_note_id" uuid,
	"previous_id" uuid,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"frequency" jsonb NOT NULL,
	"interventions" text[] DEFAULT '{}' NOT NULL,
	"modalities" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"home_program_summary" text DEFAULT '' NOT NULL,
	"certified_on" date,
	"certification" jsonb,
	"created_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_of_care_dates" CHECK ("plans_of_care"."end_on" >= "plans_of_care"."start_on")
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "credential" "therapist_credential";--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "supervisor_id" uuid;--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "discharged_on" date;--> statement-breakpoint
ALTER TABLE "session_service_marks" ADD CONSTRAINT "session_service_marks_appointment_id_live_sessions_appointment_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."live_sessions"("appointment_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_diagnoses" ADD CONSTRAINT "child_diagnoses_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_diagnoses" ADD CONSTRAINT "child_diagnoses_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_diagnoses" ADD CONSTRAINT "child_diagnoses_added_by_id_users_id_fk" FOREIGN KEY ("added_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_referrals" ADD CONSTRAINT "child_referrals_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_referrals" ADD CONSTRAINT "child_referrals_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_referrals" ADD CONSTRAINT "child_referrals_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_consents" ADD CONSTRAINT "clinical_consents_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_consents" ADD CONSTRAINT "clinical_consents_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_consents" ADD CONSTRAINT "clinical_consents_given_by_guardian_id_users_id_fk" FOREIGN KEY ("given_by_guardian_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_consents" ADD CONSTRAINT "clinical_consents_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_goals" ADD CONSTRAINT "clinical_goals_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_goals" ADD CONSTRAINT "clinical_goals_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_goals" ADD CONSTRAINT "clinical_goals_plan_of_care_id_plans_of_care_id_fk" FOREIGN KEY ("plan_of_care_id") REFERENCES "public"."plans_of_care"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_goals" ADD CONSTRAINT "clinical_goals_long_term_goal_id_clinical_goals_id_fk" FOREIGN KEY ("long_term_goal_id") REFERENCES "public"."clinical_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_note_addenda" ADD CONSTRAINT "clinical_note_addenda_note_id_clinical_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."clinical_notes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_note_addenda" ADD CONSTRAINT "clinical_note_addenda_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_notes" ADD CONSTRAINT "clinical_notes_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_notes" ADD CONSTRAINT "clinical_notes_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_notes" ADD CONSTRAINT "clinical_notes_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_notes" ADD CONSTRAINT "clinical_notes_plan_of_care_id_plans_of_care_id_fk" FOREIGN KEY ("plan_of_care_id") REFERENCES "public"."plans_of_care"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_notes" ADD CONSTRAINT "clinical_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_notes" ADD CONSTRAINT "clinical_notes_signed_by_id_users_id_fk" FOREIGN KEY ("signed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_notes" ADD CONSTRAINT "clinical_notes_cosigner_id_users_id_fk" FOREIGN KEY ("cosigner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "physician_signature_requests" ADD CONSTRAINT "physician_signature_requests_plan_of_care_id_plans_of_care_id_fk" FOREIGN KEY ("plan_of_care_id") REFERENCES "public"."plans_of_care"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_of_care" ADD CONSTRAINT "plans_of_care_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_of_care" ADD CONSTRAINT "plans_of_care_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_of_care" ADD CONSTRAINT "plans_of_care_evaluation_note_id_clinical_notes_id_fk" FOREIGN KEY ("evaluation_note_id") REFERENCES "public"."clinical_notes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_of_care" ADD CONSTRAINT "plans_of_care_previous_id_plans_of_care_id_fk" FOREIGN KEY ("previous_id") REFERENCES "public"."plans_of_care"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_of_care" ADD CONSTRAINT "plans_of_care_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "session_service_marks_appointment_id_at_index" ON "session_service_marks" USING btree ("appointment_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "child_diagnoses_child_id_kind_code_index" ON "child_diagnoses" USING btree ("child_id","kind","code");--> statement-breakpoint
CREATE INDEX "clinical_consents_child_id_kind_index" ON "clinical_consents" USING btree ("child_id","kind");--> statement-breakpoint
CREATE INDEX "clinical_goals_child_id_position_index" ON "clinical_goals" USING btree ("child_id","position");--> statement-breakpoint
CREATE INDEX "clinical_note_addenda_note_id_index" ON "clinical_note_addenda" USING btree ("note_id");--> statement-breakpoint
CREATE INDEX "clinical_notes_child_id_service_on_index" ON "clinical_notes" USING btree ("child_id","service_on");--> statement-breakpoint
CREATE INDEX "clinical_notes_clinic_id_signed_at_index" ON "clinical_notes" USING btree ("clinic_id","signed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "clinical_notes_one_visit_note" ON "clinical_notes" USING btree ("appointment_id","child_id") WHERE "clinical_notes"."kind" = 'visit';--> statement-breakpoint
CREATE UNIQUE INDEX "physician_signature_requests_token_hash_index" ON "physician_signature_requests" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "physician_signature_requests_plan_of_care_id_index" ON "physician_signature_requests" USING btree ("plan_of_care_id");--> statement-breakpoint
CREATE INDEX "plans_of_care_child_id_start_on_index" ON "plans_of_care" USING btree ("child_id","start_on");--> statement-breakpoint
CREATE INDEX "plans_of_care_clinic_id_end_on_index" ON "plans_of_care" USING btree ("clinic_id","end_on");--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_supervisor_id_users_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;