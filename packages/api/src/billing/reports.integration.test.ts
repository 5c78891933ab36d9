import { TRPCError } from "@trpc/server";
import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { auditEvents } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { insertReportFixtures, REPORT_NOW } from "../testing/report-fixtures";
import { callerFor, signInAs, testDeps } from "../testing/test-context";

const { db } = await useTestDatabase();
const Q1 = { from: "2019-01", to: "2019-03" };
let admin: AuthSession;
let harbor: AuthSession;
let biller: AuthSession;
let fx: Awaited<ReturnType<typeof insertReportFixtures>>;

const as = (session: AuthSession) =>
  callerFor(
    testDeps(db, () => REPORT_NOW),
    session,
  );

async function refusal(work: Promise<unknown>) {
  try {
    await work;
    return "allowed";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

beforeAll(async () => {
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  harbor = await signInAs(testDeps(db), "admin@harborkids.test");
  biller = await signInAs(testDeps(db), "billing@maplegrove.test");
  fx = await insertReportFixtures(db);
});

describe("report.collections", () => {
  it("sums payments, adjustments, write-offs and refunds by the clinic's month they were posted", async () => {
    const report = await as(admin).report.collections(Q1);
    expect(report.range.months).toEqual(["2019-01", "2019-02", "2019-03"]);
    const zero = { insurancePayments: 0, familyPayments: 0, contractualAdjustments: 0 };
    expect(report.months).toEqual([
      {
        month: "2019-01",
        insurancePayments: 8_000,
        // Posted at 9 p.m. on January 31 in Chicago (February in UTC).
        familyPayments: 2_000,
        contractualAdjustments: 1_500,
        otherAdjustments: 300,
        writeOffs: 0,
        refunds: 0,
        netCollected: 10_000,
      },
      {
        month: "2019-02",
        ...zero,
        otherAdjustments: 0,
        writeOffs: 700,
        refunds: 500,
        netCollected: -500,
      },
      { month: "2019-03", ...zero, otherAdjustments: 0, writeOffs: 0, refunds: 0, netCollected: 0 },
    ]);
    expect(report.totals.netCollected).toBe(9_500);
    const theirs = await as(harbor).report.collections(Q1);
    expect(theirs.totals).toMatchObject({
      familyPayments: 99_900,
      insurancePayments: 0,
      refunds: 0,
    });
  });
});

describe("report.denials", () => {
  it("counts denials by reason in plain words, by payer and by month", async () => {
    const report = await as(biller).report.denials(Q1);
    expect(report.total).toEqual({ count: 2, chargedCents: 40_000 });
    expect(report.byReason.map((r) => [r.code, r.count, r.adjustedCents])).toEqual([
      ["197", 2, 35_000],
      ["16", 1, 5_000],
    ]);
    expect(report.byReason[0]?.words).toBe(
      "The plan needed an authorization for this visit and has none on file.",
    );
    expect(report.byPayer).toHaveLength(2);
    expect(report.byPayer).toContainEqual({
      payerId: null,
      payerName: "A Payer By Its File",
      count: 1,
      chargedCents: 20_000,
    });
    expect(report.byPayer).toContainEqual(
      expect.objectContaining({ payerId: fx.payerId, count: 1, chargedCents: 20_000 }),
    );
    expect(report.byMonth.map((m) => m.count)).toEqual([1, 1, 0]);
    expect(report.payers.map((p) => p.id)).toContain(fx.payerId);
  });

  it("keeps to the payer chosen; another clinic's payer and denials are not found", async () => {
    const one = await as(admin).report.denials({ ...Q1, payerId: fx.payerId });
    expect(one).toMatchObject({ payerId: fx.payerId, total: { count: 1, chargedCents: 20_000 } });
    expect(await refusal(as(admin).report.denials({ ...Q1, payerId: fx.harborPayerId }))).toBe(
      "NOT_FOUND",
    );
    const theirs = await as(harbor).report.denials(Q1);
    expect(theirs.byReason.map((r) => r.code)).toEqual(["50"]);
    expect(theirs.payers.map((p) => p.id)).not.toContain(fx.payerId);
  });
});

describe("report.productivity", () => {
  it("gives each therapist's visits, units and charges per month, with the sessions missed", async () => {
    const report = await as(admin).report.productivity(Q1);
    expect(report.byTherapist.map((t) => t.therapistName)).toEqual([fx.maya.therapist.name]);
    const [rivera] = report.byTherapist;
    expect(rivera?.months).toEqual([
      {
        month: "2019-01",
        visits: 2,
        units: 7,
        chargedCents: 70_000,
        noShows: 0,
        lateCancellations: 0,
      },
      { month: "2019-02", visits: 0, units: 0, chargedCents: 0, noShows: 1, lateCancellations: 0 },
      { month: "2019-03", visits: 0, units: 0, chargedCents: 0, noShows: 0, lateCancellations: 1 },
    ]);
    expect(report.totals).toEqual(rivera?.totals);
    const mine = await as(admin).report.productivity({ ...Q1, therapistId: fx.maya.therapist.id });
    expect(mine.totals.visits).toBe(2);
    expect(
      await refusal(as(admin).report.productivity({ ...Q1, therapistId: fx.noah.therapist.id })),
    ).toBe("NOT_FOUND");
    const theirs = await as(harbor).report.productivity(Q1);
    expect(theirs.byTherapist.map((t) => [t.therapistName, t.totals.visits])).toEqual([
      [fx.noah.therapist.name, 1],
    ]);
  });
});

describe("report.authorizationUse", () => {
  it("shows each authorization in force: used of approved, booked ahead, days left", async () => {
    const report = await as(admin).report.authorizationUse();
    expect(report.asOf).toBe("2019-03-20");
    expect(report.authorizations).toEqual([
      expect.objectContaining({
        childId: fx.maya.child.id,
        reference: "AUTH-2019",
        counts: "visits",
        approved: 10,
        // The two signed visits in its dates; the unsigned note is not billed yet.
        used: 2,
        scheduled: 1,
        left: 8,
        usedPercent: 20,
        runsOutOn: "2019-06-30",
        daysLeft: 102,
        warn: false,
      }),
    ]);
    expect(await refusal(as(admin).report.authorizationUse({ payerId: fx.harborPayerId }))).toBe(
      "NOT_FOUND",
    );
    const theirs = await as(harbor).report.authorizationUse();
    expect(theirs.authorizations).toEqual([]);
  });
});

describe("report.documentationLag", () => {
  it("measures visit to signature and to claim, and lists the visits over the deadline", async () => {
    const report = await as(admin).report.documentationLag(Q1);
    expect(report.limitHours).toBe(24);
    expect(report.byTherapist).toEqual([
      {
        therapistId: fx.maya.therapist.id,
        therapistName: fx.maya.therapist.name,
        // Three notes, and a session held with no note at all.
        visits: 4,
        signed: 2,
        claimsSent: 1,
        overDeadline: 3,
        toSign: { medianDays: 0.7, p90Days: 1.3 },
        toClaim: { medianDays: 2, p90Days: 2 },
      },
    ]);
    expect(
      report.late.map((late) => [late.serviceOn, late.signedAt !== null, late.hoursLate]),
    ).toEqual([
      ["2019-02-21", false, 625],
      ["2019-02-07", false, 961],
      ["2019-01-24", true, 6],
    ]);
    const theirs = await as(harbor).report.documentationLag(Q1);
    expect(theirs.byTherapist.map((t) => [t.therapistName, t.visits])).toEqual([
      [fx.noah.therapist.name, 1],
    ]);
    expect(theirs.late).toEqual([]);
  });
});

describe("report.doseVsAttendance", () => {
  it("sets a family's practice below its prescription beside its attendance", async () => {
    const report = await as(admin).report.doseVsAttendance(Q1);
    expect(report).toMatchObject({ through: "2019-03-20", familiesCounted: 1, belowCount: 1 });
    expect(report.families).toEqual([
      expect.objectContaining({
        childId: fx.maya.child.id,
        prescription: { minutesPerDay: 10, daysPerWeek: 5 },
        // 79 days from January 1 to March 20, week by week: 4 + 10 × 5 + 2 days of 10 minutes.
        prescribedDays: 56,
        prescribedMinutes: 560,
        // The voided 30 minutes count nowhere.
        loggedMinutes: 50,
        daysPractised: 5,
        weeks: 12,
        weeksMet: 1,
        below: true,
        dosePercent: 9,
        attended: 4,
        noShows: 1,
        lateCancellations: 1,
        scheduled: 6,
        attendancePercent: 67,
      }),
    ]);
    const theirs = await as(harbor).report.doseVsAttendance({ ...Q1, everyFamily: true });
    expect(theirs.families.map((f) => f.childId)).toEqual([fx.noah.child.id]);
  });
});

describe("every report", () => {
  it("is audited as a read of the clinic, and refuses a range it cannot read", async () => {
    const rows = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.clinicId, admin.actor.clinicId), like(auditEvents.action, "report.%")),
      );
    expect(new Set(rows.map((row) => row.action))).toEqual(
      new Set([
        "report.collections",
        "report.denials",
        "report.productivity",
        "report.authorization_use",
        "report.documentation_lag",
        "report.dose_attendance",
      ]),
    );
    expect(await refusal(as(admin).report.collections({ from: "2019-03", to: "2019-01" }))).toBe(
      "BAD_REQUEST",
    );
    expect(await refusal(as(admin).report.denials({ from: "2015-01" }))).toBe("BAD_REQUEST");
  });
});
