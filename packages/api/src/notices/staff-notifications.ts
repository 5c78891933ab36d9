import {
  countUnreadStaffNotifications,
  findStaffNoticePreference,
  listStaffNotifications,
  markStaffNotificationsRead,
  saveStaffNoticePreference,
} from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import type { MarkNotificationsReadInput, NotificationPreference } from "./notification.contracts";

/** The signed-in staff member's own notifications: they name children (first names), so the read is audited. */
export async function listNotifications(ctx: ActorContext) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const [notifications, unread] = await Promise.all([
      listStaffNotifications(tx, actor.clinicId, actor.userId),
      countUnreadStaffNotifications(tx, actor.clinicId, actor.userId),
    ]);
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "notification.list",
      entityType: "appointment",
    });
    return { notifications, unread };
  });
}

export async function countUnread(ctx: ActorContext) {
  return {
    unread: await countUnreadStaffNotifications(ctx.db, ctx.actor.clinicId, ctx.actor.userId),
  };
}

/** Marks one's own notifications read; another person's ids are simply not matched. */
export async function markNotificationsRead(ctx: ActorContext, input: MarkNotificationsReadInput) {
  const { actor } = ctx;
  await markStaffNotificationsRead(
    ctx.db,
    actor.clinicId,
    actor.userId,
    input.ids ?? null,
    ctx.now(),
  );
  return countUnread(ctx);
}

export const getNotificationPreference = (ctx: ActorContext) =>
  findStaffNoticePreference(ctx.db, ctx.actor.userId);

export async function updateNotificationPreference(
  ctx: ActorContext,
  input: NotificationPreference,
) {
  const { actor } = ctx;
  await ctx.db.transaction(async (tx) => {
    await saveStaffNoticePreference(tx, actor.userId, input.emailFamilyChanges);
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "notification.updatePreference",
      entityType: "user",
      entityId: actor.userId,
    });
  });
  return input;
}
