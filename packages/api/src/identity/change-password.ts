import { hashPassword, verifyPassword } from "@carryover/db/password";
import {
  expirePasswordResets,
  findUserById,
  revokeOtherUserSessions,
  setUserPassword,
} from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireWithinLimit } from "../policy/rate-limit";
import type { ChangePasswordInput } from "./account.contracts";

/**
 * A new password for the signed-in person, on their current one: every other sign-in ends (a
 * password is changed because it may be known), this one stays, and open reset links stop working.
 */
export async function changePassword(ctx: ActorContext, input: ChangePasswordInput) {
  await requireWithinLimit(ctx, "passwordChangePerPerson", ctx.actor.userId);
  const user = await findUserById(ctx.db, ctx.actor.userId);
  if (!user) throw notFound("account");
  const matches = await verifyPassword(user.passwordHash, input.currentPassword);
  if (!matches) {
    await audit(ctx.db, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "account.password_change.refused",
      entityType: "user",
      entityId: ctx.actor.userId,
    });
    throw new AppError(
      "VALIDATION",
      "WRONG_PASSWORD",
      "Your current password is not right. Check it and try again.",
      { field: "currentPassword" },
    );
  }
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    await setUserPassword(tx, ctx.actor.userId, passwordHash);
    await expirePasswordResets(tx, ctx.actor.userId, now);
    const ended = await revokeOtherUserSessions(tx, ctx.actor.userId, ctx.actor.sessionId, now);
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "account.password_change",
      entityType: "user",
      entityId: ctx.actor.userId,
    });
    return { otherSignInsEnded: ended };
  });
}
