import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import {
  hasCaregiverTrainingConsent,
  insertChild,
  setChildTherapists,
  upsertGuardianLink,
} from "@carryover/db/queries";
import { auditEvents, clinics, documents, forms, sessionTypes } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { refusalOf } from "../testing/refusal";
import { callerFor, signInAs, testDeps } from "../testing/test-context";

const { db } = await useTestDatabase();
const deps = testDeps(db);

let rivera: AuthSession;
let johnson: AuthSession;
let garcia: AuthSession;
let harbor: AuthSession;

const as = (session: AuthSession) => callerFor(deps, session);
const failure = (call: Promise<unknown>) => refusalOf(call, deps);

const TELEHEALTH = "I consent to telehealth occupational therapy for my child";
const signing = { consentToSignElectronically: true as const, signerName: "Jordan Johnson" };

let children = 0;
/** A child of the Johnsons whose therapist is Alex Rivera, with no forms yet. */
async function newChild() {
  const childId = await insertChild(db, {
    clinicId: rivera.actor.clinicId,
    firstName: `Form${++children}`,
    lastName: "Johnson",
    dateOfBirth: "2019-03-03",
    primaryTherapistId: rivera.actor.userId,
  });
  await setChildTherapists(db, childId, rivera.actor.userId, []);
  await upsertGuardianLink(db, {
    childId,
    guardianId: johnson.actor.userId,
    relationship: "parent",
  });
  return childId;
}

/** Sends the clinic's standard form of this key to the child; its id. */
async function send(childId: string, key: string) {
  const templates = await as(rivera).form.templates();
  const template = templates.find((t) => t.key === key);
  if (!template) throw new Error(`no ${key} template`);
  const [sent] = await as(rivera).form.send({ childId, templateIds: [template.id] });
  if (!sent) throw new Error("nothing sent");
  return sent.id;
}

beforeAll(async () => {
  rivera = await signInAs(deps, "ot.rivera@maplegrove.test");
  johnson = await signInAs(deps, "parent.johnson@maplegrove.test");
  garcia = await signInAs(deps, "parent.garcia@maplegrove.test");
  harbor = await signInAs(deps, "admin@harborkids.test");
});

describe("signing a form", () => {
  it("refuses with 422 naming the required field left empty", async () => {
    const formId = await send(await newChild(), "intake");
    const refusal = await failure(
      as(johnson).form.sign({ formId, answers: { hopes: "Dress herself" }, ...signing }),
    );
    expect(refusal).toMatchObject({
      code: "UNPROCESSABLE_CONTENT",
      field: "answers.concerns",
      message: 'Answer "What worries you most, or made you look for therapy?" before signing.',
    });
  });

  it("keeps the PDF in the child's documents with the hash of its exact bytes", async () => {
    const childId = await newChild();
    const formId = await send(childId, "telehealth_consent");
    const signed = await as(johnson).form.sign({
      formId,
      answers: { agree: [TELEHEALTH] },
      ...signing,
    });
    const [document] = await db.select().from(documents).where(eq(documents.id, signed.documentId));
    if (!document) throw new Error("no document kept");
    const read = await deps.storage.read(document.storageKey);
    const chunks: Buffer[] = [];
    for await (const chunk of read.body) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(signed.documentHash);
    expect(document).toMatchObject({ childId, category: "signed_form", sharedWithFamily: true });
    const form = await as(rivera).form.get({ formId });
    expect(form).toMatchObject({
      status: "signed",
      documentId: signed.documentId,
      signature: { signerName: "Jordan Johnson", documentHash: signed.documentHash },
    });
  });

  it("cannot change once signed: save and sign refuse, and the database refuses a direct update", async () => {
    const formId = await send(await newChild(), "telehealth_consent");
    const answers = { agree: [TELEHEALTH] };
    await as(johnson).form.sign({ formId, answers, ...signing });
    expect(await failure(as(johnson).form.save({ formId, answers: {} }))).toMatchObject({
      code: "CONFLICT",
    });
    expect(await failure(as(johnson).form.sign({ formId, answers, ...signing }))).toMatchObject({
      code: "CONFLICT",
    });
    const direct = await db
      .update(forms)
      .set({ answers: { agree: [] } })
      .where(eq(forms.id, formId))
      .then(
        () => null,
        (error: unknown) => error as { cause?: { message?: string } },
      );
    expect(direct?.cause?.message).toBe("a signed form never changes: send a new version");
    const next = await as(rivera).form.newVersion({ formId });
    const fresh = await as(johnson).form.get({ formId: next.id });
    expect(fresh).toMatchObject({
      status: "not_started",
      replacesId: formId,
      answers,
      canFill: true,
    });
  });

  it("records the telehealth consent the checks look for, and caregiver training's likewise", async () => {
    const childId = await newChild();
    const telehealth = await send(childId, "telehealth_consent");
    await as(johnson).form.sign({
      formId: telehealth,
      answers: { agree: [TELEHEALTH] },
      ...signing,
    });
    const consents = await as(rivera).consent.list({ childId });
    expect(consents).toMatchObject([
      {
        kind: "telehealth",
        givenByName: "Jordan Johnson",
        givenByGuardianId: johnson.actor.userId,
      },
    ]);
    const training = await send(childId, "caregiver_training_consent");
    const today = new Date().toISOString().slice(0, 10);
    expect(await hasCaregiverTrainingConsent(db, childId, "2100-01-01")).toBe(false);
    await as(johnson).form.sign({
      formId: training,
      answers: {
        agree: [
          "I consent to caregiver-training sessions, including sessions without my child present",
        ],
      },
      ...signing,
    });
    expect(
      await hasCaregiverTrainingConsent(db, childId, `${Number(today.slice(0, 4)) + 1}-01-01`),
    ).toBe(true);
  });
});

describe("answers", () => {
  it("keeps HTML as text exactly as typed, and names an answer over its length limit", async () => {
    const formId = await send(await newChild(), "intake");
    const html = '<img src=x onerror="alert(1)"><b>Mornings</b>';
    await as(johnson).form.save({ formId, answers: { concerns: html } });
    expect((await as(rivera).form.get({ formId })).answers).toEqual({ concerns: html });
    expect(
      await failure(as(johnson).form.save({ formId, answers: { school_name: "x".repeat(501) } })),
    ).toMatchObject({ code: "BAD_REQUEST", field: "answers.school_name" });
  });

  it("resumes where the family left: saved answers come back, audited", async () => {
    const childId = await newChild();
    const formId = await send(childId, "intake");
    await as(johnson).form.save({ formId, answers: { concerns: "Buttons", routine_wake: "7:00" } });
    const form = await as(johnson).form.get({ formId });
    expect(form).toMatchObject({ status: "in_progress", answers: { concerns: "Buttons" } });
    const actions = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(sql`${auditEvents.entityId} = ${childId} and ${auditEvents.action} like 'form.%'`);
    expect(actions.map((a) => a.action).sort()).toEqual(["form.read", "form.save", "form.send"]);
  });
});

describe("outstanding forms", () => {
  it("gives a guardian the forms to sign across their children in one call", async () => {
    const [first, second] = [await newChild(), await newChild()];
    const a = await send(first, "intake");
    const b = await send(second, "photo_video_consent");
    const outstanding = (await as(johnson).form.outstanding()).map((f) => f.id);
    expect(outstanding).toEqual(expect.arrayContaining([a, b]));
    expect((await as(garcia).form.outstanding()).map((f) => f.id)).not.toContain(a);
  });
});

describe("another family's or clinic's form", () => {
  it("is not found for every form procedure", async () => {
    const formId = await send(await newChild(), "telehealth_consent");
    const answers = { agree: [TELEHEALTH] };
    for (const stranger of [garcia, harbor]) {
      const caller = as(stranger);
      const calls: (() => Promise<unknown>)[] = [
        () => caller.form.get({ formId }),
        () => caller.form.save({ formId, answers }),
        () => caller.form.sign({ formId, answers, ...signing }),
      ];
      if (stranger === harbor) calls.push(() => caller.form.newVersion({ formId }));
      for (const call of calls) expect(await failure(call())).toMatchObject({ code: "NOT_FOUND" });
    }
  });
});

describe("the intake", () => {
  it("fills the draft evaluation's empty history, never what the therapist wrote, and offers its routine times", async () => {
    const childId = await newChild();
    const formId = await send(childId, "intake");
    const { noteId } = await as(rivera).evaluation.create({
      childId,
      kind: "evaluation",
      serviceOn: "2026-01-05",
    });
    await db.execute(
      sql`update clinical_notes set content = jsonb_set(content, '{familyPriorities}', '"Her words, by the OT"') where id = ${noteId}`,
    );
    await as(johnson).form.sign({
      formId,
      answers: {
        concerns: "Buttons",
        hopes: "Dress herself",
        milestone_walked: "15 months",
        routine_bedtime: "7:45 pm",
      },
      ...signing,
    });
    const [note] = await db.execute<{ content: { history: string; familyPriorities: string } }>(
      sql`select content from clinical_notes where id = ${noteId}`,
    );
    expect(note?.content.history).toContain("Walked on their own (age): 15 months");
    expect(note?.content.familyPriorities).toBe("Her words, by the OT");
    expect(await as(rivera).form.intakeRoutines({ childId })).toEqual({ bedtime: "19:45" });
  });
});

describe("booking a child's first evaluation", () => {
  it("sends the forms the clinic chose, and none for a later evaluation", async () => {
    const { clinicId, userId } = rivera.actor;
    await db
      .update(clinics)
      .set({
        settings: sql`${clinics.settings} || '{"forms":{"sendOnFirstEvaluation":["intake","telehealth_consent"]}}'::jsonb`,
      })
      .where(eq(clinics.id, clinicId));
    const [evaluation] = await db
      .select({ id: sessionTypes.id })
      .from(sessionTypes)
      .where(and(eq(sessionTypes.clinicId, clinicId), eq(sessionTypes.kind, "evaluation")));
    if (!evaluation) throw new Error("no evaluation session type");
    const childId = await newChild();
    // Wednesday noon in Chicago; the evaluations on the next two Mondays at 08:00.
    const booking = callerFor(
      testDeps(db, () => new Date("2027-01-06T18:00:00Z")),
      rivera,
    ).booking;
    const book = (start: string, key: string) =>
      booking.create({
        childId,
        therapistId: userId,
        sessionTypeId: evaluation.id,
        start: new Date(start),
        childLocationState: "IL",
        idempotencyKey: key,
      });
    await book("2027-01-11T14:00:00Z", "first-evaluation");
    const titles = async () => (await as(rivera).form.list({ childId })).map((f) => f.title).sort();
    expect(await titles()).toEqual(["New family intake", "Telehealth consent"]);
    await book("2027-01-18T14:00:00Z", "second-evaluation");
    expect(await titles()).toHaveLength(2);
  });
});
