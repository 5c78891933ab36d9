import { and, eq } from "drizzle-orm";

import {
  addToWaitlist,
  insertAppointment,
  insertAppointmentWithChild,
  seatParticipant,
} from "@carryover/db/queries";
import { children, clinics, memberships, sessionTypes, users } from "@carryover/db/schema";

import { withDatabase } from "./database";

const MAPLE_GROVE = "Maple Grove Pediatric Therapy";

async function demoFacts(
  db: Parameters<Parameters<typeof withDatabase>[0]>[0],
  therapistEmail: string,
  sessionTypeName: string,
) {
  const [clinic] = await db
    .select({ id: clinics.id, timeZone: clinics.timeZone })
    .from(clinics)
    .where(eq(clinics.name, MAPLE_GROVE));
  if (!clinic) throw new Error("the demo clinic is missing");
  const [therapist] = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(users.email, therapistEmail), eq(memberships.clinicId, clinic.id)));
  const [type] = await db
    .select()
    .from(sessionTypes)
    .where(and(eq(sessionTypes.clinicId, clinic.id), eq(sessionTypes.name, sessionTypeName)));
  if (!therapist || !type) throw new Error("the demo therapist or session type is missing");
  const childId = async (firstName: string) => {
    const [child] = await db
      .select({ id: children.id })
      .from(children)
      .where(and(eq(children.clinicId, clinic.id), eq(children.firstName, firstName)));
    if (!child) throw new Error(`no demo child ${firstName}`);
    return child.id;
  };
  return { clinic, therapist, type, childId };
}

/**
 * A group session with some children seated and some waiting, as a family would find it.
 */
export async function insertGroupSession(group: {
  therapistEmail: string;
  start: Date;
  capacity: number;
  seated?: string[];
  waiting?: string[];
}): Promise<string> {
  return withDatabase(async (db) => {
    const { clinic, therapist, type, childId } = await demoFacts(
      db,
      group.therapistEmail,
      "Group session",
    );
    const appointmentId = await db.transaction((tx) =>
      insertAppointment(tx, {
        clinicId: clinic.id,
        therapistId: therapist.id,
        sessionTypeId: type.id,
        startsAt: group.start,
        endsAt: new Date(+group.start + type.durationMinutes * 60_000),
        timeZone: clinic.timeZone,
        modality: type.modality,
        capacity: group.capacity,
        createdById: therapist.id,
      }),
    );
    for (const name of group.seated ?? []) {
      await seatParticipant(db, {
        appointmentId,
        childId: await childId(name),
        childLocationState: "IL",
        bookedById: therapist.id,
        bookedAt: new Date(),
      });
    }
    for (const name of group.waiting ?? []) {
      await addToWaitlist(db, {
        appointmentId,
        childId: await childId(name),
        joinedById: therapist.id,
      });
    }
    return appointmentId;
  });
}

/**
 * A scheduled session put straight into the database, for cases the booking rules would refuse to
 * set up (a session a few hours away) or a time taken behind a family's back.
 */
export async function insertSession(session: {
  child: { firstName: string };
  therapistEmail: string;
  start: Date;
  sessionTypeName?: string;
}): Promise<string> {
  return withDatabase(async (db) => {
    const { clinic, therapist, type, childId } = await demoFacts(
      db,
      session.therapistEmail,
      session.sessionTypeName ?? "Parent coaching session",
    );
    const child = await childId(session.child.firstName);
    return db.transaction((tx) =>
      insertAppointmentWithChild(
        tx,
        {
          clinicId: clinic.id,
          therapistId: therapist.id,
          sessionTypeId: type.id,
          startsAt: session.start,
          endsAt: new Date(+session.start + type.durationMinutes * 60_000),
          timeZone: clinic.timeZone,
          modality: type.modality,
          capacity: type.capacity,
          cancellationWindowHours: type.cancellationWindowHours,
          createdById: therapist.id,
        },
        {
          childId: child,
          childLocationState: "IL",
          bookedById: therapist.id,
        },
      ),
    );
  });
}
