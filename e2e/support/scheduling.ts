import { and, eq } from "drizzle-orm";

import { insertAppointmentWithChild } from "@carryover/db/queries";
import { children, clinics, memberships, sessionTypes, users } from "@carryover/db/schema";

import { withDatabase } from "./database";

const MAPLE_GROVE = "Maple Grove Pediatric Therapy";

/**
 * A scheduled session put straight into the database, for cases the booking rules would refuse to
 * set up (a session a few hours away) or a time taken behind a family's back.
 */
export async function insertSession(session: {
  child: { firstName: string; lastName: string };
  therapistEmail: string;
  start: Date;
  sessionTypeName?: string;
}): Promise<string> {
  return withDatabase(async (db) => {
    const [clinic] = await db
      .select({ id: clinics.id, timeZone: clinics.timeZone })
      .from(clinics)
      .where(eq(clinics.name, MAPLE_GROVE));
    if (!clinic) throw new Error("the demo clinic is missing");
    const [therapist] = await db
      .select({ id: users.id })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(and(eq(users.email, session.therapistEmail), eq(memberships.clinicId, clinic.id)));
    const [child] = await db
      .select({ id: children.id })
      .from(children)
      .where(
        and(
          eq(children.clinicId, clinic.id),
          eq(children.firstName, session.child.firstName),
          eq(children.lastName, session.child.lastName),
        ),
      );
    const [type] = await db
      .select()
      .from(sessionTypes)
      .where(
        and(
          eq(sessionTypes.clinicId, clinic.id),
          eq(sessionTypes.name, session.sessionTypeName ?? "Parent coaching session"),
        ),
      );
    if (!therapist || !child || !type)
      throw new Error("the demo therapist, child or session type is missing");
    return insertAppointmentWithChild(
      db,
      {
        clinicId: clinic.id,
        therapistId: therapist.id,
        sessionTypeId: type.id,
        startsAt: session.start,
        endsAt: new Date(+session.start + type.durationMinutes * 60_000),
        timeZone: clinic.timeZone,
        modality: type.modality,
        capacity: type.capacity,
        createdById: therapist.id,
      },
      { childId: child.id, childLocationState: "IL", bookedById: therapist.id },
    );
  });
}
