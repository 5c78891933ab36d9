import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import {
  appointmentParticipants,
  children,
  clinicalNotes,
  sessionTypes,
} from "@carryover/db/schema";
import { insertSession } from "@carryover/db/testing/insert-session";
import { useTestDatabase } from "@carryover/db/testing/vitest";
import { CLINICIAN_EDITS } from "@carryover/domain/billing";

import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, signInAs, testDeps } from "../testing/test-context";

const { db } = await useTestDatabase();
const as = (session: AuthSession) => callerFor(testDeps(db), session);
let admin: AuthSession;
let rivera: AuthSession;
let chen: AuthSession;

beforeAll(async () => {
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  rivera = await signInAs(testDeps(db), "ot.rivera@maplegrove.test");
  chen = await signInAs(testDeps(db), "ot.chen@maplegrove.test");
});

describe("charge.blockingNotes", () => {
  it("shows each therapist the notes whose claims wait on them, and the admin the clinic's", async () => {
    const clinic = await as(admin).charge.blockingNotes();
    const riveras = await as(rivera).charge.blockingNotes();
    const chens = await as(chen).charge.blockingNotes();
    expect(clinic.length).toBeGreaterThan(0);
    // Only what the clinician fixes; never the coverage's problems (an authorization, a member id).
    for (const note of clinic)
      for (const finding of note.findings) expect(CLINICIAN_EDITS).toContain(finding.edit);
    // Eli's notes are Mei Chen's; the one she signed waits for Alex Rivera's co-signature.
    expect(new Set(chens.map((n) => n.childName))).toEqual(new Set(["Eli Johnson"]));
    const awaiting = riveras.filter((n) => n.findings.some((f) => f.edit === "note_unsigned"));
    expect(awaiting.map((n) => n.childName)).toEqual(["Eli Johnson"]);
    expect(riveras.some((n) => n.childName === "Maya Johnson")).toBe(true);
    const ids = (list: { noteId: string }[]) => list.map((n) => n.noteId).sort();
    expect(ids(clinic)).toEqual(expect.arrayContaining([...ids(riveras), ...ids(chens)]));
    // Oldest visit first: the payer's filing limit runs from it.
    expect(clinic.map((n) => n.serviceOn)).toEqual([...clinic.map((n) => n.serviceOn)].sort());
    expect(JSON.stringify(riveras)).not.toMatch(/cents|memberId/i);
  });
});

describe("charge.list", () => {
  it("lists the clinic's charges of signed visits with their claim, and who is billed", async () => {
    const charges = await as(admin).charge.list();
    expect(charges.length).toBeGreaterThan(10);
    for (const charge of charges) {
      expect(charge.totalCents).toBe(charge.lines.reduce((sum, line) => sum + line.cents, 0));
      expect(charge.billedTo === "payer").toBe(charge.claimId !== null);
    }
    expect(charges.map((c) => c.serviceOn)).toEqual(
      [...charges.map((c) => c.serviceOn)].sort().reverse(),
    );
    const later = await as(admin).charge.list({ since: "2199-01-01" });
    expect(later).toEqual([]);
  });
});

describe("charge.visitsNotBilled", () => {
  const DAY = 86_400_000;
  /** A 45-minute session of Alex Rivera's with Sofia, ending `daysAgo` days ago. */
  const sessionOfSofia = async (
    daysAgo: number,
    status: "scheduled" | "cancelled" = "scheduled",
  ) => {
    const [sofia] = await db.select().from(children).where(eq(children.firstName, "Sofia"));
    const [type] = await db
      .select({ id: sessionTypes.id })
      .from(sessionTypes)
      .where(eq(sessionTypes.clinicId, admin.actor.clinicId));
    const { id } = await insertSession(db, {
      clinicId: admin.actor.clinicId,
      therapistId: rivera.actor.userId,
      sessionTypeId: type?.id ?? "",
      startsAt: new Date(Math.floor((Date.now() - daysAgo * DAY) / 60_000) * 60_000 - 45 * 60_000),
      modality: "telehealth",
      status,
      childIds: [sofia?.id ?? ""],
    });
    return { appointmentId: id, childId: sofia?.id ?? "" };
  };
  const reasonOf = async (appointmentId: string) =>
    (await as(admin).charge.visitsNotBilled()).visits.find((v) => v.appointmentId === appointmentId)
      ?.reason ?? "billed or not listed";

  it("lists a visit given and billed nowhere until its note is signed, and only the clinic's", async () => {
    const visit = await sessionOfSofia(2);
    expect(await reasonOf(visit.appointmentId)).toBe("no_note");

    const [note] = await db
      .insert(clinicalNotes)
      .values({
        clinicId: admin.actor.clinicId,
        childId: visit.childId,
        kind: "visit",
        appointmentId: visit.appointmentId,
        authorId: rivera.actor.userId,
        serviceOn: new Date(Date.now() - 2 * DAY).toISOString().slice(0, 10),
        content: {} as never,
      })
      .returning({ id: clinicalNotes.id });
    expect(await reasonOf(visit.appointmentId)).toBe("note_unsigned");

    await db
      .update(clinicalNotes)
      .set({ signedAt: new Date(), signedById: rivera.actor.userId })
      .where(eq(clinicalNotes.id, note?.id ?? ""));
    expect(await reasonOf(visit.appointmentId)).toBe("billed or not listed");

    // A note written without a session, not signed yet: billed nowhere either.
    const [written] = await db
      .insert(clinicalNotes)
      .values({
        clinicId: admin.actor.clinicId,
        childId: visit.childId,
        kind: "visit",
        authorId: rivera.actor.userId,
        serviceOn: new Date(Date.now() - DAY).toISOString().slice(0, 10),
        content: {} as never,
      })
      .returning({ id: clinicalNotes.id });
    const { visits } = await as(admin).charge.visitsNotBilled();
    expect(visits.find((v) => v.noteId === written?.id)).toMatchObject({
      appointmentId: null,
      childName: "Sofia Garcia",
      therapistName: "Alex Rivera",
      reason: "note_unsigned",
    });

    const harbor = await signInAs(testDeps(db), "admin@harborkids.test");
    const harbors = await as(harbor).charge.visitsNotBilled();
    expect(harbors.visits.map((v) => v.childName)).not.toContain("Sofia Garcia");
  });

  it("leaves out a cancelled session, a no-show, one not over yet and one older than 90 days", async () => {
    const cancelled = await sessionOfSofia(3, "cancelled");
    const noShow = await sessionOfSofia(4);
    await db
      .update(appointmentParticipants)
      .set({ noShow: true })
      .where(
        and(
          eq(appointmentParticipants.appointmentId, noShow.appointmentId),
          eq(appointmentParticipants.childId, noShow.childId),
        ),
      );
    const ahead = await sessionOfSofia(-1);
    const old = await sessionOfSofia(91);
    const answer = await as(admin).charge.visitsNotBilled();
    const listed = answer.visits.map((v) => v.appointmentId);
    for (const session of [cancelled, noShow, ahead, old])
      expect(listed).not.toContain(session.appointmentId);
    expect(answer.total).toBeGreaterThanOrEqual(answer.visits.length);
    expect(answer.visits.map((v) => +v.at)).toEqual(
      [...answer.visits.map((v) => +v.at)].sort((a, b) => b - a),
    );
  });

  it("finds nothing for a therapist or a family", async () => {
    for (const session of [rivera, await signInAs(testDeps(db), "parent.garcia@maplegrove.test")])
      await expect(as(session).charge.visitsNotBilled()).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
  });
});
