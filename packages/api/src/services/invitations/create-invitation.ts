import { findClinic, findMembership, findUserByEmail, insertInvitation, upsertGuardianLink } from "@carryover/db/queries";
import { canInvite } from "@carryover/domain/access";
import { addDays, INVITATION_DAYS } from "@carryover/domain/identity";
import type { GuardianRelationship, Role } from "@carryover/domain/people";

import type { ActorContext } from "../../context";
import { AppError, notFound } from "../../errors";
import { audit } from "../../policy/audit";
import { requireChildAccess } from "../../policy/child-access";
import { newToken } from "../tokens";

export type CreateInvitationInput =
  | { role: "admin" | "therapist"; email: string; name: string }
  | { role: "guardian"; email: string; name: string; childId: string; relationship: GuardianRelationship };

const ROLE_WORDS: Record<Role, string> = { admin: "a clinic admin", therapist: "a therapist", guardian: "a family member" };

/**
 * Admins invite staff; staff who manage a child invite that child's guardians. A guardian who already
 * belongs to the clinic is linked to the child at once instead of receiving a second account.
 */
export async function createInvitation(ctx: ActorContext, input: CreateInvitationInput) {
  const { actor } = ctx;
  if (!canInvite(actor.role, input.role)) {
    throw new AppError("FORBIDDEN", "CANNOT_INVITE_ROLE", "Only clinic admins can invite staff.");
  }
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const clinic = await findClinic(tx, actor.clinicId);
    if (!clinic) throw notFound("clinic");
    const child = input.role === "guardian" ? await requireChildAccess(tx, actor, input.childId, "manage") : null;
    const existing = await findUserByEmail(tx, input.email);
    if (existing) {
      const membership = await findMembership(tx, actor.clinicId, existing.id);
      if (input.role === "guardian" && child && membership?.role === "guardian" && !membership.deactivatedAt) {
        await upsertGuardianLink(tx, { childId: child.id, guardianId: existing.id, relationship: input.relationship });
        await audit(tx, ctx.meta, { actorId: actor.userId, clinicId: actor.clinicId, action: "guardian_link.create", entityType: "child", entityId: child.id });
        await ctx.mail.send(tx, {
          clinicId: actor.clinicId,
          to: existing.email,
          subject: `${clinic.name} added a child to your Carryover account`,
          text: `${clinic.name} has linked another child to your Carryover account. Sign in to see their home program:\n\n${ctx.appUrl}/sign-in\n`,
        });
        return { status: "linked" as const };
      }
      throw new AppError(
        "CONFLICT",
        "EMAIL_HAS_ACCOUNT",
        "This email already has a Carryover account. Ask the person for another email address, or check the staff and family lists.",
        { field: "email" },
      );
    }
    const { token, tokenHash } = newToken();
    const expiresAt = addDays(now, INVITATION_DAYS);
    const invitationId = await insertInvitation(tx, {
      clinicId: actor.clinicId,
      email: input.email,
      name: input.name,
      role: input.role,
      childId: child?.id ?? null,
      relationship: input.role === "guardian" ? input.relationship : null,
      tokenHash,
      invitedById: actor.userId,
      createdAt: now,
      expiresAt,
    });
    await audit(tx, ctx.meta, { actorId: actor.userId, clinicId: actor.clinicId, action: "invitation.create", entityType: "invitation", entityId: invitationId });
    await ctx.mail.send(tx, {
      clinicId: actor.clinicId,
      to: input.email,
      subject: `You're invited to ${clinic.name} on Carryover`,
      text: [
        `Hello,`,
        ``,
        `${actor.name} invited you to join ${clinic.name} on Carryover as ${ROLE_WORDS[input.role]}.`,
        `Open this link to choose your password. It works once and expires in ${INVITATION_DAYS} days.`,
        ``,
        `${ctx.appUrl}/invitations/${token}`,
        ``,
        `If you weren't expecting this, you can ignore this email.`,
      ].join("\n"),
    });
    return { status: "invited" as const, invitationId, expiresAt };
  });
}
