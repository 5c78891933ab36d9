import { eq } from "drizzle-orm";

import type { Db } from "@carryover/db";
import { authorizations, homePrograms, ledgerEntries } from "@carryover/db/schema";
import type { LedgerKind } from "@carryover/domain/billing";

import {
  insertCharge,
  insertDenial,
  insertPractice,
  insertSession,
  insertVisit,
  seatOf,
  type Seat,
} from "./report-fixture-rows";

/** Noon in Maple Grove (America/Chicago) on 2019-03-20: years before anything of the demo's. */
export const REPORT_NOW = new Date("2019-03-20T17:00:00Z");

/**
 * Maple Grove's and Harbor Kids' rows of the first quarter of 2019 (see the test for the figures
 * each report must find): visits, charges, claims, sessions, ledger entries, denials, an
 * authorization and practice, with both children's programs moved to start in December 2018.
 */
export async function insertReportFixtures(db: Db) {
  const maya = await seatOf(db, "Maya", "ot.rivera@maplegrove.test");
  const noah = await seatOf(db, "Noah", "ot.park@harborkids.test");

  const n1 = await insertVisit(db, maya, "2019-01-10T16:00:00Z", 3);
  const n2 = await insertVisit(db, maya, "2019-01-24T16:00:00Z", 30);
  await insertVisit(db, maya, "2019-02-07T16:00:00Z", null);
  const sent = await insertCharge(db, maya, n1, 4, 48);
  await insertCharge(db, maya, n2, 3, null);
  await insertSession(db, maya, "2019-02-21T15:00:00Z", "held");
  await insertSession(db, maya, "2019-02-28T15:00:00Z", "no_show");
  await insertSession(db, maya, "2019-03-07T15:00:00Z", "late_cancel");
  await insertSession(db, maya, "2019-04-10T15:00:00Z", "booked");
  const harborVisit = await insertVisit(db, noah, "2019-01-15T20:00:00Z", 2);
  const harborClaim = await insertCharge(db, noah, harborVisit, 2, 24);

  const post = (
    seat: Seat,
    at: string,
    party: "insurance" | "family",
    kind: LedgerKind,
    cents: number,
    groupCode: string | null = null,
  ) => ({
    clinicId: seat.child.clinicId,
    childId: seat.child.id,
    createdAt: new Date(at),
    datedOn: at.slice(0, 10),
    party,
    kind,
    cents,
    groupCode,
    payerId: party === "insurance" ? seat.coverage.payerId : null,
  });
  await db.insert(ledgerEntries).values([
    post(maya, "2019-01-15T18:00:00Z", "insurance", "insurance_payment", -8_000),
    post(maya, "2019-01-16T18:00:00Z", "insurance", "adjustment", -1_500, "CO"),
    post(maya, "2019-01-16T18:00:00Z", "insurance", "adjustment", -300, "OA"),
    // 9 p.m. on January 31 in Chicago: January's, though it is February in UTC.
    post(maya, "2019-02-01T03:00:00Z", "family", "family_payment", -2_000),
    post(maya, "2019-02-12T18:00:00Z", "family", "write_off", -700),
    post(maya, "2019-02-13T18:00:00Z", "family", "refund", 500),
    post(maya, "2019-02-13T18:00:00Z", "family", "charge", 12_000),
    post(noah, "2019-01-20T18:00:00Z", "family", "family_payment", -99_900),
  ]);

  await insertDenial(db, maya, "2019-01-28", sent.id, [["197", 20_000]]);
  await insertDenial(db, maya, "2019-02-25", null, [
    ["16", 5_000],
    ["197", 15_000],
  ]);
  await insertDenial(db, noah, "2019-02-25", harborClaim.id, [["50", 20_000]]);

  await db.insert(authorizations).values({
    clinicId: maya.child.clinicId,
    coverageId: maya.coverage.id,
    counts: "visits",
    approved: 10,
    startsOn: "2019-01-01",
    endsOn: "2019-06-30",
    reference: "AUTH-2019",
  });

  for (const seat of [maya, noah])
    await db
      .update(homePrograms)
      .set({ startDate: "2018-12-03", minutesPerDay: 10, daysPerWeek: 5 })
      .where(eq(homePrograms.id, seat.program.id));
  await insertPractice(
    db,
    maya,
    ["2019-03-04", "2019-03-05", "2019-03-06", "2019-03-07", "2019-03-08"],
    10,
  );
  await insertPractice(db, maya, ["2019-03-11"], 30, true);
  await insertPractice(db, noah, ["2019-03-04"], 10);

  return { maya, noah, payerId: maya.coverage.payerId, harborPayerId: noah.coverage.payerId };
}
