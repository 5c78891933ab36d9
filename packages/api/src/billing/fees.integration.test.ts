import { TRPCError } from "@trpc/server";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import {
  appointmentParticipants,
  appointments,
  auditEvents,
  children,
  clinics,
  ledgerEntries,
  sessionTypes,
} from "@carryover/db/schema";
import { insertSession } from "@carryover/db/testing/insert-session";
import { useTestDatabase } from "@carryover/db/testing/vitest";
import { addDays, localDateOf } from "@carryover/domain/scheduling";

import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, signInAs, testDeps, testMeta } from "../testing/test-context";
import { chargeMissedSessionFee } from "./charge-missed-session-fee";

const { db } = await useTestDatabase();

const HOUR = 3_600_000;
const now = new Date("2027-02-10T18:00:00Z"); // a Wednesday, noon in Chicago
const CHICAGO = "America/Chicago";
const as = (session: AuthSession) =>
  callerFor(
    testDeps(db, () => now),
    session,
  );

let admin: AuthSession;
let biller: AuthSession;
let johnson: AuthSession;
let harbor: AuthSession;
let riveraId = "";
let maple = "";
const kids: Record<"Maya" | "Eli" | "Sofia", string> = { Maya: "", Eli: "", Sofia: "" };
const types: Record<"coaching" | "evaluation" | "group", string> = {
  coaching: "",
  evaluation: "",
  group: "",
};
let harborTypeId = "";
/** Each session an hour further from now than the last, so none overlap on Alex Rivera's calendar. */
let hour = 0;

async function outcome<T>(work: Promise<T>) {
  try {
    return { ok: await work };
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
}

/** A session with Alex Rivera, `fromNow` away (negative: already started), the children seated. */
async function session(
  fromNow: number,
  type: keyof typeof types,
  childNames: (keyof typeof kids)[],
) {
  const { id } = await insertSession(db, {
    clinicId: maple,
    therapistId: riveraId,
    sessionTypeId: types[type],
    startsAt: new Date(+now + fromNow + Math.sign(fromNow) * hour++ * HOUR),
    modality: "telehealth",
    capacity: type === "group" ? 6 : 1,
    cancellationWindowHours: 24,
    childIds: childNames.map((name) => kids[name]),
  });
  return id;
}

/** Five hours from now (and up to a dozen more): inside a 24-hour cancellation window. */
const insideWindow = () => 5 * HOUR;

const feesOf = (appointmentId: string) =>
  db
    .select()
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.appointmentId, appointmentId), eq(ledgerEntries.kind, "fee")));

const familyBalance = async (childId: string) =>
  (
    await db
      .select({ cents: sql<number>`coalesce(sum(${ledgerEntries.cents}), 0)::int` })
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.childId, childId), eq(ledgerEntries.party, "family")))
  )[0]?.cents ?? 0;

beforeAll(async () => {
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  biller = await signInAs(testDeps(db), "billing@maplegrove.test");
  johnson = await signInAs(testDeps(db), "parent.johnson@maplegrove.test");
  harbor = await signInAs(testDeps(db), "admin@harborkids.test");
  riveraId = (await signInAs(testDeps(db), "ot.rivera@maplegrove.test")).actor.userId;
  maple = admin.actor.clinicId;
  for (const name of ["Maya", "Eli", "Sofia"] as const) {
    const [row] = await db
      .select({ id: children.id })
      .from(children)
      .where(and(eq(children.clinicId, maple), eq(children.firstName, name)));
    kids[name] = row?.id ?? "";
  }
  for (const kind of ["coaching", "evaluation", "group"] as const) {
    const [row] = await db
      .select({ id: sessionTypes.id })
      .from(sessionTypes)
      .where(and(eq(sessionTypes.clinicId, maple), eq(sessionTypes.kind, kind)));
    types[kind] = row?.id ?? "";
  }
  const [harborType] = await db
    .select({ id: sessionTypes.id })
    .from(sessionTypes)
    .innerJoin(clinics, eq(clinics.id, sessionTypes.clinicId))
    .where(eq(clinics.name, "Harbor Kids OT"));
  harborTypeId = harborType?.id ?? "";
});

describe("the demo's fees", () => {
  it("charges $40 for a late cancellation and $50 for a no-show on Maple Grove's individual sessions", async () => {
    const { policies, sessionTypes: offered, canEdit } = await as(admin).feePolicy.get();
    const individual = offered.filter((t) => t.kind !== "group").map((t) => t.id);
    expect(canEdit).toBe(true);
    expect(policies.map(({ kind, amountCents }) => [kind, amountCents])).toEqual([
      ["late_cancel", 4_000],
      ["no_show", 5_000],
    ]);
    for (const policy of policies)
      expect([...policy.sessionTypeIds].sort()).toEqual(individual.sort());
    expect((await as(biller).feePolicy.get()).canEdit).toBe(false);
  });

  it("has one family's late cancellation of last week on its balance", async () => {
    const [fee] = await db
      .select()
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.childId, kids.Sofia), eq(ledgerEntries.kind, "fee")));
    expect(fee).toMatchObject({ party: "family", cents: 4_000 });
    expect(fee?.memo).toMatch(/^Late cancellation of the session on /);
    const today = localDateOf(new Date(), CHICAGO);
    expect(fee?.datedOn).toBe(addDays(today, -6));
  });
});

describe("a late cancellation", () => {
  it("charges the family's balance once, on the session's local day, audited, and says so", async () => {
    const appointmentId = await session(insideWindow(), "coaching", ["Maya"]);
    const before = await familyBalance(kids.Maya);
    expect(await as(johnson).booking.cancel({ appointmentId, reason: "Maya has a fever" })).toEqual(
      { late: true, feeCents: 4_000 },
    );
    const [fee, ...more] = await feesOf(appointmentId);
    expect(more).toEqual([]);
    expect(fee).toMatchObject({ childId: kids.Maya, party: "family", cents: 4_000 });
    const [booked] = await db.select().from(appointments).where(eq(appointments.id, appointmentId));
    expect(fee?.datedOn).toBe(localDateOf(booked?.startsAt ?? now, CHICAGO));
    expect(await familyBalance(kids.Maya)).toBe(before + 4_000);
    const audited = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "ledger.fee"), eq(auditEvents.entityId, kids.Maya)));
    expect(audited.length).toBeGreaterThan(0);

    // Whichever path comes next to the same session — a second charge, a no-show — posts nothing more.
    const ctx = { ...testDeps(db, () => now), meta: testMeta(), actor: admin.actor };
    expect(
      await db.transaction((tx) =>
        chargeMissedSessionFee(tx, ctx, { appointmentId, kind: "late_cancel" }),
      ),
    ).toBeNull();
    expect(await outcome(as(admin).booking.markNoShow({ appointmentId }))).toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    expect(await feesOf(appointmentId)).toHaveLength(1);
  });

  it("is charged once when two paths post it at the same moment", async () => {
    const appointmentId = await session(insideWindow(), "coaching", ["Eli"]);
    const ctx = { ...testDeps(db, () => now), meta: testMeta(), actor: johnson.actor };
    const charged = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        db.transaction((tx) =>
          chargeMissedSessionFee(tx, ctx, {
            appointmentId,
            kind: i % 2 === 0 ? "late_cancel" : "no_show",
          }),
        ),
      ),
    );
    expect(charged.filter((cents) => cents !== null)).toHaveLength(1);
    expect(await feesOf(appointmentId)).toHaveLength(1);
  });

  it("charges nothing for a session type outside the policy, or when the clinic cancels", async () => {
    await as(admin).feePolicy.update({
      kind: "late_cancel",
      amountCents: 4_000,
      sessionTypeIds: [types.coaching],
    });
    const evaluation = await session(insideWindow(), "evaluation", ["Maya"]);
    expect(await as(johnson).booking.cancel({ appointmentId: evaluation, reason: "Sick" })).toEqual(
      { late: true, feeCents: null },
    );
    expect(await feesOf(evaluation)).toEqual([]);
    const byClinic = await session(insideWindow(), "coaching", ["Maya"]);
    expect(
      await as(admin).booking.cancel({ appointmentId: byClinic, reason: "Therapist unwell" }),
    ).toEqual({ late: false, feeCents: null });
    expect(await feesOf(byClinic)).toEqual([]);
  });

  it("is the family's when staff record it for them: late, and charged", async () => {
    const appointmentId = await session(insideWindow(), "coaching", ["Maya"]);
    expect(
      await as(admin).booking.cancel({ appointmentId, reason: "Parent phoned", forFamily: true }),
    ).toEqual({ late: true, feeCents: 4_000 });
    expect(await feesOf(appointmentId)).toHaveLength(1);
  });

  it("charges each child of a late-cancelled series occurrence", async () => {
    const appointmentId = await session(insideWindow(), "coaching", ["Maya"]);
    const { seriesId } = (
      await db.execute<{ seriesId: string }>(sql`
        with s as (
          insert into appointment_series (clinic_id, therapist_id, rrule, time_zone)
          values (${maple}, ${riveraId}, 'FREQ=WEEKLY;COUNT=1', ${CHICAGO}) returning id)
        update appointments set series_id = (select id from s) where id = ${appointmentId}
        returning series_id as "seriesId"`)
    )[0] ?? { seriesId: "" };
    expect(seriesId).not.toBe("");
    const result = await as(johnson).series.cancel({ appointmentId, scope: "all", reason: "Away" });
    expect(result.cancelled).toMatchObject([{ appointmentId, late: true }]);
    expect(await feesOf(appointmentId)).toHaveLength(1);
  });
});

describe("a no-show", () => {
  it("charges each child still in the session once, and none for a child who left", async () => {
    await as(admin).feePolicy.update({
      kind: "no_show",
      amountCents: 5_000,
      sessionTypeIds: [types.coaching, types.group],
    });
    const group = await session(-HOUR, "group", ["Maya", "Sofia", "Eli"]);
    await db
      .update(appointmentParticipants)
      .set({ leftAt: new Date(+now - 2 * HOUR) })
      .where(
        and(
          eq(appointmentParticipants.appointmentId, group),
          eq(appointmentParticipants.childId, kids.Eli),
        ),
      );
    await as(admin).booking.markNoShow({ appointmentId: group });
    const fees = await feesOf(group);
    expect(fees.map((f) => f.childId).sort()).toEqual([kids.Maya, kids.Sofia].sort());
    expect(fees.every((f) => f.cents === 5_000 && f.memo?.startsWith("No-show for"))).toBe(true);
  });
});

describe("booking.list", () => {
  it("tells the family each session's late-cancellation fee, from the server", async () => {
    const coaching = await session(insideWindow(), "coaching", ["Maya"]);
    const evaluation = await session(insideWindow(), "evaluation", ["Maya"]);
    const list = await as(johnson).booking.list({
      from: now,
      to: new Date(+now + 60 * 24 * HOUR),
    });
    const fee = (id: string) => list.find((b) => b.id === id)?.lateCancelFeeCents;
    expect(fee(coaching)).toBe(4_000);
    expect(fee(evaluation)).toBeNull();
  });
});

describe("ledger.waiveFee", () => {
  it("takes the fee off the balance once, with the reason, and refuses a second waiver in words", async () => {
    const appointmentId = await session(insideWindow(), "coaching", ["Maya"]);
    await as(johnson).booking.cancel({ appointmentId, reason: "Car trouble" });
    const before = await familyBalance(kids.Maya);
    const account = await as(biller).ledger.child({ childId: kids.Maya });
    const entry = account.entries.find(
      (e) => e.kind === "fee" && e.appointmentId === appointmentId,
    );
    if (!entry) throw new Error("the fee is not on the account");

    expect(
      await outcome(
        as(biller).ledger.waiveFee({ childId: kids.Maya, entryId: entry.id, reason: " " }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST" });
    const waived = await as(biller).ledger.waiveFee({
      childId: kids.Maya,
      entryId: entry.id,
      reason: "First late cancellation this year",
    });
    expect(waived.balances.family).toBe(before - 4_000);
    const again = await outcome(
      as(admin).ledger.waiveFee({ childId: kids.Maya, appointmentId, reason: "Again" }),
    );
    expect(again).toEqual({
      code: "CONFLICT",
      message: `This fee was already waived on ${new Intl.DateTimeFormat("en-US", {
        dateStyle: "long",
        timeZone: CHICAGO,
      }).format(now)}.`,
    });
    const waivers = await db
      .select()
      .from(ledgerEntries)
      .where(
        and(eq(ledgerEntries.appointmentId, appointmentId), eq(ledgerEntries.kind, "fee_waiver")),
      );
    expect(waivers).toMatchObject([
      { cents: -4_000, memo: "First late cancellation this year", party: "family" },
    ]);
    expect(await familyBalance(kids.Maya)).toBe(before - 4_000);
  });

  it("finds no fee of another child or another clinic's, and none for a family or therapist", async () => {
    const appointmentId = await session(insideWindow(), "coaching", ["Maya"]);
    await as(johnson).booking.cancel({ appointmentId, reason: "Snow" });
    const reason = "Goodwill";
    for (const call of [
      () => as(harbor).ledger.waiveFee({ childId: kids.Maya, appointmentId, reason }),
      () => as(admin).ledger.waiveFee({ childId: kids.Eli, appointmentId, reason }),
      () => as(johnson).ledger.waiveFee({ childId: kids.Maya, appointmentId, reason }),
    ])
      expect(await outcome(call())).toMatchObject({ code: "NOT_FOUND" });
    expect(await outcome(as(admin).ledger.waiveFee({ childId: kids.Maya, reason }))).toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("feePolicy.update", () => {
  it("takes only the clinic's own session types and an amount over $0.00, from its admin", async () => {
    const refused = await outcome(
      as(admin).feePolicy.update({
        kind: "no_show",
        amountCents: 5_000,
        sessionTypeIds: [types.coaching, harborTypeId],
      }),
    );
    expect(refused).toMatchObject({ code: "BAD_REQUEST" });
    expect(refused.message).toMatch(/Choose from this clinic's session types/);
    expect(
      await outcome(
        as(admin).feePolicy.update({ kind: "no_show", amountCents: 0, sessionTypeIds: [] }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST" });
    expect(
      await outcome(
        as(biller).feePolicy.update({ kind: "no_show", amountCents: 100, sessionTypeIds: [] }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });

    const saved = await as(admin).feePolicy.update({
      kind: "no_show",
      amountCents: 6_500,
      sessionTypeIds: [types.evaluation, types.evaluation],
    });
    expect(saved).toMatchObject({
      kind: "no_show",
      amountCents: 6_500,
      sessionTypeIds: [types.evaluation],
      updatedByName: "Dana Whitfield",
    });
    const harborSees = await as(harbor).feePolicy.get();
    expect(harborSees.policies.map((p) => p.amountCents)).toEqual([null, null]);
    expect(harborSees.sessionTypes.map((t) => t.id)).not.toContain(types.coaching);
  });
});
