CREATE TYPE "public"."cancelled_by" AS ENUM('family', 'clinic');--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "cancelled_by" "cancelled_by";