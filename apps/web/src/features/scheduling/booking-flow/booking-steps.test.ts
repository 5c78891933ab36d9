import { describe, expect, it } from "vitest";

import type { DescribedError } from "~/lib/trpc-error";
import {
  bookingChildId,
  bookingReducer,
  bookingRequest,
  chosenSoFar,
  nextAttempt,
  resolveBooking,
  slotStartingAt,
  startingBooking,
  type BookingAction,
  type BookingState,
} from "./booking-steps";

const maya = { id: "maya", firstName: "Maya" };
const eli = { id: "eli", firstName: "Eli" };
const coaching = {
  id: "coaching",
  name: "Parent coaching session",
  kind: "coaching",
  durationMinutes: 45,
  modality: "telehealth",
};
const visit = {
  id: "visit",
  name: "Clinic visit",
  kind: "coaching",
  durationMinutes: 60,
  modality: "clinic",
};
const group = {
  id: "group",
  name: "Group session",
  kind: "group",
  durationMinutes: 60,
  modality: "clinic",
};
const rivera = { id: "rivera", name: "Alex Rivera" };
const chen = { id: "chen", name: "Mei Chen" };

const nineAm = new Date("2026-12-03T15:00:00Z");
const slot = slotStartingAt(nineAm, 45);

type Offered = {
  children: (typeof maya)[];
  sessionTypes: (typeof coaching)[];
  childsTherapists: (typeof rivera)[] | undefined;
  therapists: (typeof rivera)[];
};

const offer = (overrides: Partial<Offered> = {}): Offered => ({
  children: [maya, eli],
  sessionTypes: [coaching, visit, group],
  childsTherapists: [rivera],
  therapists: [chen, rivera],
  ...overrides,
});

const run = (state: BookingState, ...actions: BookingAction[]) =>
  actions.reduce(bookingReducer, state);

const taken: DescribedError = {
  message: "That time was just booked. Here are the nearest open times.",
  field: "start",
  fieldErrors: null,
  code: "CONFLICT",
  reason: "SLOT_TAKEN",
  alternatives: [new Date("2026-12-03T16:00:00Z"), new Date("2026-12-03T17:00:00Z")],
  current: null,
};

/** The family's choices up to the confirmation: Maya, coaching, Alex Rivera, 9:00. */
const atConfirm = run(
  startingBooking,
  { type: "child-chosen", childId: "maya" },
  { type: "session-type-chosen", sessionTypeId: "coaching" },
  { type: "therapist-chosen", therapistId: "rivera" },
  { type: "time-chosen", slot, rememberedLocation: "" },
);

describe("the booking steps", () => {
  it("starts by asking which child, when the family has several", () => {
    const view = resolveBooking(startingBooking, offer({ childsTherapists: undefined }));
    expect(view.step).toBe("child");
    expect([view.stepNumber, view.stepCount]).toEqual([1, 5]);
  });

  it("chooses a family's only child for them and starts at the session type", () => {
    const view = resolveBooking(startingBooking, offer({ children: [maya] }));
    expect(bookingChildId(startingBooking, [maya])).toBe("maya");
    expect(view.step).toBe("type");
    expect(view.child).toBe(maya);
    expect([view.stepNumber, view.stepCount]).toEqual([1, 4]);
  });

  it("offers no group session types", () => {
    expect(resolveBooking(startingBooking, offer()).sessionTypes).toEqual([coaching, visit]);
  });

  it("walks child, session type, therapist, time and confirmation as the family chooses", () => {
    const steps = [
      { type: "child-chosen", childId: "maya" },
      { type: "session-type-chosen", sessionTypeId: "coaching" },
      { type: "therapist-chosen", therapistId: "chen" },
      { type: "time-chosen", slot, rememberedLocation: "" },
      { type: "booked", booked: { appointmentId: "a1", ...slot } },
    ] satisfies BookingAction[];
    let state = startingBooking;
    const seen = [resolveBooking(state, offer({ childsTherapists: [rivera, chen] }))];
    for (const action of steps) {
      state = bookingReducer(state, action);
      seen.push(resolveBooking(state, offer({ childsTherapists: [rivera, chen] })));
    }
    expect(seen.map((view) => [view.step, view.stepNumber])).toEqual([
      ["child", 1],
      ["type", 2],
      ["therapist", 3],
      ["time", 4],
      ["confirm", 5],
      ["done", 0],
    ]);
    expect(seen.at(-2)?.therapist).toBe(chen);
  });

  it("lists the child's own therapists first, then the others at the clinic", () => {
    const view = resolveBooking(
      run(startingBooking, { type: "child-chosen", childId: "maya" }),
      offer({ childsTherapists: [rivera], therapists: [chen, rivera] }),
    );
    expect(view.therapistOptions).toEqual([rivera, chen]);
    expect(view.childsTherapists).toEqual([rivera]);
  });

  it("skips the therapist step when the clinic has one therapist for the child", () => {
    const state = run(
      startingBooking,
      { type: "child-chosen", childId: "maya" },
      { type: "session-type-chosen", sessionTypeId: "coaching" },
    );
    const view = resolveBooking(state, offer({ childsTherapists: [rivera], therapists: [rivera] }));
    expect(view.step).toBe("time");
    expect(view.therapist).toBe(rivera);
    expect([view.stepNumber, view.stepCount]).toEqual([3, 4]);
  });

  it("keeps the therapist step while the child's record is still loading", () => {
    const state = run(
      startingBooking,
      { type: "child-chosen", childId: "maya" },
      { type: "session-type-chosen", sessionTypeId: "coaching" },
    );
    const view = resolveBooking(
      state,
      offer({ childsTherapists: undefined, therapists: [rivera] }),
    );
    expect(view.step).toBe("therapist");
    expect(view.stepCount).toBe(5);
  });

  it("goes back one choice at a time, and clears a refusal on the way", () => {
    const back = (state: BookingState) => {
      const view = resolveBooking(state, offer());
      return bookingReducer(state, {
        type: "went-back",
        from: view.step,
        therapistChosenForThem: Boolean(view.onlyTherapist),
      });
    };
    const refused = run(atConfirm, { type: "refused", problem: taken });
    const states = [back(refused)];
    for (let i = 0; i < 3; i += 1) states.push(back(states[i] ?? startingBooking));
    expect(states.map((state) => resolveBooking(state, offer()).step)).toEqual([
      "time",
      "therapist",
      "type",
      "child",
    ]);
    expect(states[0]?.problem).toBeNull();
    expect(states[1]?.sessionTypeId).toBe("coaching");
  });

  it("goes back from the time to the session type when the therapist was chosen for them", () => {
    const onlyRivera = offer({ therapists: [rivera] });
    const state = run(
      startingBooking,
      { type: "child-chosen", childId: "maya" },
      { type: "session-type-chosen", sessionTypeId: "coaching" },
      { type: "went-back", from: "time", therapistChosenForThem: true },
    );
    expect(resolveBooking(state, onlyRivera).step).toBe("type");
  });

  it("fills in the state remembered for the child, but keeps one the family already chose", () => {
    const remembered = run(startingBooking, {
      type: "time-chosen",
      slot,
      rememberedLocation: "IL",
    });
    expect(remembered.location).toBe("IL");
    const chosen = run(
      startingBooking,
      { type: "location-changed", location: "WI" },
      { type: "time-chosen", slot, rememberedLocation: "IL" },
    );
    expect(chosen.location).toBe("WI");
  });

  it("asks for the state when it is missing, and forgets the error once one is chosen", () => {
    const missing = run(
      atConfirm,
      { type: "refused", problem: taken },
      { type: "location-missing", message: "Choose the state Maya will be in." },
    );
    expect(missing.locationError).toBe("Choose the state Maya will be in.");
    expect(missing.problem).toBeNull();
    const chosen = run(missing, { type: "location-changed", location: "IL" });
    expect(chosen).toMatchObject({ location: "IL", locationError: null });
  });

  it("clears the last refusal when the family confirms again", () => {
    const attempt = { signature: "s", key: "k" };
    const state = run(
      atConfirm,
      { type: "refused", problem: taken },
      { type: "submitted", attempt },
    );
    expect(state).toMatchObject({ problem: null, locationError: null, attempt });
  });

  it("offers the nearest open times when the time was taken, and books one with a tap", () => {
    const refused = run(atConfirm, { type: "refused", problem: taken });
    expect(resolveBooking(refused, offer()).step).toBe("confirm");
    expect(refused.problem?.alternatives).toHaveLength(2);

    const alternative = new Date("2026-12-03T16:00:00Z");
    const moved = run(refused, {
      type: "time-chosen",
      slot: slotStartingAt(alternative, coaching.durationMinutes),
      rememberedLocation: "",
    });
    expect(resolveBooking(moved, offer()).step).toBe("confirm");
    expect(moved.problem).toBeNull();
    expect(moved.slot).toEqual({ start: alternative, end: new Date("2026-12-03T16:45:00Z") });
  });

  it("shows a refusal about the child's state beside the state field", () => {
    const state = run(atConfirm, {
      type: "refused",
      problem: { ...taken, field: "childLocationState", message: "Alex is not licensed there." },
    });
    expect(state.locationError).toBe("Alex is not licensed there.");
    expect(state.problem).toBeNull();
  });

  it("returns to all open times from a refusal", () => {
    const state = run(atConfirm, { type: "refused", problem: taken }, { type: "all-times-asked" });
    expect(resolveBooking(state, offer()).step).toBe("time");
    expect(state.problem).toBeNull();
  });

  it("starts over after booking, keeping the state the child was in", () => {
    const booked = run(
      atConfirm,
      { type: "location-changed", location: "IL" },
      { type: "submitted", attempt: { signature: "s", key: "k" } },
      { type: "booked", booked: { appointmentId: "a1", ...slot } },
    );
    expect(resolveBooking(booked, offer()).step).toBe("done");
    const again = run(booked, { type: "started-over" });
    expect(again).toEqual({ ...startingBooking, location: "IL" });
    expect(resolveBooking(again, offer()).step).toBe("child");
  });
});

describe("the choices shown so far", () => {
  const view = resolveBooking(atConfirm, offer());

  it("names the child, the session type and the therapist", () => {
    expect(chosenSoFar({ ...view, step: "time" }, true)).toEqual([
      "For Maya",
      "Parent coaching session · 45 min",
      "With Alex Rivera",
    ]);
  });

  it("leaves out the child of a family with one, and the therapist while choosing one", () => {
    expect(chosenSoFar({ ...view, step: "therapist" }, false)).toEqual([
      "Parent coaching session · 45 min",
    ]);
  });
});

describe("the booking request", () => {
  // booking.create's contract takes ids as the server gives them.
  const ids = {
    maya: "9b2e4d6f-8a1c-4e3b-a7d5-6f0c2e8b4a19",
    rivera: "1e5a7c9b-3d2f-4a6e-8b0c-7d9f1b3e5c28",
    coaching: "4c8e0a2d-6b1f-4d3a-9e7c-5a1b3d7f9e04",
  };
  const chosen = {
    child: { ...maya, id: ids.maya },
    therapistId: ids.rivera,
    sessionType: { ...coaching, id: ids.coaching },
    slot,
  };

  it("needs the state the child will be in for a video session", () => {
    expect(bookingRequest({ ...chosen, location: "" })).toEqual({
      ok: false,
      locationError: "Choose the state Maya will be in during the video session.",
    });
  });

  it("sends the state for a video session and none for a visit", () => {
    const video = bookingRequest({ ...chosen, location: "IL" });
    const inPerson = bookingRequest({
      ...chosen,
      sessionType: { ...visit, id: ids.coaching },
      location: "IL",
    });
    expect(video.ok && video.input).toEqual({
      childId: ids.maya,
      therapistId: ids.rivera,
      sessionTypeId: ids.coaching,
      start: nineAm,
      childLocationState: "IL",
    });
    expect(inPerson.ok && inPerson.input.childLocationState).toBeNull();
  });

  it("refuses what booking.create's contract refuses, in its words, as the server would", () => {
    const request = bookingRequest({ ...chosen, therapistId: "rivera", location: "IL" });
    expect(request.ok || ("problem" in request && request.problem)).toMatchObject({
      message: "Choose a therapist.",
      field: "therapistId",
    });
  });

  it("signs the same choices alike and another time differently", () => {
    const signature = (at: Date) => {
      const request = bookingRequest({ ...chosen, slot: slotStartingAt(at, 45), location: "IL" });
      return request.ok ? request.signature : null;
    };
    expect(signature(nineAm)).toBe(signature(new Date(+nineAm)));
    expect(signature(nineAm)).not.toBe(signature(new Date("2026-12-03T16:00:00Z")));
  });

  it("keeps the idempotency key for the same attempt and takes a new one for another", () => {
    let keys = 0;
    const newKey = () => `key-${(keys += 1)}`;
    const first = nextAttempt(null, "a", newKey);
    expect(nextAttempt(first, "a", newKey).key).toBe("key-1");
    expect(nextAttempt(first, "b", newKey).key).toBe("key-2");
  });
});
