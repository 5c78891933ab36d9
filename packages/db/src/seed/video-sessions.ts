import { and, eq, gt, lt, ne } from "drizzle-orm";

import type { Db } from "../client";
import {
  appointmentParticipants,
  appointments,
  children,
  clinics,
  sessionTypes,
  users,
} from "../schema";

const MINUTE = 60_000;

/** The demo's video session per clinic: the therapist, the child and the state the child is in. */
const DEMO_VIDEO_SESSIONS = [
  {
    clinic: "Maple Grove Pediatric Therapy",
    therapist: "ot.rivera@maplegrove.test",
    child: "Maya",
    state: "IL",
  },
  { clinic: "Harbor Kids OT", therapist: "ot.park@harborkids.test", child: "Noah", state: "CA" },
];

/**
 * So a demo can try the video room at once: a telehealth coaching session starting within minutes
 * (its room opens 10 minutes before), made at each demo start unless the therapist is already booked
 * then. Returns the clinics that got one.
 */
export async function ensureDemoVideoSessions(db: Db, now = new Date()): Promise<string[]> {
  const start = new Date(Math.ceil((+now + 5 * MINUTE) / (5 * MINUTE)) * 5 * MINUTE);
  const made: string[] = [];
  for (const demo of DEMO_VIDEO_SESSIONS) {
    await db.transaction(async (tx) => {
      const [row] = await tx
        .select({
          clinicId: clinics.id,
          timeZone: clinics.timeZone,
          therapistId: users.id,
          childId: children.id,
        })
        .from(clinics)
        .innerJoin(users, eq(users.email, demo.therapist))
        .innerJoin(
          children,
          and(eq(children.clinicId, clinics.id), eq(children.firstName, demo.child)),
        )
        .where(eq(clinics.name, demo.clinic));
      const [coaching] = row
        ? await tx
            .select({ id: sessionTypes.id, minutes: sessionTypes.durationMinutes })
            .from(sessionTypes)
            .where(and(eq(sessionTypes.clinicId, row.clinicId), eq(sessionTypes.kind, "coaching")))
        : [];
      if (!row || !coaching) return;
      const end = new Date(+start + coaching.minutes * MINUTE);
      const [busy] = await tx
        .select({ id: appointments.id })
        .from(appointments)
        .where(
          and(
            eq(appointments.therapistId, row.therapistId),
            ne(appointments.status, "cancelled"),
            lt(appointments.startsAt, end),
            gt(appointments.endsAt, new Date(+now - 30 * MINUTE)),
          ),
        );
      if (busy) return;
      const [appointment] = await tx
        .insert(appointments)
        .values({
          clinicId: row.clinicId,
          therapistId: row.therapistId,
          sessionTypeId: coaching.id,
          startsAt: start,
          endsAt: end,
          timeZone: row.timeZone,
          modality: "telehealth",
          createdById: row.therapistId,
        })
        .returning({ id: appointments.id });
      if (!appointment) return;
      await tx.insert(appointmentParticipants).values({
        appointmentId: appointment.id,
        childId: row.childId,
        childLocationState: demo.state,
        bookedById: row.therapistId,
      });
      made.push(demo.clinic);
    });
  }
  return made;
}
