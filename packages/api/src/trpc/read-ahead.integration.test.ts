import { TRPCError } from "@trpc/server";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createDb } from "@carryover/db";
import { auditEvents, children, clinicalNotes, sessionTypes } from "@carryover/db/schema";
import { insertSession } from "@carryover/db/testing/insert-session";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import { resolveAuthSession, type AuthSession } from "../identity/resolve-auth-session";
import { callerFor, signInAs, testDeps } from "../testing/test-context";

// Drafting a visit note reads the session's record ahead, while the caller is being looked up.
const { db, url } = await useTestDatabase();
const sent: string[] = [];
const counted = createDb(url, { max: 1, onQuery: (statement) => void sent.push(statement) });
afterAll(() => counted.close());

const MINUTE = 60_000;
let rivera: AuthSession;
let visit: { appointmentId: string; childId: string };

beforeAll(async () => {
  rivera = await signInAs(testDeps(db), "ot.rivera@maplegrove.test");
  const [maya] = await db
    .select({ id: children.id, clinicId: children.clinicId })
    .from(children)
    .where(and(eq(children.clinicId, rivera.actor.clinicId), eq(children.firstName, "Maya")));
  const [type] = await db
    .select({ id: sessionTypes.id })
    .from(sessionTypes)
    .where(eq(sessionTypes.clinicId, rivera.actor.clinicId));
  if (!maya || !type) throw new Error("the demo clinic has no Maya or no session type");
  const appointment = await insertSession(db, {
    clinicId: maya.clinicId,
    therapistId: rivera.actor.userId,
    sessionTypeId: type.id,
    startsAt: new Date(Math.floor((Date.now() - 2 * 60 * MINUTE) / MINUTE) * MINUTE),
    modality: "clinic",
    childIds: [maya.id],
  });
  visit = { appointmentId: appointment.id, childId: maya.id };
});

const notesOfVisit = () =>
  db
    .select({ id: clinicalNotes.id })
    .from(clinicalNotes)
    .where(eq(clinicalNotes.appointmentId, visit.appointmentId));

describe("a procedure's read ahead", () => {
  it("a caller the guard turns away is refused, and nothing is written for them", async () => {
    const refusal = await callerFor(testDeps(counted), Promise.resolve(null))
      .note.draftFromSession(visit)
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(TRPCError);
    expect((refusal as TRPCError).code).toBe("UNAUTHORIZED");
    expect(await notesOfVisit()).toEqual([]);
    const audited = await db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "note.draft"), eq(auditEvents.entityId, visit.childId)));
    expect(audited).toEqual([]);
  });

  it("a session lookup that fails fails the call with it", async () => {
    const lost = new Error("the database went away");
    const failure = callerFor(testDeps(counted), Promise.reject(lost)).note.draftFromSession(visit);
    await expect(failure).rejects.toMatchObject({ cause: lost });
    expect(await notesOfVisit()).toEqual([]);
  });

  it("drafting sends the record's read before the caller's session is known", async () => {
    // One connection answers in order: once this is answered, the reads of the refused calls are too.
    await counted.execute(sql`select 1`);
    sent.length = 0;
    let sentBeforeSession: string[] = [];
    const session = resolveAuthSession(testDeps(counted), rivera.actor.sessionId).then(
      (resolved) => {
        sentBeforeSession = [...sent];
        return resolved.ok ? resolved : null;
      },
    );
    const { noteId } = await callerFor(testDeps(counted), session).note.draftFromSession(visit);
    const isRecordRead = (statement: string) => statement.includes('as "seatedChildIds"');
    expect(sentBeforeSession.filter(isRecordRead)).toHaveLength(1);
    expect(sent.filter(isRecordRead)).toHaveLength(1);
    expect(sent.at(-1)).toContain("insert into clinical_notes");
    expect(await notesOfVisit()).toEqual([{ id: noteId }]);
  });

  it("a caller with a session already known drafts the same note, reading the record itself", async () => {
    const [note] = await notesOfVisit();
    expect(await callerFor(testDeps(db), rivera).note.draftFromSession(visit)).toEqual({
      noteId: note?.id,
    });
  });
});
