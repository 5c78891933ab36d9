import type { ClinicSettings } from "../clinic";
import type { Role } from "../identity";

export type Actor = { userId: string; clinicId: string; role: Role };

export type ChildFacts = {
  clinicId: string;
  therapistIds: readonly string[];
  guardianUserIds: readonly string[];
};

export type ChildAccess =
  { ok: true; access: "manage" | "view" } | { ok: false; reason: "NOT_FOUND" };

/**
 * Who may see a child's record. Anything outside the actor's reach is NOT_FOUND, never FORBIDDEN,
 * so the answer does not confirm that the record exists.
 */
export function decideChildAccess(
  actor: Actor,
  child: ChildFacts,
  settings: Pick<ClinicSettings, "therapistsSeeAllChildren">,
): ChildAccess {
  if (actor.clinicId !== child.clinicId) return { ok: false, reason: "NOT_FOUND" };
  switch (actor.role) {
    case "admin":
      return { ok: true, access: "manage" };
    case "therapist":
      return child.therapistIds.includes(actor.userId) || settings.therapistsSeeAllChildren
        ? { ok: true, access: "manage" }
        : { ok: false, reason: "NOT_FOUND" };
    case "guardian":
      return child.guardianUserIds.includes(actor.userId)
        ? { ok: true, access: "view" }
        : { ok: false, reason: "NOT_FOUND" };
  }
}

export type InvitationRole = Role;

/** Admins invite anyone to their clinic; therapists invite guardians only (for a child they can manage). */
export function canInvite(actorRole: Role, invitedRole: InvitationRole): boolean {
  if (actorRole === "admin") return true;
  if (actorRole === "therapist") return invitedRole === "guardian";
  return false;
}
