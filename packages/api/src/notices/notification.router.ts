import { createRouter, staffProcedure } from "../trpc/init";
import {
  MarkNotificationsReadInput,
  NotificationList,
  NotificationPreference,
  UnreadCount,
} from "./notification.contracts";
import {
  countUnread,
  getNotificationPreference,
  listNotifications,
  markNotificationsRead,
  updateNotificationPreference,
} from "./staff-notifications";

export const notificationRouter = createRouter({
  list: staffProcedure.output(NotificationList).query(({ ctx }) => listNotifications(ctx)),
  unreadCount: staffProcedure.output(UnreadCount).query(({ ctx }) => countUnread(ctx)),
  markRead: staffProcedure
    .input(MarkNotificationsReadInput)
    .output(UnreadCount)
    .mutation(({ ctx, input }) => markNotificationsRead(ctx, input)),
  preference: staffProcedure
    .output(NotificationPreference)
    .query(({ ctx }) => getNotificationPreference(ctx)),
  updatePreference: staffProcedure
    .input(NotificationPreference)
    .output(NotificationPreference)
    .mutation(({ ctx, input }) => updateNotificationPreference(ctx, input)),
});
