import type { TherapistCredential } from "../identity";

/** The person named as an OT assistant's supervisor, as the clinic knows them. */
export type SupervisorCandidate = {
  userId: string;
  /** A therapist of the clinic (not an admin or a family member). */
  isTherapist: boolean;
  credential: TherapistCredential | null;
  active: boolean;
};

export type CredentialChange = {
  therapistId: string;
  credential: TherapistCredential;
  supervisorId?: string | undefined;
};

export type CredentialDecision =
  | { ok: true; supervisorId: string | null }
  | {
      ok: false;
      reason:
        | "SUPERVISOR_REQUIRED"
        | "OT_HAS_NO_SUPERVISOR"
        | "SELF_SUPERVISION"
        | "SUPERVISOR_NOT_AN_ACTIVE_OT";
    };

/**
 * Whether a therapist may hold this credential with this supervisor. An OT assistant practises
 * under an occupational therapist's supervision (AOTA, "Guidelines for Supervision, Roles, and
 * Responsibilities During the Delivery of Occupational Therapy Services", 2020), who co-signs
 * their notes; an OT practises on their own licence. `supervisor` is null when the named person
 * is not of the clinic.
 */
export function decideCredential(
  change: CredentialChange,
  supervisor: SupervisorCandidate | null,
): CredentialDecision {
  if (change.credential === "ot")
    return change.supervisorId === undefined
      ? { ok: true, supervisorId: null }
      : { ok: false, reason: "OT_HAS_NO_SUPERVISOR" };
  if (change.supervisorId === undefined) return { ok: false, reason: "SUPERVISOR_REQUIRED" };
  if (change.supervisorId === change.therapistId) return { ok: false, reason: "SELF_SUPERVISION" };
  if (
    !supervisor ||
    supervisor.userId !== change.supervisorId ||
    !supervisor.isTherapist ||
    supervisor.credential !== "ot" ||
    !supervisor.active
  )
    return { ok: false, reason: "SUPERVISOR_NOT_AN_ACTIVE_OT" };
  return { ok: true, supervisorId: supervisor.userId };
}
