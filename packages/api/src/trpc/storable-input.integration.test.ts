import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { children, guardianLinks } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { HEAVY_WORK } from "../testing/activities";
import { callerFor, formatForClient, signInAs, testDeps, testMeta } from "../testing/test-context";

const { db } = await useTestDatabase();

type Session = AuthSession;
let rivera: Session;
let admin: Session;
let mayaId: string;

beforeAll(async () => {
  rivera = await signInAs(testDeps(db), "ot.rivera@maplegrove.test");
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  const [maya] = await db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.firstName, "Maya"), eq(children.lastName, "Johnson")));
  if (!maya) throw new Error("Maya is not seeded");
  mayaId = maya.id;
});

/** What the client is told, which must be a 400. */
async function refusal(call: Promise<unknown>, session: Session) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const wire = formatForClient(error, {
    ...testDeps(db),
    meta: testMeta(),
    session,
  });
  expect(wire.data.httpStatus).toBe(400);
  return wire;
}

const YEARS_POSTGRESQL_CANNOT_HOLD = [
  new Date("0000-01-01T00:00:00Z"),
  new Date("+010000-01-01T00:00:00Z"),
  new Date("+275760-09-13T00:00:00Z"),
];

describe("inputs PostgreSQL cannot hold answer 400 naming the field, never 500", () => {
  it("booking.list, availability.slots and audit.list with dates in year 0, 10000 or 275760", async () => {
    const staff = callerFor(testDeps(db), rivera);
    const clinic = callerFor(testDeps(db), admin);
    const { sessionTypeId } = await db.query.sessionTypes
      .findFirst({ where: (t, { eq: is }) => is(t.clinicId, rivera.actor.clinicId) })
      .then((t) => ({ sessionTypeId: t?.id ?? "" }));
    for (const at of YEARS_POSTGRESQL_CANNOT_HOLD) {
      const now = new Date();
      expect((await refusal(staff.booking.list({ from: at, to: now }), rivera)).data.field).toBe(
        "from",
      );
      expect(
        (
          await refusal(
            staff.availability.slots({
              therapistId: rivera.actor.userId,
              sessionTypeId,
              from: now,
              to: at,
            }),
            rivera,
          )
        ).data.field,
      ).toBe("to");
      expect((await refusal(clinic.audit.list({ from: at }), admin)).data.field).toBe("from");
    }
  });

  it("practice.list and program.update with a calendar date in year 0", async () => {
    const staff = callerFor(testDeps(db), rivera);
    const wire = await refusal(
      staff.practice.list({ childId: mayaId, from: "0000-01-01", to: "2027-01-01" }),
      rivera,
    );
    expect(wire.data.field).toBe("from");
    const { program } = await staff.program.get({ childId: mayaId });
    if (!program) throw new Error("Maya has no program");
    const start = await refusal(
      staff.program.update({
        childId: mayaId,
        expectedVersion: program.version,
        startDate: "0000-01-01",
      }),
      rivera,
    );
    expect(start.data.field).toBe("startDate");
  });

  it("program.update and activity.update with a version beyond PostgreSQL's integer", async () => {
    const staff = callerFor(testDeps(db), rivera);
    const { program } = await staff.program.get({ childId: mayaId });
    const activity = program?.activities[0];
    if (!program || !activity) throw new Error("Maya has no program");
    const tooBig = 2_147_483_648;
    const programWire = await refusal(
      staff.program.update({ childId: mayaId, expectedVersion: tooBig, minutesPerDay: 10 }),
      rivera,
    );
    expect(programWire.data.field).toBe("expectedVersion");
    const activityWire = await refusal(
      staff.activity.update({ activityId: activity.id, expectedVersion: tooBig, status: "paused" }),
      rivera,
    );
    expect(activityWire.data.field).toBe("expectedVersion");
  });

  it("audit.list with a NUL character in a filter", async () => {
    const clinic = callerFor(testDeps(db), admin);
    const wire = await refusal(clinic.audit.list({ action: "child.\u0000read" }), admin);
    expect(wire.data.field).toBe("action");
    expect(wire.message).not.toMatch(/0x00|invalid byte sequence|UTF8/i);
  });

  it("child.updateGuardian with nothing to change", async () => {
    const [link] = await db
      .select({ guardianId: guardianLinks.guardianId })
      .from(guardianLinks)
      .where(eq(guardianLinks.childId, mayaId));
    if (!link) throw new Error("Maya has no guardian");
    const wire = await refusal(
      callerFor(testDeps(db), admin).child.updateGuardian({
        childId: mayaId,
        guardianId: link.guardianId,
      }),
      admin,
    );
    expect(wire.data.field).toBe("relationship");
    expect(wire.data.fieldErrors?.relationship).toBe(
      "Say what to change: the relationship or a permission",
    );
  });
});

const ANY_ID = "7b0d1d4e-5c37-4a53-9a55-0f4c1e0e6a11";

/** Inputs the every-procedure suite found reaching PostgreSQL; each must be refused by its contract. */
const FOUND_BY_THE_SUITE: [string, (clinic: Caller, family: Caller) => Promise<unknown>, string][] =
  [
    [
      "child.create with a NUL in the first name",
      (clinic) =>
        clinic.child.create({
          firstName: "Maya\u0000",
          lastName: "Johnson",
          dateOfBirth: "2020-01-01",
          primaryTherapistId: null,
        }),
      "firstName",
    ],
    [
      "program.observe with a NUL in the note",
      (clinic) => clinic.program.observe({ childId: mayaId, text: "calmer\u0000" }),
      "text",
    ],
    [
      "program.update with a NUL in a goal's id",
      (clinic) =>
        clinic.program.update({
          childId: mayaId,
          expectedVersion: 1,
          goals: [{ id: "g\u0000", familyWords: "Buttons", clinicalWording: "Fine motor" }],
        }),
      "goals.0.id",
    ],
    [
      "template.create with a NUL in the summary",
      (clinic) =>
        clinic.template.create({
          activity: { ...HEAVY_WORK, content: { ...HEAVY_WORK.content, summary: "Push\u0000" } },
        }),
      "activity.content.summary",
    ],
    [
      "liveSession.note with a NUL",
      (clinic) => clinic.liveSession.note({ appointmentId: ANY_ID, text: "ok\u0000" }),
      "text",
    ],
    [
      "booking.create with a NUL in the retry key",
      (_, family) =>
        family.booking.create({
          childId: mayaId,
          therapistId: ANY_ID,
          sessionTypeId: ANY_ID,
          start: new Date("2030-01-07T15:00:00Z"),
          idempotencyKey: "retry-key\u0000",
        }),
      "idempotencyKey",
    ],
    [
      "practice.log with a NUL in the note",
      (_, family) =>
        family.practice.log({
          childId: mayaId,
          activityId: ANY_ID,
          clientKey: "practice-key-1",
          practisedOn: "2027-01-18",
          entry: { kind: "routine_practice", minutes: 10 },
          note: "tired\u0000",
        }),
      "note",
    ],
    [
      "progression.accept with a version beyond PostgreSQL's integer",
      (clinic) => clinic.progression.accept({ activityId: ANY_ID, expectedVersion: 2_147_483_648 }),
      "expectedVersion",
    ],
    [
      "series.create starting in year 0",
      (_, family) =>
        family.series.create({
          childId: mayaId,
          therapistId: ANY_ID,
          sessionTypeId: ANY_ID,
          firstDate: "0000-01-03",
          time: "16:00",
          intervalWeeks: 1,
          weekdays: [1],
          count: 2,
        }),
      "firstDate",
    ],
    [
      "booking.reschedule to year 275760",
      (_, family) =>
        family.booking.reschedule({
          appointmentId: ANY_ID,
          start: new Date("+275760-09-13T00:00:00Z"),
        }),
      "start",
    ],
  ];

type Caller = ReturnType<typeof callerFor>;

describe("free text without NUL, versions and dates PostgreSQL can hold, in every contract", () => {
  it.each(FOUND_BY_THE_SUITE)("%s answers 400 naming the field", async (_, send, field) => {
    const guardian = await signInAs(testDeps(db), "parent.johnson@maplegrove.test");
    const wire = await refusal(
      send(callerFor(testDeps(db), admin), callerFor(testDeps(db), guardian)),
      admin,
    );
    expect(wire.data.field).toBe(field);
  });
});

describe("updates with nothing to change", () => {
  it("program.update and activity.update with only the version answer 400 naming a field", async () => {
    const staff = callerFor(testDeps(db), rivera);
    const { program } = await staff.program.get({ childId: mayaId });
    const activity = program?.activities[0];
    if (!program || !activity) throw new Error("Maya has no program");
    const programWire = await refusal(
      staff.program.update({ childId: mayaId, expectedVersion: program.version }),
      rivera,
    );
    expect(programWire.data.fieldErrors?.goals).toBe("Say what to change in the program");
    const activityWire = await refusal(
      staff.activity.update({ activityId: activity.id, expectedVersion: activity.version }),
      rivera,
    );
    expect(activityWire.data.field).toBe("content");
  });
});
