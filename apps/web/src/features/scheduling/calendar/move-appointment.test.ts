import { describe, expect, it } from "vitest";

import type { DescribedError } from "~/lib/trpc-error";
import { checkMove, findMoveErrors, moveRefusal } from "./move-appointment";

const CHICAGO = "America/Chicago";
const current = new Date("2026-12-09T21:00:00Z"); // Wed, Dec 9, 3:00 PM in Chicago

const refused = (over: Partial<DescribedError>): DescribedError => ({
  message: "Refused.",
  field: null,
  fieldErrors: null,
  code: "BAD_REQUEST",
  reason: null,
  alternatives: [],
  current: null,
  ...over,
});

describe("findMoveErrors", () => {
  it("lets a new time through", () => {
    expect(findMoveErrors("2026-12-09", "16:00", CHICAGO, current)).toEqual({});
  });
  it("asks for the new date and start time", () => {
    expect(findMoveErrors("", "", CHICAGO, current)).toEqual({
      date: "Enter the new date.",
      time: "Enter the new start time.",
    });
  });
  it("refuses a time the clocks skip", () => {
    expect(findMoveErrors("2026-03-08", "02:30", CHICAGO, current).time).toBe(
      "That time doesn't exist on this date (the clocks change). Choose another time.",
    );
  });
  it("refuses the session's own time", () => {
    expect(findMoveErrors("2026-12-09", "15:00", CHICAGO, current).time).toBe(
      "That is the session's current time. Choose a different one.",
    );
  });
});

describe("moveRefusal", () => {
  it("on an overlap, says nothing changed and where the session stays, with the nearest open times", () => {
    const alternatives = [new Date("2026-12-09T22:00:00Z")];
    expect(moveRefusal(refused({ code: "CONFLICT", alternatives }), current, CHICAGO)).toEqual({
      title: "Nothing changed: that time overlaps another session.",
      message:
        "The session stays on Wed, Dec 9 at 3:00 PM. The therapist is already booked then, or the time runs into the break another session needs. Choose one of the nearest open times below, or another time.",
      alternatives,
    });
  });
  it("on any other refusal, gives the server's reason after where the session stays", () => {
    expect(
      moveRefusal(
        refused({ code: "PRECONDITION_FAILED", message: "Too late to move." }),
        current,
        CHICAGO,
      ),
    ).toEqual({
      title: "Nothing changed: the session can't move there.",
      message: "The session stays on Wed, Dec 9 at 3:00 PM. Too late to move.",
      alternatives: [],
    });
  });
});

describe("checkMove", () => {
  const SESSION_ID = "d2f4a6c8-0e1b-4d3f-8a5c-7e9b1d3f5a60";

  it("sends the session and the start the date and time fields name", () => {
    expect(checkMove(SESSION_ID, { date: "2026-12-09", time: "16:00" }, CHICAGO, current)).toEqual({
      ok: true,
      input: { appointmentId: SESSION_ID, start: new Date("2026-12-09T22:00:00Z") },
    });
  });
  it("keeps the field messages and sends nothing", () => {
    expect(checkMove(SESSION_ID, { date: "", time: "" }, CHICAGO, current)).toEqual({
      ok: false,
      errors: { date: "Enter the new date.", time: "Enter the new start time." },
      refusal: null,
    });
  });
  it("says what booking.reschedule's contract says of a broken session link, above the fields", () => {
    expect(
      checkMove("not-a-session", { date: "2026-12-09", time: "16:00" }, CHICAGO, current),
    ).toEqual({
      ok: false,
      errors: {},
      refusal: {
        title: "Nothing changed: the session can't move there.",
        message: "The session stays on Wed, Dec 9 at 3:00 PM. That session link is not valid.",
        alternatives: [],
      },
    });
  });
});
