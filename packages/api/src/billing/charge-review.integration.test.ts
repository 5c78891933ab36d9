import { beforeAll, describe, expect, it } from "vitest";

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
