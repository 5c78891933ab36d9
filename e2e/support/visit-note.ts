import { eq } from "drizzle-orm";

import { clinicalNotes, sessionTimerSegments } from "@carryover/db/schema";

import { withDatabase } from "./database";

/** Moves the start of a session's timer stretches back, as if the timer had been running longer. */
export async function backdateTimer(appointmentId: string, minutes: number) {
  await withDatabase(async (db) => {
    const segments = await db
      .select()
      .from(sessionTimerSegments)
      .where(eq(sessionTimerSegments.appointmentId, appointmentId));
    for (const segment of segments)
      await db
        .update(sessionTimerSegments)
        .set({ startedAt: new Date(+segment.startedAt - minutes * 60_000) })
        .where(eq(sessionTimerSegments.id, segment.id));
  });
}

/** Removes the visit notes a spec drafted for a session, so other specs count the demo's own visits. */
export async function deleteNotesOfSession(appointmentId: string) {
  await withDatabase((db) =>
    db.delete(clinicalNotes).where(eq(clinicalNotes.appointmentId, appointmentId)),
  );
}

/** Saves a draft's plan as another editor would: new text, the next version. */
export async function savePlanElsewhere(noteId: string, plan: string) {
  await withDatabase(async (db) => {
    const [note] = await db.select().from(clinicalNotes).where(eq(clinicalNotes.id, noteId));
    if (!note) throw new Error("no such note");
    await db
      .update(clinicalNotes)
      .set({ content: { ...note.content, plan }, version: note.version + 1 })
      .where(eq(clinicalNotes.id, noteId));
  });
}
