import { describe, expect, it } from "vitest";

import { checkSeriesRequest, NO_REPEAT, type RepeatValues } from "./series-request";

const session = {
  childId: "6f1d2c3b-4a5e-4f60-8b7a-9c8d7e6f5a41",
  sessionTypeId: "2a7c9e41-3b5d-4f6a-8c1e-0d9b7a5c3e12",
  childLocationState: "IL",
};
const when = {
  therapistId: "9b2e4c6a-1d3f-4a5b-8c7d-0e1f2a3b4c5d",
  date: "2027-01-13",
  time: "16:00",
};
const weekly = (over: Partial<RepeatValues> = {}): RepeatValues => ({
  ...NO_REPEAT,
  every: "1",
  ...over,
});

describe("checkSeriesRequest", () => {
  it("repeats on the first session's weekday, for the number of sessions given", () => {
    const checked = checkSeriesRequest(session, when, weekly({ count: "12" }));
    expect(checked).toEqual({
      ok: true,
      input: expect.objectContaining({
        firstDate: "2027-01-13",
        time: "16:00",
        intervalWeeks: 1,
        // January 13, 2027 is a Wednesday.
        weekdays: [3],
        count: 12,
      }) as unknown,
    });
  });

  it("sends an end date instead of a count when the series ends on a date", () => {
    const checked = checkSeriesRequest(
      session,
      when,
      weekly({ every: "2", ends: "until", until: "2027-03-31" }),
    );
    expect(checked.ok && checked.input).toMatchObject({ intervalWeeks: 2, until: "2027-03-31" });
    expect(checked.ok && checked.input.count).toBeUndefined();
  });

  it("asks for a number of sessions in words", () => {
    expect(checkSeriesRequest(session, when, weekly({ count: "" }))).toEqual({
      ok: false,
      errors: { count: "Enter how many sessions to book, for example 12." },
    });
  });

  it("uses the server's own message for too many sessions", () => {
    expect(checkSeriesRequest(session, when, weekly({ count: "60" }))).toEqual({
      ok: false,
      errors: { count: "Book at most 52 sessions at once" },
    });
  });

  it("refuses a last date before the first session", () => {
    const checked = checkSeriesRequest(
      session,
      when,
      weekly({ ends: "until", until: "2027-01-06" }),
    );
    expect(checked).toEqual({
      ok: false,
      errors: { until: "The last date must be on or after the first session's date." },
    });
  });
});
