-- A signed form's PDF may be attached once, after signing, when it could not be kept at the time
-- (the demo's intake, signed by the seed, which cannot reach storage): its id and hash go from
-- nothing to a value together, never from one value to another.
CREATE OR REPLACE FUNCTION forms_as_signed() RETURNS trigger LANGUAGE plpgsql AS $$
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
      NEW.signer_name, NEW.drawn_signature, NEW.signed_ip)
      IS DISTINCT FROM
      (OLD.id, OLD.clinic_id, OLD.child_id, OLD.template_key, OLD.template_version, OLD.title,
      OLD.content, OLD.consent_kind, OLD.answers, OLD.sent_at, OLD.saved_at, OLD.signed_at,
      OLD.signer_name, OLD.drawn_signature, OLD.signed_ip)
    OR (NEW.template_id IS DISTINCT FROM OLD.template_id AND NEW.template_id IS NOT NULL)
    OR (NEW.sent_by_id IS DISTINCT FROM OLD.sent_by_id AND NEW.sent_by_id IS NOT NULL)
    OR (NEW.replaces_id IS DISTINCT FROM OLD.replaces_id AND NEW.replaces_id IS NOT NULL)
    OR (NEW.signed_by_guardian_id IS DISTINCT FROM OLD.signed_by_guardian_id AND NEW.signed_by_guardian_id IS NOT NULL)
    OR (NEW.document_hash IS DISTINCT FROM OLD.document_hash AND OLD.document_hash IS NOT NULL)
    OR (NEW.document_hash IS NOT NULL AND OLD.document_hash IS NULL AND NEW.document_id IS NULL)
    OR (NEW.document_id IS DISTINCT FROM OLD.document_id AND OLD.document_id IS NOT NULL AND NEW.document_id IS NOT NULL)
  THEN
    RAISE EXCEPTION 'a signed form never changes: send a new version';
  END IF;
  RETURN NEW;
END $$;
