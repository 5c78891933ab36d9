import { and, eq } from "drizzle-orm";

import { hashPassword } from "@carryover/db/password";
import { insertAppointmentWithChild, insertMembership, insertUser } from "@carryover/db/queries";
import {
  appointments,
  children,
  clinics,
  sessionTypes,
  therapistLicenses,
  users,
} from "@carryover/db/schema";

import { withDatabase } from "./database";
import { DEMO_PASSWORD } from "./environment";

const MAPLE_GROVE = "Maple Grove Pediatric Therapy";

/** A Maple Grove therapist of a test's own, licensed in `states`, who can sign in with the demo password. */
export async function createNamedTherapist(email: string, name: string, states: string[]) {
  return withDatabase(async (db) => {
    const [clinic] = await db.select().from(clinics).where(eq(clinics.name, MAPLE_GROVE));
    if (!clinic) throw new Error("the demo clinic is missing");
    const userId = await insertUser(db, {
      email,
      name,
      passwordHash: await hashPassword(DEMO_PASSWORD),
    });
    const membershipId = await insertMembership(db, {
      userId,
      clinicId: clinic.id,
      role: "therapist",
    });
    if (states.length)
      await db.insert(therapistLicenses).values(states.map((state) => ({ membershipId, state })));
    return { userId, clinicId: clinic.id, timeZone: clinic.timeZone };
  });
}

/** A telehealth coaching session of the therapist with a Maple Grove child, straight into the database. */
export async function insertCoachingSession(session: {
  therapistId: string;
  childFirstName: string;
  start: Date;
}) {
  return withDatabase(async (db) => {
    const [clinic] = await db.select().from(clinics).where(eq(clinics.name, MAPLE_GROVE));
    if (!clinic) throw new Error("the demo clinic is missing");
    const [type] = await db
      .select()
      .from(sessionTypes)
      .where(and(eq(sessionTypes.clinicId, clinic.id), eq(sessionTypes.kind, "coaching")));
    const [child] = await db
      .select({ id: children.id })
      .from(children)
      .where(and(eq(children.clinicId, clinic.id), eq(children.firstName, session.childFirstName)));
    if (!type || !child) throw new Error("the demo session type or child is missing");
    return db.transaction((tx) =>
      insertAppointmentWithChild(
        tx,
        {
          clinicId: clinic.id,
          therapistId: session.therapistId,
          sessionTypeId: type.id,
          startsAt: session.start,
          endsAt: new Date(+session.start + type.durationMinutes * 60_000),
          timeZone: clinic.timeZone,
          modality: "telehealth",
          capacity: 1,
          cancellationWindowHours: type.cancellationWindowHours,
          createdById: session.therapistId,
        },
        { childId: child.id, childLocationState: "IL", bookedById: session.therapistId },
      ),
    );
  });
}

export async function therapistOfAppointment(appointmentId: string) {
  return withDatabase(async (db) => {
    const [row] = await db
      .select({ therapistId: appointments.therapistId })
      .from(appointments)
      .where(eq(appointments.id, appointmentId));
    return row?.therapistId;
  });
}

export async function userIdByEmail(email: string) {
  return withDatabase(async (db) => {
    const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (!row) throw new Error(`no user ${email}`);
    return row.id;
  });
}

function offsetMs(at: Date, timeZone: string) {
  const parts: Record<string, number> = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(at)
      .map((p) => [p.type, Number(p.value)]),
  );
  const part = (type: string) => parts[type] ?? 0;
  const wall = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  return wall - Math.floor(+at / 1000) * 1000;
}

/** `hour`:00 today in a zone, as an instant (the agenda's day). */
export function todayAt(timeZone: string, hour: number, minute = 0): Date {
  const date = new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date());
  const wall = Date.parse(`${date}T00:00:00Z`) + (hour * 60 + minute) * 60_000;
  const first = wall - offsetMs(new Date(wall), timeZone);
  return new Date(wall - offsetMs(new Date(first), timeZone));
}
