import { describe, expect, it } from "vitest";

import { burnDown, coversBooking, type AuthorizationTerms } from "./authorization";

const twelveVisits: AuthorizationTerms = {
  counts: "visits",
  approved: 12,
  startsOn: "2026-10-01",
  endsOn: "2027-03-31",
};
/** Weekly visits from `first`, `count` of them. */
const weekly = (first: string, count: number) =>
  Array.from({ length: count }, (_, i) => {
    const day = new Date(`${first}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + 7 * i);
    return { on: day.toISOString().slice(0, 10), amount: 1 };
  });

describe("burnDown", () => {
  it("counts used, booked and left, and runs out on the day the booked pace uses the last visit", () => {
    const state = burnDown({
      terms: twelveVisits,
      used: 8,
      booked: weekly("2026-12-08", 6),
      today: "2026-12-06",
    });
    expect(state).toMatchObject({
      used: 8,
      scheduled: 4,
      left: 4,
      leftAfterBooked: 0,
      runsOutOn: "2026-12-29",
      runsOutBy: "exhausted",
      daysLeft: 23,
      warn: false,
    });
    // The last two booked visits are beyond what is approved.
    expect(state.uncovered).toEqual([
      { on: "2027-01-05", amount: 1 },
      { on: "2027-01-12", amount: 1 },
    ]);
  });

  it("runs out at its end date when the booked pace does not use it up", () => {
    const state = burnDown({
      terms: twelveVisits,
      used: 2,
      booked: weekly("2026-12-08", 3),
      today: "2026-12-06",
    });
    expect(state).toMatchObject({
      runsOutOn: "2027-03-31",
      runsOutBy: "expiry",
      leftAfterBooked: 7,
      warn: false,
    });
  });

  it("a booking after its end date is not covered", () => {
    const state = burnDown({
      terms: { ...twelveVisits, endsOn: "2026-12-14" },
      used: 0,
      booked: weekly("2026-12-08", 2),
      today: "2026-12-06",
    });
    expect(state.scheduled).toBe(1);
    expect(state.uncovered).toEqual([{ on: "2026-12-15", amount: 1 }]);
  });

  it("warns from 14 days before it runs out, not 15", () => {
    const at = (today: string) =>
      burnDown({ terms: { ...twelveVisits, endsOn: "2026-12-31" }, used: 0, booked: [], today })
        .warn;
    expect(at("2026-12-16")).toBe(false);
    expect(at("2026-12-17")).toBe(true);
  });

  it("warns with 3 visits left, not 4, however far its end date", () => {
    const left = (used: number) =>
      burnDown({ terms: twelveVisits, used, booked: [], today: "2026-12-06" }).warn;
    expect(left(8)).toBe(false);
    expect(left(9)).toBe(true);
  });

  it("counts units by the amount each booking takes", () => {
    const state = burnDown({
      terms: { counts: "units", approved: 20, startsOn: "2026-10-01", endsOn: "2027-03-31" },
      used: 12,
      booked: [
        { on: "2026-12-10", amount: 3 },
        { on: "2026-12-17", amount: 3 },
        { on: "2026-12-24", amount: 3 },
      ],
      today: "2026-12-06",
    });
    expect(state).toMatchObject({ left: 8, scheduled: 6, leftAfterBooked: 2, runsOutBy: "expiry" });
    expect(state.uncovered).toEqual([{ on: "2026-12-24", amount: 3 }]);
  });

  it("a used-up authorization runs out today", () => {
    const state = burnDown({
      terms: twelveVisits,
      used: 12,
      booked: weekly("2026-12-08", 1),
      today: "2026-12-06",
    });
    expect(state).toMatchObject({
      left: 0,
      runsOutOn: "2026-12-06",
      runsOutBy: "exhausted",
      daysLeft: 0,
      warn: true,
    });
    expect(state.uncovered).toHaveLength(1);
  });

  it("refuses what is not a day or a count", () => {
    const base = { terms: twelveVisits, used: 0, booked: [], today: "2026-12-06" };
    expect(() => burnDown({ ...base, today: "12/06/2026" })).toThrow(RangeError);
    expect(() => burnDown({ ...base, used: -1 })).toThrow(RangeError);
    expect(() => burnDown({ ...base, used: 1.5 })).toThrow(RangeError);
    expect(() => burnDown({ ...base, terms: { ...twelveVisits, endsOn: "2026-09-30" } })).toThrow(
      RangeError,
    );
    expect(() => burnDown({ ...base, booked: [{ on: "2026-12-08", amount: -1 }] })).toThrow(
      RangeError,
    );
  });
});

describe("coversBooking", () => {
  const booked = weekly("2026-12-08", 3);

  it("covers a session while what is billed and booked before it leaves room", () => {
    expect(
      coversBooking({ terms: twelveVisits, used: 8, booked, on: "2026-12-30", amount: 1 }),
    ).toBe(true);
  });

  it("does not cover the session that goes one visit over", () => {
    expect(
      coversBooking({ terms: twelveVisits, used: 9, booked, on: "2026-12-30", amount: 1 }),
    ).toBe(false);
  });

  it("does not cover a session outside its dates", () => {
    expect(
      coversBooking({ terms: twelveVisits, used: 0, booked: [], on: "2026-09-30", amount: 1 }),
    ).toBe(false);
    expect(
      coversBooking({ terms: twelveVisits, used: 0, booked: [], on: "2027-04-01", amount: 1 }),
    ).toBe(false);
    expect(
      coversBooking({ terms: twelveVisits, used: 0, booked: [], on: "2027-03-31", amount: 1 }),
    ).toBe(true);
  });

  it("counts only what is booked up to the session's day", () => {
    expect(
      coversBooking({ terms: twelveVisits, used: 11, booked, on: "2026-12-01", amount: 1 }),
    ).toBe(true);
  });
});
