ALTER TABLE "appointments" ADD COLUMN "group_name" text;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "group_topic" text;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "age_min_years" integer;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "age_max_years" integer;