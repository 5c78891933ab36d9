-- A therapist can be booked once at a time (DOMAIN.md): the database is the last word on overlaps,
-- for individual and group sessions alike. Cancelled appointments free their time.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE appointments
  ADD CONSTRAINT appointments_no_therapist_overlap
  EXCLUDE USING gist (therapist_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
  WHERE (status <> 'cancelled');
