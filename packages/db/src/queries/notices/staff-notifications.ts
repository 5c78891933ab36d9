import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";

import type { Queryable } from "../../client";
import {
  appointmentParticipants,
  appointments,
  children,
  clinics,
  sessionTypes,
  staffNoticePreferences,
  staffNotifications,
  users,
} from "../../schema";

export async function insertStaffNotification(
  q: Queryable,
  notification: typeof staffNotifications.$inferInsert,
) {
  const [row] = await q
    .insert(staffNotifications)
    .values(notification)
    .returning({ id: staffNotifications.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

/** A staff member's latest notifications, newest first, with the session and its children's first names. */
export async function listStaffNotifications(
  q: Queryable,
  clinicId: string,
  recipientId: string,
  limit = 50,
) {
  const rows = await q
    .select({
      id: staffNotifications.id,
      kind: staffNotifications.kind,
      appointmentId: staffNotifications.appointmentId,
      start: staffNotifications.startsAt,
      from: staffNotifications.previousStartsAt,
      createdAt: staffNotifications.createdAt,
      readAt: staffNotifications.readAt,
      sessionTypeName: sessionTypes.name,
      timeZone: appointments.timeZone,
    })
    .from(staffNotifications)
    .innerJoin(appointments, eq(appointments.id, staffNotifications.appointmentId))
    .innerJoin(sessionTypes, eq(sessionTypes.id, appointments.sessionTypeId))
    .where(
      and(
        eq(staffNotifications.clinicId, clinicId),
        eq(staffNotifications.recipientId, recipientId),
      ),
    )
    .orderBy(desc(staffNotifications.createdAt))
    .limit(limit);
  const ids = [...new Set(rows.map((r) => r.appointmentId))];
  const seated = ids.length
    ? await q
        .select({
          appointmentId: appointmentParticipants.appointmentId,
          firstName: children.firstName,
        })
        .from(appointmentParticipants)
        .innerJoin(children, eq(children.id, appointmentParticipants.childId))
        .where(inArray(appointmentParticipants.appointmentId, ids))
    : [];
  return rows.map((r) => ({
    ...r,
    childFirstNames: seated
      .filter((s) => s.appointmentId === r.appointmentId)
      .map((s) => s.firstName),
  }));
}

export async function countUnreadStaffNotifications(
  q: Queryable,
  clinicId: string,
  recipientId: string,
) {
  const [row] = await q
    .select({ n: count() })
    .from(staffNotifications)
    .where(
      and(
        eq(staffNotifications.clinicId, clinicId),
        eq(staffNotifications.recipientId, recipientId),
        isNull(staffNotifications.readAt),
      ),
    );
  return row?.n ?? 0;
}

/** Marks the given notifications (or all when none are named) read; other people's are untouched. */
export async function markStaffNotificationsRead(
  q: Queryable,
  clinicId: string,
  recipientId: string,
  ids: readonly string[] | null,
  now: Date,
) {
  const rows = await q
    .update(staffNotifications)
    .set({ readAt: now })
    .where(
      and(
        eq(staffNotifications.clinicId, clinicId),
        eq(staffNotifications.recipientId, recipientId),
        isNull(staffNotifications.readAt),
        ids ? inArray(staffNotifications.id, [...ids]) : undefined,
      ),
    )
    .returning({ id: staffNotifications.id });
  return rows.length;
}

export async function findStaffNoticePreference(q: Queryable, userId: string) {
  const [row] = await q
    .select({ emailFamilyChanges: staffNoticePreferences.emailFamilyChanges })
    .from(staffNoticePreferences)
    .where(eq(staffNoticePreferences.userId, userId));
  return { emailFamilyChanges: row?.emailFamilyChanges ?? false };
}

export async function saveStaffNoticePreference(
  q: Queryable,
  userId: string,
  emailFamilyChanges: boolean,
) {
  await q
    .insert(staffNoticePreferences)
    .values({ userId, emailFamilyChanges })
    .onConflictDoUpdate({ target: staffNoticePreferences.userId, set: { emailFamilyChanges } });
}

/** A notification still to email: its facts, the recipient, and whether they asked for email. */
export async function findStaffNotificationToEmail(q: Queryable, notificationId: string) {
  const [row] = await q
    .select({
      id: staffNotifications.id,
      kind: staffNotifications.kind,
      clinicId: staffNotifications.clinicId,
      appointmentId: staffNotifications.appointmentId,
      start: staffNotifications.startsAt,
      from: staffNotifications.previousStartsAt,
      emailedAt: staffNotifications.emailedAt,
      recipientEmail: users.email,
      recipientName: users.name,
      recipientTimeZone: users.timeZone,
      recipientTimeFormat: users.timeFormat,
      clinicName: clinics.name,
      clinicSettings: clinics.settings,
      clinicTimeZone: clinics.timeZone,
      sessionTypeName: sessionTypes.name,
      emailFamilyChanges: staffNoticePreferences.emailFamilyChanges,
    })
    .from(staffNotifications)
    .innerJoin(users, eq(users.id, staffNotifications.recipientId))
    .innerJoin(clinics, eq(clinics.id, staffNotifications.clinicId))
    .innerJoin(appointments, eq(appointments.id, staffNotifications.appointmentId))
    .innerJoin(sessionTypes, eq(sessionTypes.id, appointments.sessionTypeId))
    .leftJoin(
      staffNoticePreferences,
      eq(staffNoticePreferences.userId, staffNotifications.recipientId),
    )
    .where(eq(staffNotifications.id, notificationId))
    .for("update", { of: staffNotifications });
  return row;
}

export async function markStaffNotificationEmailed(
  q: Queryable,
  notificationId: string,
  now: Date,
) {
  await q
    .update(staffNotifications)
    .set({ emailedAt: now })
    .where(eq(staffNotifications.id, notificationId));
}
