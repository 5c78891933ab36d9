ALTER TABLE "appointments" ADD COLUMN "cancellation_window_hours" integer;--> statement-breakpoint
ALTER TABLE "session_types" ADD COLUMN "price_cents" integer;--> statement-breakpoint
ALTER TABLE "session_types" ADD CONSTRAINT "session_types_price_cents" CHECK ("session_types"."price_cents" between 0 and 10000000);