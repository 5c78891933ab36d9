import type { Queryable } from "@carryover/db";
import {
  findChildFacts,
  findClinic,
  findMembership,
  findUserByEmail,
  insertInvitation,
} from "@carryover/db/queries";
import { can, canInvite } from "@carryover/domain/access";
import { addDays, INVITATION_DAYS } from "@carryover/domain/identity";
import type { Role } from "@carryover/domain/identity";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireChildAccess } from "../policy/child-access";
import { requireWithinLimit } from "../policy/rate-limit";
import type { CreateInvitationInput } from "./invitation.contracts";
import { newToken } from "./tokens";

const ROLE_WORDS: Record<Role, string> = {
  admin: "a clinic admin",
  therapist: "a therapist",
  guardian: "a family member",
  biller: "a biller",
};

/**
 * Whether the person already has an account decides nothing here: an invitation always goes out, and
 * someone with an account accepts it with their existing password. So a mistyped email never links a
 * child to a stranger, and the answer never reveals that an email has an account at another clinic.
 */
async function refuseExistingMember(
  tx: Queryable,
  clinicId: string,
  email: string,
  childId: string | null,
) {
  const existing = await findUserByEmail(tx, email);
  if (!existing) return;
  const membership = await findMembership(tx, clinicId, existing.id);
  if (!membership || membership.deactivatedAt) return;
  if (!can(membership.role, "beLinkedToChildren") || !childId) {
    throw new AppError(
      "CONFLICT",
      "ALREADY_MEMBER",
      "This person already has an account at your clinic.",
      { field: "email" },
    );
  }
  const facts = await findChildFacts(tx, childId);
  if (facts?.guardianUserIds.includes(existing.id)) {
    throw new AppError(
      "CONFLICT",
      "ALREADY_LINKED",
      "This person is already one of the child's guardians.",
      { field: "email" },
    );
  }
}

/** Admins invite staff; staff who manage a child invite that child's guardians. */
export async function createInvitation(ctx: ActorContext, input: CreateInvitationInput) {
  const { actor } = ctx;
  if (!canInvite(actor.role, input.role)) {
    throw new AppError("FORBIDDEN", "CANNOT_INVITE_ROLE", "Only clinic admins can invite staff.");
  }
  await requireWithinLimit(ctx, "invitationPerInviter", actor.userId);
  await requireWithinLimit(ctx, "invitationPerClinic", actor.clinicId);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const clinic = await findClinic(tx, actor.clinicId);
    if (!clinic) throw notFound("clinic");
    const child =
      "childId" in input ? await requireChildAccess(tx, actor, input.childId, "manage") : null;
    await refuseExistingMember(tx, actor.clinicId, input.email, child?.id ?? null);
    const { token, tokenHash } = newToken();
    const expiresAt = addDays(now, INVITATION_DAYS);
    const invitationId = await insertInvitation(tx, {
      clinicId: actor.clinicId,
      email: input.email,
      name: input.name,
      role: input.role,
      childId: child?.id ?? null,
      relationship: "relationship" in input ? input.relationship : null,
      tokenHash,
      invitedById: actor.userId,
      createdAt: now,
      expiresAt,
    });
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "invitation.create",
      entityType: "invitation",
      entityId: invitationId,
    });
    await ctx.mail.send(tx, {
      clinicId: actor.clinicId,
      to: input.email,
      subject: `You're invited to ${clinic.name} on Carryover`,
      text: [
        `Hello,`,
        ``,
        `${actor.name} invited you to join ${clinic.name} on Carryover as ${ROLE_WORDS[input.role]}.`,
        `Open this link to accept. If you're new to Carryover you'll choose a password; if you already`,
        `have an account, you'll confirm with its password. The link works once and expires in ${INVITATION_DAYS} days.`,
        ``,
        `${ctx.appUrl}/invitations/${token}`,
        ``,
        `If you weren't expecting this, you can ignore this email.`,
      ].join("\n"),
    });
    return { invitationId, expiresAt };
  });
}
