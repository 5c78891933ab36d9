import { z } from "zod";

import { FAMILY_CHANGE_KINDS } from "@carryover/domain/notices";

export const StaffNotification = z.object({
  id: z.uuid(),
  kind: z.enum(FAMILY_CHANGE_KINDS),
  appointmentId: z.uuid(),
  start: z.date(),
  from: z.date().nullable(),
  createdAt: z.date(),
  readAt: z.date().nullable(),
  sessionTypeName: z.string(),
  timeZone: z.string(),
  childFirstNames: z.array(z.string()),
});

export const NotificationList = z.object({
  notifications: z.array(StaffNotification),
  unread: z.number().int(),
});

export const UnreadCount = z.object({ unread: z.number().int() });

export const MarkNotificationsReadInput = z.object({
  /** Omitted: every unread notification. */
  ids: z.array(z.uuid("That notification link is not valid")).min(1).max(100).optional(),
});

export const NotificationPreference = z.object({
  emailFamilyChanges: z.boolean("Choose whether to get these emails"),
});

export type StaffNotification = z.infer<typeof StaffNotification>;
export type MarkNotificationsReadInput = z.infer<typeof MarkNotificationsReadInput>;
export type NotificationPreference = z.infer<typeof NotificationPreference>;
