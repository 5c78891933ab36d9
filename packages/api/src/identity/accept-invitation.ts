import { hashPassword, verifyPassword } from "@carryover/db/password";
import {
  findInvitationByTokenHash,
  findMembership,
  findUserByEmail,
  insertMembership,
  insertUser,
  upsertGuardianLink,
  useInvitation,
} from "@carryover/db/queries";
import { can } from "@carryover/domain/access";
import { decideTokenState } from "@carryover/domain/identity";

import type { RequestMeta, ServiceDeps } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import type { AcceptInvitationInput } from "./invitation.contracts";
import { hashToken } from "./tokens";

const UNUSABLE = {
  USED: "This invitation has already been used. Sign in with your password, or ask your clinic to send a new invitation.",
  EXPIRED: "This invitation has expired. Ask your clinic to send a new invitation.",
  REVOKED: "This invitation was withdrawn. Ask your clinic to send a new invitation.",
} as const;

/**
 * Spends the invitation and joins the person to the clinic (and, for a guardian, to the child).
 * A new person gets an account with the password they chose; someone who already has an account
 * proves it is theirs with its password.
 */
export async function acceptInvitation(
  deps: ServiceDeps,
  meta: RequestMeta,
  input: AcceptInvitationInput,
) {
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const row = await findInvitationByTokenHash(tx, hashToken(input.token));
    if (!row) throw notFound("invitation");
    const { invitation } = row;
    const state = decideTokenState(invitation, now);
    if (!state.usable)
      throw new AppError(
        "PRECONDITION_FAILED",
        `INVITATION_${state.reason}`,
        UNUSABLE[state.reason],
      );
    if (!(await useInvitation(tx, invitation.id, now)))
      throw new AppError("PRECONDITION_FAILED", "INVITATION_USED", UNUSABLE.USED);

    const existing = await findUserByEmail(tx, invitation.email);
    let userId: string;
    if (existing) {
      if (!(await verifyPassword(existing.passwordHash, input.password))) {
        throw new AppError(
          "UNAUTHENTICATED",
          "WRONG_PASSWORD",
          "That isn't the password of your Carryover account. Try again, or reset your password from the sign-in page.",
          { field: "password" },
        );
      }
      userId = existing.id;
    } else {
      if (!input.name)
        throw new AppError("VALIDATION", "NAME_REQUIRED", "Enter your name", { field: "name" });
      userId = await insertUser(tx, {
        email: invitation.email,
        name: input.name,
        passwordHash: await hashPassword(input.password),
      });
    }

    const membership = await findMembership(tx, invitation.clinicId, userId);
    if (!membership) {
      await insertMembership(tx, {
        userId,
        clinicId: invitation.clinicId,
        role: invitation.role,
        createdAt: now,
      });
    } else if (membership.role !== invitation.role || membership.deactivatedAt) {
      throw new AppError(
        "CONFLICT",
        "MEMBERSHIP_DIFFERS",
        "Your account has a different role at this clinic. Please contact the clinic.",
      );
    }
    if (
      can(invitation.role, "beLinkedToChildren") &&
      invitation.childId &&
      invitation.relationship
    ) {
      await upsertGuardianLink(tx, {
        childId: invitation.childId,
        guardianId: userId,
        relationship: invitation.relationship,
      });
    }
    await audit(tx, meta, {
      actorId: userId,
      clinicId: invitation.clinicId,
      action: "invitation.accept",
      entityType: "invitation",
      entityId: invitation.id,
    });
    return { email: invitation.email };
  });
}
