import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { insertChild, setChildTherapists } from "@carryover/db/queries";
import {
  attendanceSegments,
  children,
  clinicalConsents,
  clinicalNotes,
  clinics,
  memberships,
  sessionTypes,
} from "@carryover/db/schema";
import { insertSession } from "@carryover/db/testing/insert-session";
import { useTestDatabase } from "@carryover/db/testing/vitest";
import { withoutDemoCharts } from "@carryover/db/testing/without-demo-charts";
import type { VisitNoteContent } from "@carryover/domain/clinical-notes";
import { localDateOf } from "@carryover/domain/scheduling";

import { AppError } from "../errors";
import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, formatForClient, signInAs, testDeps, testMeta } from "../testing/test-context";

const { db } = await useTestDatabase();
// These tests build each chart from an empty one.
await withoutDemoCharts(db);

type Session = AuthSession;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
let clock = new Date();
const deps = () => testDeps(db, () => clock);
const as = (session: Session) => callerFor(deps(), session);

let rivera: Session;
let chen: Session;
let admin: Session;
let johnson: Session;
let harborAdmin: Session;
const ids = { clinic: "", coaching: "", maya: "", sofia: "", eli: "" };

async function failure(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    if (error instanceof TRPCError) {
      const wire = formatForClient(error, { ...deps(), meta: testMeta(), session: null });
      const cause = error.cause instanceof AppError ? error.cause : null;
      return {
        code: error.code,
        message: error.message,
        fieldErrors: wire.data.fieldErrors,
        current: cause?.details.current,
      };
    }
    throw error;
  }
  throw new Error("expected the call to fail");
}

async function appointmentFor(
  childId: string,
  therapist: Session,
  start: Date,
  modality: "telehealth" | "clinic" | "in_home",
) {
  const { id } = await insertSession(db, {
    clinicId: ids.clinic,
    therapistId: therapist.actor.userId,
    sessionTypeId: ids.coaching,
    startsAt: start,
    modality,
    childIds: [childId],
  });
  return id;
}

const complete = (content: VisitNoteContent): VisitNoteContent => ({
  ...content,
  subjective: "Parent reports calmer mornings.",
  objective: content.objective || "Buttoned 4 of 5 large buttons.",
  assessment: "Progressing toward the dressing goal.",
  plan: "Small buttons next session.",
  minutes: {
    byService: { therapeutic_activities: 30, ...content.minutes.byService },
    unmarkedChildPresent: 0,
    caregiverOnly: content.minutes.caregiverOnly,
  },
});

/** An in-person visit drafted, completed and (unless told) signed by the therapist. */
async function visitNote(childId: string, therapist: Session, start: Date, sign = true) {
  const appointmentId = await appointmentFor(childId, therapist, start, "clinic");
  const { noteId } = await as(therapist).note.draftFromSession({ appointmentId, childId });
  const note = await as(therapist).note.get({ noteId });
  if (note.kind !== "visit") throw new Error("not a visit note");
  const { version } = await as(therapist).note.update({
    noteId,
    version: note.version,
    kind: "visit",
    content: complete(note.content),
  });
  if (sign) await as(therapist).note.sign({ noteId, version, attestation: true });
  return { noteId, version, appointmentId };
}

beforeAll(async () => {
  const d = testDeps(db);
  rivera = await signInAs(d, "ot.rivera@maplegrove.test");
  chen = await signInAs(d, "ot.chen@maplegrove.test");
  admin = await signInAs(d, "admin@maplegrove.test");
  johnson = await signInAs(d, "parent.johnson@maplegrove.test");
  harborAdmin = await signInAs(d, "admin@harborkids.test");
  const [type] = await db
    .select({ id: sessionTypes.id, clinicId: sessionTypes.clinicId })
    .from(sessionTypes)
    .innerJoin(clinics, eq(clinics.id, sessionTypes.clinicId))
    .where(
      and(eq(clinics.name, "Maple Grove Pediatric Therapy"), eq(sessionTypes.kind, "coaching")),
    );
  ids.clinic = type?.clinicId ?? "";
  ids.coaching = type?.id ?? "";
  const kids = await db
    .select({ id: children.id, firstName: children.firstName })
    .from(children)
    .where(eq(children.clinicId, ids.clinic));
  ids.maya = kids.find((k) => k.firstName === "Maya")?.id ?? "";
  ids.sofia = kids.find((k) => k.firstName === "Sofia")?.id ?? "";
  ids.eli = kids.find((k) => k.firstName === "Eli")?.id ?? "";
});

describe("a visit note drafted from a finished video session", () => {
  it("has the minutes per service, the trials, the tally and who attended; drafting again gives the same note", async () => {
    // Now, so the practice logged in the session (stamped by the database) falls inside it.
    const start = new Date(Math.floor((Date.now() - 30 * MINUTE) / MINUTE) * MINUTE);
    const at = (minutes: number) => new Date(+start + minutes * MINUTE);
    const appointmentId = await appointmentFor(ids.maya, rivera, start, "telehealth");
    const session = { appointmentId };
    clock = at(1);
    await as(rivera).liveSession.enter(session);
    await as(johnson).liveSession.enter(session);
    await as(rivera).liveSession.admit(session);
    const parent = (await as(rivera).liveSession.get(session)).participants.find(
      (p) => p.role === "guardian",
    );
    await db.insert(attendanceSegments).values({
      appointmentId,
      roomName: "room_test",
      identity: parent?.identity ?? "",
      joinedAt: at(1),
      leftAt: at(36),
    });
    // Her grandmother waited to be let in but never joined the call: she did not attend.
    await as(await signInAs(deps(), "grandma.johnson@maplegrove.test")).liveSession.enter(session);

    await as(rivera).liveSession.timer({ ...session, kind: "child_present" });
    clock = at(3);
    await as(rivera).liveSession.markService({ ...session, service: "therapeutic_activities" });
    for (const kind of ["descriptive", "descriptive", "descriptive", "directive"] as const)
      await as(rivera).liveSession.tally({ ...session, kind, step: 1 });
    const { program } = await as(rivera).program.get({ childId: ids.maya });
    const ladder = program?.activities.find((a) => a.structure.kind === "ladder");
    if (!program || !ladder) throw new Error("Maya's demo program has no ladder");
    await as(rivera).practice.log({
      childId: ids.maya,
      activityId: ladder.id,
      clientKey: "note-test-ladder-1",
      practisedOn: localDateOf(new Date(), "America/Chicago"),
      entry: { kind: "ladder", level: 0, success: 3, withHelp: 1, notYet: 1 },
      inSession: true,
    });
    await as(rivera).liveSession.note({ ...session, text: "Three-finger grasp cue worked" });
    clock = at(18);
    await as(rivera).liveSession.markService({ ...session, service: "self_care" });
    // The session view carries the service marked last, so a reloaded screen shows it.
    expect((await as(rivera).liveSession.get(session)).coaching?.timer.service).toBe("self_care");
    await as(rivera).program.update({
      childId: ids.maya,
      expectedVersion: program.version,
      routineTimes: { homework: "17:15" },
    });
    clock = at(28);
    await as(rivera).liveSession.timer({ ...session, kind: "caregiver_only" });
    clock = at(36);
    await as(rivera).liveSession.end(session);
    expect(
      (await failure(as(rivera).liveSession.markService({ ...session, service: "self_care" })))
        .code,
    ).toBe("CONFLICT");

    clock = at(50);
    const { noteId } = await as(rivera).note.draftFromSession({ appointmentId, childId: ids.maya });
    expect(await as(rivera).note.draftFromSession({ appointmentId, childId: ids.maya })).toEqual({
      noteId,
    });
    const note = await as(rivera).note.get({ noteId });
    expect(note).toMatchObject({
      kind: "visit",
      state: "draft",
      serviceOn: localDateOf(start, "America/Chicago"),
      visitEndedAt: at(36),
      author: { name: "Alex Rivera" },
      canEdit: true,
    });
    if (note.kind !== "visit") throw new Error("not a visit note");
    expect(note.content).toMatchObject({
      source: "video_session",
      modality: "telehealth",
      placeOfService: "10",
      minutes: {
        byService: { therapeutic_activities: 15, self_care: 10 },
        unmarkedChildPresent: 2,
        caregiverOnly: 8,
      },
      attended: { child: true, guardianIds: [johnson.actor.userId] },
      trials: [{ activityId: ladder.id, title: ladder.content.title, successes: 3, attempts: 5 }],
      commenting: { descriptive: 3, directive: 1 },
      objective: "- Three-finger grasp cue worked",
    });
    expect(note.content.programChanges.join(" ")).toMatch(/homework/i);
    expect(note.missing.map((m) => m.path)).toEqual([
      "content.subjective",
      "content.assessment",
      "content.plan",
      "content.minutes.unmarkedChildPresent",
      "consents.caregiverTraining",
    ]);

    // Two editors: the second save from the same version is refused with what the first saved.
    const first = { ...note.content, subjective: "First editor" };
    const saved = await as(rivera).note.update({
      noteId,
      version: note.version,
      kind: "visit",
      content: first,
    });
    expect(saved.version).toBe(note.version + 1);
    const stale = await failure(
      as(rivera).note.update({
        noteId,
        version: note.version,
        kind: "visit",
        content: { ...note.content, subjective: "Second editor" },
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.current).toMatchObject({
      version: saved.version,
      content: { subjective: "First editor" },
    });

    // Signing with parts missing names them and locks nothing.
    const refused = await failure(
      as(rivera).note.sign({ noteId, version: saved.version, attestation: true }),
    );
    expect(refused.code).toBe("UNPROCESSABLE_CONTENT");
    expect(refused.message).toContain("Write the assessment");
    expect(refused.message).toContain("Record the caregiver-training consent");
    expect(Object.keys(refused.fieldErrors ?? {})).toEqual([
      "content.assessment",
      "content.plan",
      "content.minutes.unmarkedChildPresent",
      "consents.caregiverTraining",
    ]);
    expect((await as(rivera).note.get({ noteId })).state).toBe("draft");

    await db.insert(clinicalConsents).values({
      clinicId: ids.clinic,
      childId: ids.maya,
      kind: "caregiver_training",
      givenByName: "Jordan Johnson",
      givenOn: "2020-01-01",
    });
    const done = await as(rivera).note.update({
      noteId,
      version: saved.version,
      kind: "visit",
      content: complete(first),
    });
    expect(
      await as(rivera).note.sign({ noteId, version: done.version, attestation: true }),
    ).toEqual({ version: done.version + 1, state: "signed" });
    const signed = await as(rivera).note.get({ noteId });
    expect(signed).toMatchObject({
      state: "signed",
      canEdit: false,
      missing: [],
      signature: {
        signedByName: "Alex Rivera",
        attestation: "I attest that this note is accurate and complete.",
      },
      cosignature: null,
    });

    // Locked: a change is an addendum, and the original stays as signed.
    const locked = await failure(
      as(rivera).note.update({
        noteId,
        version: signed.version,
        kind: "visit",
        content: { ...first, subjective: "Changed after signing" },
      }),
    );
    expect(locked).toMatchObject({ code: "CONFLICT" });
    expect(locked.message).toContain("Add an addendum instead");
    clock = at(60);
    await as(rivera).note.addendum({
      noteId,
      reason: "Late entry",
      body: "Parent called: the homework routine went well that evening.",
    });
    const amended = await as(rivera).note.get({ noteId });
    expect(amended.content).toEqual(signed.content);
    expect(amended.addenda).toMatchObject([
      {
        authorName: "Alex Rivera",
        reason: "Late entry",
        body: "Parent called: the homework routine went well that evening.",
        createdAt: at(60),
      },
    ]);
    const list = await as(admin).note.list({ childId: ids.maya });
    expect(list.find((n) => n.id === noteId)).toMatchObject({ state: "signed", kind: "visit" });

    // Another clinic's admin finds none of it.
    const harbor = as(harborAdmin);
    const calls = [
      () => harbor.note.draftFromSession({ appointmentId, childId: ids.maya }),
      () => harbor.note.get({ noteId }),
      () => harbor.note.list({ childId: ids.maya }),
      () => harbor.note.update({ noteId, version: amended.version, kind: "visit", content: first }),
      () => harbor.note.sign({ noteId, version: amended.version, attestation: true }),
      () => harbor.note.addendum({ noteId, reason: "x", body: "y" }),
      () => harbor.note.cosign({ noteId }),
    ];
    for (const call of calls) expect((await failure(call())).code).toBe("NOT_FOUND");
    // A guardian finds no staff record either.
    expect((await failure(as(johnson).note.get({ noteId }))).code).toBe("NOT_FOUND");
  });
});

describe("an in-person visit", () => {
  it("starts with typed minutes, the place from the modality, and only the child attending", async () => {
    clock = new Date();
    const appointmentId = await appointmentFor(
      ids.sofia,
      rivera,
      new Date("2026-03-03T15:07:00Z"),
      "in_home",
    );
    const { noteId } = await as(rivera).note.draftFromSession({
      appointmentId,
      childId: ids.sofia,
    });
    const note = await as(rivera).note.get({ noteId });
    expect(note).toMatchObject({
      serviceOn: "2026-03-03",
      content: {
        source: "in_person",
        modality: "in_home",
        placeOfService: "12",
        minutes: { byService: {}, unmarkedChildPresent: 0, caregiverOnly: 0 },
        attended: { child: true, guardianIds: [] },
        commenting: null,
      },
    });
    if (note.kind !== "visit") throw new Error("not a visit note");
    // Text jsonb can't hold, and a service that isn't one, are refused naming the field.
    const broken = await failure(
      as(rivera).note.update({
        noteId,
        version: note.version,
        kind: "visit",
        content: { ...note.content, plan: "a\ud800b" },
      }),
    );
    expect(broken.code).toBe("BAD_REQUEST");
    expect(Object.keys(broken.fieldErrors ?? {})).toEqual(["content.plan"]);
    const unknownService = JSON.parse('{"dancing": 3}') as typeof note.content.minutes.byService;
    const unknown = await failure(
      as(rivera).note.update({
        noteId,
        version: note.version,
        kind: "visit",
        content: {
          ...note.content,
          minutes: { ...note.content.minutes, byService: unknownService },
        },
      }),
    );
    expect(unknown.code).toBe("BAD_REQUEST");
    const draft = await failure(
      as(rivera).note.addendum({ noteId, reason: "Late entry", body: "Text" }),
    );
    expect(draft.message).toContain("Edit the draft instead");
    // Only the author edits; an admin reads but never writes.
    expect(
      (await failure(as(chen).note.sign({ noteId, version: note.version, attestation: true })))
        .code,
    ).toBe("FORBIDDEN");
    expect(
      (await failure(as(admin).note.draftFromSession({ appointmentId, childId: ids.sofia }))).code,
    ).toBe("FORBIDDEN");
  });
});

describe("the progress report", () => {
  it("must be written before the 10th visit since the last one is signed", async () => {
    clock = new Date();
    const childId = await insertChild(db, {
      clinicId: ids.clinic,
      firstName: "Theo",
      lastName: "Tenvisits",
      dateOfBirth: "2020-05-05",
      primaryTherapistId: rivera.actor.userId,
    });
    await setChildTherapists(db, childId, rivera.actor.userId, []);
    const dayOf = (n: number) => new Date(Date.parse("2026-02-02T16:13:00Z") + n * DAY);
    for (let visit = 1; visit <= 9; visit++) await visitNote(childId, rivera, dayOf(visit));
    const tenth = await visitNote(childId, rivera, dayOf(10), false);
    const refused = await failure(
      as(rivera).note.sign({ noteId: tenth.noteId, version: tenth.version, attestation: true }),
    );
    expect(refused.code).toBe("UNPROCESSABLE_CONTENT");
    expect(refused.message).toContain(
      "Write the progress report first: this is visit 10 since the last one",
    );
    expect(refused.fieldErrors).toHaveProperty("progressReport");

    await db.insert(clinicalNotes).values({
      clinicId: ids.clinic,
      childId,
      kind: "progress_report",
      authorId: rivera.actor.userId,
      serviceOn: localDateOf(dayOf(9), "America/Chicago"),
      content: {
        periodFrom: "2026-02-03",
        periodTo: "2026-02-11",
        summary: "Steady progress.",
        goalProgress: [],
        recommendations: "",
        familySummary: "Theo is doing well.",
        dischargeReason: null,
      },
      signedAt: new Date(),
      signedById: rivera.actor.userId,
      attestation: "I attest that this note is accurate and complete.",
    });
    expect(
      (
        await as(rivera).note.sign({
          noteId: tenth.noteId,
          version: tenth.version,
          attestation: true,
        })
      ).state,
    ).toBe("signed");
  });
});

describe("an OT assistant's note", () => {
  it("lets the supervising OT read, never change, the chart of a child only their assistant treats, and co-sign there", async () => {
    clock = new Date();
    const supervised = (supervisorId: string | null) =>
      db
        .update(memberships)
        .set({ credential: supervisorId ? "ota" : null, supervisorId })
        .where(
          and(eq(memberships.userId, chen.actor.userId), eq(memberships.clinicId, ids.clinic)),
        );
    // Eli is Mei Chen's alone: Alex Rivera does not see him until Chen is her assistant.
    expect((await failure(as(rivera).child.get({ childId: ids.eli }))).code).toBe("NOT_FOUND");
    await supervised(rivera.actor.userId);
    try {
      const { noteId } = await visitNote(ids.eli, chen, new Date("2026-03-11T15:00:00Z"));
      const eli = { childId: ids.eli };
      expect(await as(rivera).child.get(eli)).toMatchObject({ firstName: "Eli", canManage: false });
      for (const read of [
        () => as(rivera).goal.list(eli),
        () => as(rivera).diagnosis.list(eli),
        () => as(rivera).note.list(eli),
        () => as(rivera).consent.list(eli),
        () => as(rivera).documentation.due(eli),
      ])
        await read();
      const goal = {
        ...eli,
        term: "long" as const,
        statement: { who: "Eli", does: "zip his coat", howWell: "alone", byWhen: "in 8 weeks" },
        familyWording: "Zip his coat alone",
      };
      const refused = await failure(as(rivera).goal.create(goal));
      expect(refused.code).toBe("FORBIDDEN");
      expect(refused.message).toMatch(/child's therapists/);
      // The home program and the sessions stay with the child's own therapists.
      expect((await failure(as(rivera).program.get(eli))).code).toBe("NOT_FOUND");
      clock = new Date(+clock + MINUTE);
      expect(await as(rivera).note.cosign({ noteId })).toEqual({ cosignedAt: clock });
    } finally {
      await supervised(null);
    }
    expect((await failure(as(rivera).goal.list({ childId: ids.eli }))).code).toBe("NOT_FOUND");
  });

  it("waits for the supervising OT's co-signature, which nobody else can give", async () => {
    clock = new Date();
    await db
      .update(memberships)
      .set({ credential: "ota", supervisorId: rivera.actor.userId })
      .where(and(eq(memberships.userId, chen.actor.userId), eq(memberships.clinicId, ids.clinic)));
    try {
      const { noteId } = await visitNote(ids.sofia, chen, new Date("2026-03-10T17:11:00Z"));
      const signed = await as(chen).note.get({ noteId });
      expect(signed).toMatchObject({
        state: "awaiting_cosign",
        cosignature: { cosignerName: "Alex Rivera", cosignedAt: null },
      });
      expect(
        (await as(rivera).note.list({ childId: ids.sofia })).find((n) => n.id === noteId),
      ).toMatchObject({ state: "awaiting_cosign" });
      const waiting = async (session: Session) =>
        (await as(session).note.awaitingCosign()).filter((n) => n.id === noteId);
      expect(await waiting(rivera)).toEqual([
        {
          id: noteId,
          kind: "visit",
          childId: ids.sofia,
          childName: "Sofia Garcia",
          serviceOn: "2026-03-10",
          authorName: "Mei Chen",
          signedAt: expect.any(Date) as Date,
        },
      ]);
      expect(await waiting(chen)).toEqual([]);
      expect(await waiting(admin)).toEqual([]);
      expect((await failure(as(chen).note.cosign({ noteId }))).code).toBe("FORBIDDEN");
      expect((await failure(as(admin).note.cosign({ noteId }))).code).toBe("FORBIDDEN");
      clock = new Date(+clock + MINUTE);
      expect(await as(rivera).note.cosign({ noteId })).toEqual({ cosignedAt: clock });
      expect(await waiting(rivera)).toEqual([]);
      expect(await as(rivera).note.get({ noteId })).toMatchObject({
        state: "signed",
        cosignature: { cosignerName: "Alex Rivera", cosignedAt: clock },
      });
      expect((await failure(as(rivera).note.cosign({ noteId }))).code).toBe("CONFLICT");
    } finally {
      await db
        .update(memberships)
        .set({ credential: null, supervisorId: null })
        .where(eq(memberships.userId, chen.actor.userId));
    }
  });
});
