CREATE TYPE "public"."admission_state" AS ENUM('waiting', 'admitted', 'denied');--> statement-breakpoint
CREATE TYPE "public"."live_role" AS ENUM('therapist', 'guardian', 'observer');--> statement-breakpoint
CREATE TYPE "public"."session_segment_kind" AS ENUM('child_present', 'caregiver_only');--> statement-breakpoint
CREATE TABLE "attendance_segments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appointment_id" uuid NOT NULL,
	"room_name" text NOT NULL,
	"identity" text NOT NULL,
	"joined_at" timestamp with time zone NOT NULL,
	"left_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "breakout_rooms" (
	"room_name" text PRIMARY KEY NOT NULL,
	"appointment_id" uuid NOT NULL,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "live_participants" (
	"appointment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "live_role" NOT NULL,
	"identity" text NOT NULL,
	"admission" "admission_state" NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by_id" uuid,
	"breakout_room_name" text,
	CONSTRAINT "live_participants_appointment_id_user_id_pk" PRIMARY KEY("appointment_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "live_sessions" (
	"appointment_id" uuid PRIMARY KEY NOT NULL,
	"clinic_id" uuid NOT NULL,
	"room_name" text NOT NULL,
	"kit" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"descriptive_comments" integer DEFAULT 0 NOT NULL,
	"directive_comments" integer DEFAULT 0 NOT NULL,
	"notes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"spotlight_identity" text,
	"breakouts_end_at" timestamp with time zone,
	"room_started_at" timestamp with time zone,
	"room_finished_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_webhook_events" (
	"id" text PRIMARY KEY NOT NULL,
	"event" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_timer_segments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appointment_id" uuid NOT NULL,
	"kind" "session_segment_kind" NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "attendance_segments" ADD CONSTRAINT "attendance_segments_appointment_id_live_sessions_appointment_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."live_sessions"("appointment_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breakout_rooms" ADD CONSTRAINT "breakout_rooms_appointment_id_live_sessions_appointment_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."live_sessions"("appointment_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_participants" ADD CONSTRAINT "live_participants_appointment_id_live_sessions_appointment_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."live_sessions"("appointment_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_participants" ADD CONSTRAINT "live_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_participants" ADD CONSTRAINT "live_participants_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_timer_segments" ADD CONSTRAINT "session_timer_segments_appointment_id_live_sessions_appointment_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."live_sessions"("appointment_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attendance_segments_appointment_id_index" ON "attendance_segments" USING btree ("appointment_id");--> statement-breakpoint
CREATE INDEX "attendance_segments_room_name_identity_index" ON "attendance_segments" USING btree ("room_name","identity");--> statement-breakpoint
CREATE INDEX "breakout_rooms_appointment_id_index" ON "breakout_rooms" USING btree ("appointment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "live_participants_identity_index" ON "live_participants" USING btree ("identity");--> statement-breakpoint
CREATE UNIQUE INDEX "live_sessions_room_name_index" ON "live_sessions" USING btree ("room_name");--> statement-breakpoint
CREATE INDEX "live_sessions_clinic_id_index" ON "live_sessions" USING btree ("clinic_id");--> statement-breakpoint
CREATE INDEX "session_timer_segments_appointment_id_index" ON "session_timer_segments" USING btree ("appointment_id");