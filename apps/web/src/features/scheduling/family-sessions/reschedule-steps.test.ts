import { describe, expect, it } from "vitest";

import type { DescribedError } from "~/lib/trpc-error";
import {
  movedSlot,
  rescheduleReducer,
  rescheduleStep,
  startingReschedule,
  type RescheduleAction,
  type RescheduleState,
} from "./reschedule-steps";

const booking = {
  start: new Date("2026-12-03T15:00:00Z"),
  end: new Date("2026-12-03T15:45:00Z"),
};
const coaching = { id: "coaching" };
const friday = movedSlot(new Date("2026-12-04T15:00:00Z"), booking);
const taken: DescribedError = {
  message: "That time was just booked. Here are the nearest open times.",
  field: "start",
  fieldErrors: null,
  code: "CONFLICT",
  reason: "SLOT_TAKEN",
  alternatives: [new Date("2026-12-04T16:00:00Z")],
  current: null,
};

const run = (...actions: RescheduleAction[]): RescheduleState =>
  actions.reduce(rescheduleReducer, startingReschedule);

describe("moving a session", () => {
  it("starts at the open times and asks to confirm the one chosen", () => {
    expect(rescheduleStep(startingReschedule, coaching)).toEqual({
      step: "time",
      sessionType: coaching,
    });
    const chosen = run({ type: "time-chosen", slot: friday });
    expect(rescheduleStep(chosen, coaching)).toEqual({ step: "confirm", slot: friday });
  });

  it("cannot move a session whose type is no longer offered", () => {
    expect(rescheduleStep(run({ type: "time-chosen", slot: friday }), undefined)).toEqual({
      step: "unavailable",
    });
  });

  it("keeps the confirmation when the time was taken, with the nearest open times", () => {
    const refused = run(
      { type: "time-chosen", slot: friday },
      { type: "submitted" },
      { type: "refused", problem: taken },
    );
    expect(rescheduleStep(refused, coaching).step).toBe("confirm");
    expect(refused.problem?.alternatives).toEqual([new Date("2026-12-04T16:00:00Z")]);
  });

  it("moves the confirmation to an offered time, as long as the session", () => {
    const alternative = new Date("2026-12-04T16:00:00Z");
    const state = run(
      { type: "time-chosen", slot: friday },
      { type: "refused", problem: taken },
      { type: "time-chosen", slot: movedSlot(alternative, booking) },
    );
    expect(state).toEqual({
      slot: { start: alternative, end: new Date("2026-12-04T16:45:00Z") },
      problem: null,
    });
  });

  it("clears the refusal when the family tries again", () => {
    const state = run(
      { type: "time-chosen", slot: friday },
      { type: "refused", problem: taken },
      { type: "submitted" },
    );
    expect(state).toEqual({ slot: friday, problem: null });
  });

  it("goes back to all open times when the family wants a different one", () => {
    const state = run(
      { type: "time-chosen", slot: friday },
      { type: "refused", problem: taken },
      { type: "other-time-asked" },
    );
    expect(state).toEqual(startingReschedule);
    expect(rescheduleStep(state, coaching).step).toBe("time");
  });
});
