CREATE TABLE "staff_notice_preferences" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"email_family_changes" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"appointment_id" uuid NOT NULL,
	"actor_id" uuid,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"previous_starts_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"emailed_at" timestamp with time zone,
	CONSTRAINT "staff_notifications_kind" CHECK ("staff_notifications"."kind" in ('booked', 'moved', 'cancelled'))
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "cancellation_window_hours" integer;--> statement-breakpoint
ALTER TABLE "session_types" ADD COLUMN "price_cents" integer;--> statement-breakpoint
ALTER TABLE "staff_notice_preferences" ADD CONSTRAINT "staff_notice_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_notifications" ADD CONSTRAINT "staff_notifications_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_notifications" ADD CONSTRAINT "staff_notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_notifications" ADD CONSTRAINT "staff_notifications_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_notifications" ADD CONSTRAINT "staff_notifications_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "staff_notifications_recipient_id_created_at_index" ON "staff_notifications" USING btree ("recipient_id","created_at");--> statement-breakpoint
ALTER TABLE "session_types" ADD CONSTRAINT "session_types_price_cents" CHECK ("session_types"."price_cents" between 0 and 10000000);