import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { auditEvents, children, clinics, sessionTypes } from "@carryover/db/schema";
import { insertSession } from "@carryover/db/testing/insert-session";
import { useTestDatabase } from "@carryover/db/testing/vitest";
import { withoutDemoCharts } from "@carryover/db/testing/without-demo-charts";
import type { VisitNoteContent } from "@carryover/domain/clinical-notes";

import { AppError } from "../errors";
import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, signInAs, testDeps } from "../testing/test-context";

const { db } = await useTestDatabase();
// These tests build each chart from an empty one.
await withoutDemoCharts(db);

type Session = AuthSession;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const as = (session: Session) => callerFor(testDeps(db), session);

let rivera: Session;
let admin: Session;
let harborAdmin: Session;
const ids = { clinic: "", coaching: "", harborClinic: "", harborType: "", maya: "", sofia: "" };
let daysAgo = 3;

async function failure(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    if (error instanceof TRPCError) {
      const cause = error.cause instanceof AppError ? error.cause : null;
      return { code: error.code, message: error.message, details: cause?.details };
    }
    throw error;
  }
  throw new Error("expected the call to fail");
}

/** A finished in-person session of Alex Rivera's with these children seated; a different day each. */
async function sessionWith(
  childIds: string[],
  where = { clinicId: ids.clinic, sessionTypeId: ids.coaching },
) {
  const start = new Date(Date.now() - daysAgo++ * DAY);
  const { id } = await insertSession(db, {
    ...where,
    therapistId: rivera.actor.userId,
    startsAt: start,
    modality: "clinic",
    capacity: Math.max(childIds.length, 1),
    groupName: childIds.length > 1 ? "Handwriting club" : null,
    childIds,
  });
  return id;
}

async function visitOf(noteId: string, session = rivera) {
  const note = await as(session).note.get({ noteId });
  if (note.kind !== "visit") throw new Error("not a visit note");
  return note;
}

const completed = (content: VisitNoteContent): VisitNoteContent => ({
  ...content,
  subjective: "Parent reports calmer mornings.",
  objective: "Held the pencil with a tripod grasp for 3 of 4 lines.",
  assessment: "Progressing toward the handwriting goal.",
  plan: "Add a slant board next session.",
  minutes: { byService: { therapeutic_activities: 40 }, unmarkedChildPresent: 0, caregiverOnly: 0 },
});

beforeAll(async () => {
  const d = testDeps(db);
  rivera = await signInAs(d, "ot.rivera@maplegrove.test");
  admin = await signInAs(d, "admin@maplegrove.test");
  harborAdmin = await signInAs(d, "admin@harborkids.test");
  const typeOf = async (clinic: string) => {
    const [type] = await db
      .select({ id: sessionTypes.id, clinicId: sessionTypes.clinicId })
      .from(sessionTypes)
      .innerJoin(clinics, eq(clinics.id, sessionTypes.clinicId))
      .where(and(eq(clinics.name, clinic), eq(sessionTypes.kind, "coaching")));
    if (!type) throw new Error(`no coaching type at ${clinic}`);
    return type;
  };
  const maple = await typeOf("Maple Grove Pediatric Therapy");
  const harbor = await typeOf("Harbor Kids OT");
  Object.assign(ids, {
    clinic: maple.clinicId,
    coaching: maple.id,
    harborClinic: harbor.clinicId,
    harborType: harbor.id,
  });
  const kids = await db
    .select({ id: children.id, firstName: children.firstName })
    .from(children)
    .where(eq(children.clinicId, ids.clinic));
  ids.maya = kids.find((k) => k.firstName === "Maya")?.id ?? "";
  ids.sofia = kids.find((k) => k.firstName === "Sofia")?.id ?? "";
});

describe("a group session's notes", () => {
  it("are one per child, sharing one part written once; a stale save is a conflict", async () => {
    const appointmentId = await sessionWith([ids.maya, ids.sofia]);
    const maya = await as(rivera).note.draftFromSession({ appointmentId, childId: ids.maya });
    const sofia = await as(rivera).note.draftFromSession({ appointmentId, childId: ids.sofia });
    expect(maya.noteId).not.toBe(sofia.noteId);
    for (const { noteId } of [maya, sofia])
      expect(await visitOf(noteId)).toMatchObject({
        content: { groupShared: "" },
        group: { version: 1, childCount: 2, canEdit: true },
      });
    expect((await visitOf(maya.noteId)).missing.map((m) => m.path)).toContain(
      "content.groupShared",
    );

    const text = "Obstacle course in pairs: each child waited for a turn and named the next step.";
    expect(await as(rivera).note.updateGroupShared({ appointmentId, text, version: 1 })).toEqual({
      version: 2,
    });
    for (const { noteId } of [maya, sofia])
      expect(await visitOf(noteId)).toMatchObject({
        content: { groupShared: text },
        group: { version: 2 },
      });
    const events = await db
      .select({ entityId: auditEvents.entityId })
      .from(auditEvents)
      .where(eq(auditEvents.action, "note.group_shared.update"));
    expect(events.map((e) => e.entityId).sort()).toEqual([ids.maya, ids.sofia].sort());

    const stale = await failure(
      as(rivera).note.updateGroupShared({ appointmentId, text: "Mine instead", version: 1 }),
    );
    expect(stale).toMatchObject({ code: "CONFLICT", details: { current: { text, version: 2 } } });
    expect((await visitOf(sofia.noteId)).content.groupShared).toBe(text);
  });

  it("hands a note drafted later the shared part already written", async () => {
    const appointmentId = await sessionWith([ids.maya, ids.sofia]);
    await as(rivera).note.updateGroupShared({
      appointmentId,
      text: "Sensory circuit.",
      version: 1,
    });
    const { noteId } = await as(rivera).note.draftFromSession({
      appointmentId,
      childId: ids.sofia,
    });
    expect((await visitOf(noteId)).content.groupShared).toBe("Sensory circuit.");
  });

  it("keeps in a signed note the shared part it was signed with, and a child's note saves never change it", async () => {
    const appointmentId = await sessionWith([ids.maya, ids.sofia]);
    const { noteId } = await as(rivera).note.draftFromSession({ appointmentId, childId: ids.maya });
    const other = await as(rivera).note.draftFromSession({ appointmentId, childId: ids.sofia });
    const draft = await visitOf(noteId);
    const { version } = await as(rivera).note.update({
      noteId,
      version: draft.version,
      kind: "visit",
      content: { ...completed(draft.content), groupShared: "Typed into one child's note" },
    });
    expect((await visitOf(noteId)).content.groupShared).toBe("");
    const blank = await failure(as(rivera).note.sign({ noteId, version, attestation: true }));
    expect(blank.code).toBe("UNPROCESSABLE_CONTENT");
    expect(blank.message).toMatch(/part shared with the group/);

    await as(rivera).note.updateGroupShared({
      appointmentId,
      text: "Turn-taking game.",
      version: 1,
    });
    await as(rivera).note.sign({ noteId, version, attestation: true });
    await as(rivera).note.updateGroupShared({
      appointmentId,
      text: "Turn-taking game, then a calm-down corner.",
      version: 2,
    });
    const signed = await visitOf(noteId);
    expect(signed).toMatchObject({
      state: "signed",
      content: { groupShared: "Turn-taking game." },
      group: { canEdit: false },
    });
    expect((await visitOf(other.noteId)).content.groupShared).toBe(
      "Turn-taking game, then a calm-down corner.",
    );
  });

  it("is refused for a child's own session, another clinic's session, and an admin", async () => {
    const own = await sessionWith([ids.maya]);
    const { noteId } = await as(rivera).note.draftFromSession({
      appointmentId: own,
      childId: ids.maya,
    });
    expect(await visitOf(noteId)).toMatchObject({ content: { groupShared: null }, group: null });
    const single = await failure(
      as(rivera).note.updateGroupShared({ appointmentId: own, text: "Shared", version: 1 }),
    );
    expect(single).toMatchObject({ code: "PRECONDITION_FAILED" });
    expect(single.message).toMatch(/one child/);

    const group = await sessionWith([ids.maya, ids.sofia]);
    const input = { appointmentId: group, text: "Shared", version: 1 };
    expect((await failure(as(harborAdmin).note.updateGroupShared(input))).code).toBe("NOT_FOUND");
    expect((await failure(as(admin).note.updateGroupShared(input))).code).toBe("FORBIDDEN");
    const harborGroup = await sessionWith([ids.maya, ids.sofia], {
      clinicId: ids.harborClinic,
      sessionTypeId: ids.harborType,
    });
    expect(
      (await failure(as(rivera).note.updateGroupShared({ ...input, appointmentId: harborGroup })))
        .code,
    ).toBe("NOT_FOUND");
  });
});
