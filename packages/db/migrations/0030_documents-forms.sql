CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"file_name" text NOT NULL,
	"mime" text NOT NULL,
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"source" text NOT NULL,
	"uploaded_by_id" uuid,
	"shared_with_family" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_storageKey_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "practice_videos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"activity_id" uuid,
	"activity_name" text NOT NULL,
	"guardian_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"seen_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_videos_documentId_unique" UNIQUE("document_id")
);
--> statement-breakpoint
CREATE TABLE "form_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"content" jsonb NOT NULL,
	"consent_kind" "consent_kind",
	"version" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"template_id" uuid,
	"template_key" text NOT NULL,
	"template_version" integer NOT NULL,
	"title" text NOT NULL,
	"content" jsonb NOT NULL,
	"consent_kind" "consent_kind",
	"answers" jsonb DEFAULT '{}' NOT NULL,
	"sent_by_id" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"saved_at" timestamp with time zone,
	"replaces_id" uuid,
	"signed_at" timestamp with time zone,
	"signed_by_guardian_id" uuid,
	"signer_name" text,
	"drawn_signature" text,
	"signed_ip" text,
	"document_hash" text,
	"document_id" uuid
);
--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "document_id" uuid;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "practice_video_id" uuid;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "video_moment_seconds" integer;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_videos" ADD CONSTRAINT "practice_videos_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_videos" ADD CONSTRAINT "practice_videos_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_videos" ADD CONSTRAINT "practice_videos_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_videos" ADD CONSTRAINT "practice_videos_activity_id_program_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."program_activities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_videos" ADD CONSTRAINT "practice_videos_guardian_id_users_id_fk" FOREIGN KEY ("guardian_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_templates" ADD CONSTRAINT "form_templates_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forms" ADD CONSTRAINT "forms_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forms" ADD CONSTRAINT "forms_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forms" ADD CONSTRAINT "forms_template_id_form_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."form_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forms" ADD CONSTRAINT "forms_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forms" ADD CONSTRAINT "forms_replaces_id_forms_id_fk" FOREIGN KEY ("replaces_id") REFERENCES "public"."forms"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forms" ADD CONSTRAINT "forms_signed_by_guardian_id_users_id_fk" FOREIGN KEY ("signed_by_guardian_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forms" ADD CONSTRAINT "forms_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "documents_child_id_created_at_index" ON "documents" USING btree ("child_id","created_at");--> statement-breakpoint
CREATE INDEX "practice_videos_child_id_created_at_index" ON "practice_videos" USING btree ("child_id","created_at");--> statement-breakpoint
CREATE INDEX "practice_videos_unseen_index" ON "practice_videos" USING btree ("clinic_id") WHERE "practice_videos"."seen_at" IS NULL;--> statement-breakpoint
CREATE INDEX "practice_videos_activity_id_index" ON "practice_videos" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "form_templates_clinic_id_index" ON "form_templates" USING btree ("clinic_id");--> statement-breakpoint
CREATE INDEX "forms_child_id_sent_at_index" ON "forms" USING btree ("child_id","sent_at");--> statement-breakpoint
CREATE INDEX "forms_outstanding_index" ON "forms" USING btree ("clinic_id") WHERE "forms"."signed_at" IS NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_practice_video_id_practice_videos_id_fk" FOREIGN KEY ("practice_video_id") REFERENCES "public"."practice_videos"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- A message's attachment and the video it answers are as sent too (a foreign key may still empty them).
CREATE OR REPLACE FUNCTION messages_as_sent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF pg_trigger_depth() < 2 THEN
      RAISE EXCEPTION 'messages are never deleted: they are part of the child''s record';
    END IF;
    RETURN OLD;
  END IF;
  IF (NEW.id, NEW.conversation_id, NEW.clinic_id, NEW.child_id, NEW.side, NEW.body, NEW.created_at,
      NEW.video_moment_seconds)
      IS DISTINCT FROM
      (OLD.id, OLD.conversation_id, OLD.clinic_id, OLD.child_id, OLD.side, OLD.body, OLD.created_at,
      OLD.video_moment_seconds)
    OR (NEW.author_id IS DISTINCT FROM OLD.author_id AND NEW.author_id IS NOT NULL)
    OR (NEW.activity_id IS DISTINCT FROM OLD.activity_id AND NEW.activity_id IS NOT NULL)
    OR (NEW.appointment_id IS DISTINCT FROM OLD.appointment_id AND NEW.appointment_id IS NOT NULL)
    OR (NEW.document_id IS DISTINCT FROM OLD.document_id AND NEW.document_id IS NOT NULL)
    OR (NEW.practice_video_id IS DISTINCT FROM OLD.practice_video_id AND NEW.practice_video_id IS NOT NULL)
  THEN
    RAISE EXCEPTION 'messages are never changed once sent: send another';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
-- A signed form is the document the guardian signed: it never changes, and goes only with the child
-- (a foreign key may still empty its links to people, its template or the form it replaced).
CREATE FUNCTION forms_as_signed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.signed_at IS NULL THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'DELETE' THEN
    IF pg_trigger_depth() < 2 THEN
      RAISE EXCEPTION 'a signed form is never deleted: it is part of the child''s record';
    END IF;
    RETURN OLD;
  END IF;
  IF (NEW.id, NEW.clinic_id, NEW.child_id, NEW.template_key, NEW.template_version, NEW.title,
      NEW.content, NEW.consent_kind, NEW.answers, NEW.sent_at, NEW.saved_at, NEW.signed_at,
      NEW.signer_name, NEW.drawn_signature, NEW.signed_ip, NEW.document_hash)
      IS DISTINCT FROM
      (OLD.id, OLD.clinic_id, OLD.child_id, OLD.template_key, OLD.template_version, OLD.title,
      OLD.content, OLD.consent_kind, OLD.answers, OLD.sent_at, OLD.saved_at, OLD.signed_at,
      OLD.signer_name, OLD.drawn_signature, OLD.signed_ip, OLD.document_hash)
    OR (NEW.template_id IS DISTINCT FROM OLD.template_id AND NEW.template_id IS NOT NULL)
    OR (NEW.sent_by_id IS DISTINCT FROM OLD.sent_by_id AND NEW.sent_by_id IS NOT NULL)
    OR (NEW.replaces_id IS DISTINCT FROM OLD.replaces_id AND NEW.replaces_id IS NOT NULL)
    OR (NEW.signed_by_guardian_id IS DISTINCT FROM OLD.signed_by_guardian_id AND NEW.signed_by_guardian_id IS NOT NULL)
    OR (NEW.document_id IS DISTINCT FROM OLD.document_id AND OLD.document_id IS NOT NULL AND NEW.document_id IS NOT NULL)
  THEN
    RAISE EXCEPTION 'a signed form never changes: send a new version';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER forms_as_signed BEFORE UPDATE OR DELETE ON forms
  FOR EACH ROW EXECUTE FUNCTION forms_as_signed();
