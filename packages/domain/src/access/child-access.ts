import type { ClinicSettings } from "../clinic";
import type { Role } from "../identity";
import { can, reachOf } from "./actions";

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
  switch (reachOf(actor.role)) {
    case "clinic":
      return { ok: true, access: "manage" };
    case "caseload":
      return child.therapistIds.includes(actor.userId) || settings.therapistsSeeAllChildren
        ? { ok: true, access: "manage" }
        : { ok: false, reason: "NOT_FOUND" };
    case "family":
      return child.guardianUserIds.includes(actor.userId)
        ? { ok: true, access: "view" }
        : { ok: false, reason: "NOT_FOUND" };
    case "none":
      return { ok: false, reason: "NOT_FOUND" };
  }
}

/**
 * A supervising OT reads the record of a child their OT assistant treats, to co-sign the
 * assistant's notes and answer for the care; changing it stays with the child's own therapists.
 */
export function supervisesCareOf(
  actor: Actor,
  child: { clinicId: string; supervisorIds: readonly string[] },
): boolean {
  return (
    actor.clinicId === child.clinicId &&
    can(actor.role, "readClinicalRecord") &&
    child.supervisorIds.includes(actor.userId)
  );
}

/** The access that acting for a child (booking, leaving a group) asks of the actor's role. */
export const accessToActFor = (role: Role): "manage" | "view" =>
  can(role, "manageChildren") ? "manage" : "view";

/** Which of a child's guardians the clinic lets book (the booking permission on their link). */
export type BookingFacts = { bookingGuardianIds: readonly string[] };

/** The one reading of a guardian's booking permission: for booking and for moving a session. */
export const guardianMayBook = (actor: Actor, child: BookingFacts): boolean =>
  child.bookingGuardianIds.includes(actor.userId);

/** Booking for a child the actor reaches: staff always; a guardian when the clinic lets them book. */
export function decideBooking(
  actor: Actor,
  child: BookingFacts,
): { ok: true } | { ok: false; reason: "CANNOT_BOOK" } {
  return can(actor.role, "manageChildren") || guardianMayBook(actor, child)
    ? { ok: true }
    : { ok: false, reason: "CANNOT_BOOK" };
}

export type InvitationRole = Role;

/** Admins invite anyone to their clinic; therapists invite guardians only (for a child they can manage). */
export function canInvite(actorRole: Role, invitedRole: InvitationRole): boolean {
  return can(actorRole, can(invitedRole, "beLinkedToChildren") ? "inviteFamilies" : "inviteStaff");
}
