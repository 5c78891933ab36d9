import {
  findMembership,
  findSessionOfUser,
  revokeSession,
  revokeUserSessions,
} from "@carryover/db/queries";

import type { UserId } from "../clinic/staff.contracts";
import type { ActorContext, RequestMeta, ServiceDeps } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import type { SignInId } from "./account.contracts";

export async function signOut(
  deps: ServiceDeps,
  meta: RequestMeta,
  authSession: { sessionId: string; userId: string; clinicId: string },
) {
  await deps.db.transaction(async (tx) => {
    await revokeSession(tx, authSession.sessionId, deps.now());
    await audit(tx, meta, {
      actorId: authSession.userId,
      clinicId: authSession.clinicId,
      action: "auth.sign_out",
      entityType: "session",
      entityId: authSession.sessionId,
    });
  });
}

export async function signOutEverywhere(ctx: ActorContext) {
  return ctx.db.transaction(async (tx) => {
    const ended = await revokeUserSessions(tx, ctx.actor.userId, ctx.now());
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "auth.sign_out_everywhere",
      entityType: "user",
      entityId: ctx.actor.userId,
    });
    return { ended };
  });
}

/** Ends one of the person's own sign-ins (a phone left at a relative's); another person's is not found. */
export async function signOutSignIn(ctx: ActorContext, input: SignInId) {
  return ctx.db.transaction(async (tx) => {
    const session = await findSessionOfUser(tx, ctx.actor.userId, input.signInId);
    if (!session) throw notFound("sign-in");
    if (session.revokedAt) return { ended: false };
    await revokeSession(tx, session.id, ctx.now());
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "auth.sign_out_device",
      entityType: "session",
      entityId: session.id,
    });
    return { ended: true };
  });
}

/** An admin ends every session of someone in their clinic (a lost phone, a departing employee). */
export async function endUserSessions(ctx: ActorContext, input: UserId) {
  return ctx.db.transaction(async (tx) => {
    const membership = await findMembership(tx, ctx.actor.clinicId, input.userId);
    if (!membership) throw notFound("person");
    const ended = await revokeUserSessions(tx, input.userId, ctx.now());
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "user.end_sessions",
      entityType: "user",
      entityId: input.userId,
    });
    return { ended };
  });
}
