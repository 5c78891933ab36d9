/** The role names of identity (ROLES), spelled here so this file and the module do not import each other. */
type Role = "admin" | "therapist" | "guardian" | "biller";

export type DeactivationTarget = { userId: string; role: Role; deactivatedAt: Date | null };

export type DeactivationDecision =
  { ok: true } | { ok: false; reason: "SELF" | "LAST_ADMIN" | "NOT_STAFF" | "ALREADY_DEACTIVATED" };

/**
 * Whether an admin may deactivate a staff member: never themselves (they would lock themselves out
 * mid-task), never the clinic's last active admin (nobody could manage the clinic), only staff.
 */
export function decideDeactivation(
  actorUserId: string,
  target: DeactivationTarget,
  activeAdmins: number,
): DeactivationDecision {
  if (target.role === "guardian") return { ok: false, reason: "NOT_STAFF" };
  if (target.userId === actorUserId) return { ok: false, reason: "SELF" };
  if (target.deactivatedAt) return { ok: false, reason: "ALREADY_DEACTIVATED" };
  if (target.role === "admin" && activeAdmins <= 1) return { ok: false, reason: "LAST_ADMIN" };
  return { ok: true };
}
