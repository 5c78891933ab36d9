ALTER TABLE "user_sessions" ADD COLUMN "user_agent" varchar(512);--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "user_agent" varchar(512);