import type { Queryable } from "../client";
import { appointmentParticipants, appointments } from "../schema";

type SessionRow = typeof appointments.$inferInsert;

/**
 * A session written straight into the database with its children seated, for a test that needs one
 * as it stands rather than booked through the rules: 45 minutes in Chicago, its therapist the one
 * who booked it, each child in Illinois, unless told otherwise.
 */
export async function insertSession(
  q: Queryable,
  session: Omit<SessionRow, "endsAt" | "timeZone" | "createdById"> & {
    childIds: string[];
    minutes?: number;
    timeZone?: string;
    createdById?: string;
    childLocationState?: string;
  },
) {
  const { childIds, minutes = 45, childLocationState = "IL", ...row } = session;
  const createdById = session.createdById ?? session.therapistId;
  const [inserted] = await q
    .insert(appointments)
    .values({
      ...row,
      endsAt: new Date(+row.startsAt + minutes * 60_000),
      timeZone: session.timeZone ?? "America/Chicago",
      createdById,
    })
    .returning({ id: appointments.id, startsAt: appointments.startsAt });
  if (!inserted) throw new Error("the session was not inserted");
  if (childIds.length > 0)
    await q.insert(appointmentParticipants).values(
      childIds.map((childId) => ({
        appointmentId: inserted.id,
        childId,
        childLocationState,
        bookedById: createdById,
      })),
    );
  return inserted;
}
