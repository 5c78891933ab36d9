import { and, eq, gt, lt, ne } from "drizzle-orm";

import {
  appointmentParticipants,
  appointments,
  breakoutRooms,
  clinics,
  sessionTypes,
  users,
} from "@carryover/db/schema";

import { withDatabase } from "./database";

/** The LiveKit room a join token is for, read from its claims (tokens are JWTs). */
export function roomOfToken(token: string): string {
  const payload = token.split(".")[1] ?? "";
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as {
    video?: { room?: string };
  };
  return claims.video?.room ?? "";
}

/**
 * A telehealth session that is open now (it started `minutesAgo` minutes ago), with the given
 * therapist and children, so the session page can be entered at once.
 */
export async function openVideoSession(input: {
  therapistEmail: string;
  childIds: string[];
  kind: "coaching" | "group";
  minutesAgo: number;
}) {
  return withDatabase(async (db) => {
    const [therapist] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, input.therapistEmail));
    const [clinic] = await db
      .select({ id: clinics.id })
      .from(clinics)
      .where(eq(clinics.name, "Maple Grove Pediatric Therapy"));
    if (!therapist || !clinic) throw new Error("the demo clinic is missing");
    const types = await db
      .select({
        id: sessionTypes.id,
        kind: sessionTypes.kind,
        minutes: sessionTypes.durationMinutes,
        capacity: sessionTypes.capacity,
      })
      .from(sessionTypes)
      .where(eq(sessionTypes.clinicId, clinic.id));
    const chosen = types.find((t) => t.kind === input.kind);
    if (!chosen) throw new Error(`no ${input.kind} session type`);
    const start = new Date(Math.floor(Date.now() / 60_000) * 60_000 - input.minutesAgo * 60_000);
    const end = new Date(+start + chosen.minutes * 60_000);
    // The demo's own video session (made at each demo start) may hold the therapist at this time.
    await db
      .update(appointments)
      .set({ status: "cancelled", cancelledAt: new Date(), cancelReason: "Making room for a test" })
      .where(
        and(
          eq(appointments.therapistId, therapist.id),
          ne(appointments.status, "cancelled"),
          lt(appointments.startsAt, end),
          gt(appointments.endsAt, start),
        ),
      );
    const [row] = await db
      .insert(appointments)
      .values({
        clinicId: clinic.id,
        therapistId: therapist.id,
        sessionTypeId: chosen.id,
        startsAt: start,
        endsAt: end,
        timeZone: "America/Chicago",
        modality: "telehealth",
        capacity: chosen.capacity,
        createdById: therapist.id,
      })
      .returning({ id: appointments.id });
    if (!row) throw new Error("no appointment");
    await db.insert(appointmentParticipants).values(
      input.childIds.map((childId) => ({
        appointmentId: row.id,
        childId,
        childLocationState: "IL",
        bookedById: therapist.id,
      })),
    );
    return row.id;
  });
}

/** The open breakout rooms of a session, by label ("Room 1" → its LiveKit room name). */
export async function breakoutRoomsOf(appointmentId: string) {
  return withDatabase(async (db) => {
    const rows = await db
      .select({ label: breakoutRooms.label, roomName: breakoutRooms.roomName })
      .from(breakoutRooms)
      .where(eq(breakoutRooms.appointmentId, appointmentId));
    return Object.fromEntries(rows.map((r) => [r.label, r.roomName]));
  });
}
