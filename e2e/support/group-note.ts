import { eq } from "drizzle-orm";

import { clinicalNotes, groupSessionNotes } from "@carryover/db/schema";

import { withDatabase } from "./database";

/** Saves a group session's shared part as another therapist would: new text, the next version. */
export async function saveGroupSharedElsewhere(appointmentId: string, text: string) {
  await withDatabase(async (db) => {
    const [row] = await db
      .select()
      .from(groupSessionNotes)
      .where(eq(groupSessionNotes.appointmentId, appointmentId));
    if (!row) throw new Error("the shared part was never saved");
    await db
      .update(groupSessionNotes)
      .set({ text, version: row.version + 1 })
      .where(eq(groupSessionNotes.appointmentId, appointmentId));
  });
}

/** Removes what a spec wrote for a group session, so other specs count the demo's own visits. */
export async function deleteGroupNotesOfSession(appointmentId: string) {
  await withDatabase(async (db) => {
    await db.delete(clinicalNotes).where(eq(clinicalNotes.appointmentId, appointmentId));
    await db.delete(groupSessionNotes).where(eq(groupSessionNotes.appointmentId, appointmentId));
  });
}
