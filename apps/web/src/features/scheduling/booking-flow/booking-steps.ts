import type { z } from "zod";

import { CreateBookingInput } from "@carryover/api/contracts/booking";
import type { UsState } from "@carryover/domain/clinic";

import { childLocationInput, childLocationProblem } from "~/features/scheduling/child-location";
import { describeCheck } from "~/features/scheduling/field-errors";
import type { Slot } from "~/features/scheduling/types";
import { checkForm } from "~/lib/form-errors";
import { formatMinutes } from "~/lib/time";
import type { DescribedError } from "~/lib/trpc-error";

export type BookingStep = "child" | "type" | "therapist" | "time" | "confirm" | "done";
export type Booked = { appointmentId: string; start: Date; end: Date };
/** One confirm attempt: the same choices sent again keep their idempotency key. */
export type Attempt = { signature: string; key: string };

/** What the family has chosen so far, the confirm form, and how the last try to book went. */
export type BookingState = {
  childId: string | null;
  sessionTypeId: string | null;
  therapistId: string | null;
  slot: Slot | null;
  location: UsState | "";
  locationError: string | null;
  problem: DescribedError | null;
  attempt: Attempt | null;
  booked: Booked | null;
};

export const startingBooking: BookingState = {
  childId: null,
  sessionTypeId: null,
  therapistId: null,
  slot: null,
  location: "",
  locationError: null,
  problem: null,
  attempt: null,
  booked: null,
};

export type BookingAction =
  | { type: "child-chosen"; childId: string }
  | { type: "session-type-chosen"; sessionTypeId: string }
  | { type: "therapist-chosen"; therapistId: string }
  | { type: "time-chosen"; slot: Slot; rememberedLocation: UsState | "" }
  | { type: "went-back"; from: BookingStep; therapistChosenForThem: boolean }
  | { type: "location-changed"; location: UsState | "" }
  | { type: "location-missing"; message: string }
  | { type: "submitted"; attempt: Attempt }
  | { type: "refused"; problem: DescribedError }
  | { type: "booked"; booked: Booked }
  | { type: "all-times-asked" }
  | { type: "started-over" };

export function bookingReducer(state: BookingState, action: BookingAction): BookingState {
  switch (action.type) {
    case "child-chosen":
      return { ...state, childId: action.childId };
    case "session-type-chosen":
      return { ...state, sessionTypeId: action.sessionTypeId };
    case "therapist-chosen":
      return { ...state, therapistId: action.therapistId };
    case "time-chosen":
      return {
        ...state,
        problem: null,
        slot: action.slot,
        location: state.location || action.rememberedLocation,
      };
    case "went-back":
      return { ...stepBack(state, action.from, action.therapistChosenForThem), problem: null };
    case "location-changed":
      return { ...state, location: action.location, locationError: null };
    case "location-missing":
      return { ...state, problem: null, locationError: action.message };
    case "submitted":
      return { ...state, problem: null, locationError: null, attempt: action.attempt };
    case "refused":
      return action.problem.field === "childLocationState"
        ? { ...state, locationError: action.problem.message }
        : { ...state, problem: action.problem };
    case "booked":
      return { ...state, booked: action.booked };
    case "all-times-asked":
      return { ...state, problem: null, slot: null };
    case "started-over":
      return {
        ...state,
        childId: null,
        sessionTypeId: null,
        therapistId: null,
        slot: null,
        booked: null,
        problem: null,
        attempt: null,
      };
  }
}

/** Undo the choice that led to this step; a therapist chosen for the family is skipped over. */
function stepBack(state: BookingState, from: BookingStep, therapistChosenForThem: boolean) {
  switch (from) {
    case "confirm":
      return { ...state, slot: null };
    case "time":
      return therapistChosenForThem
        ? { ...state, sessionTypeId: null }
        : { ...state, therapistId: null };
    case "therapist":
      return { ...state, sessionTypeId: null };
    case "type":
      return { ...state, childId: null };
    default:
      return state;
  }
}

type Choice = { id: string };

/** The child the flow is for: the one chosen, or the family's only child. */
export function bookingChildId(state: BookingState, children: Choice[]): string | null {
  const onlyChild = children.length === 1 ? children[0] : undefined;
  return state.childId ?? onlyChild?.id ?? null;
}

/** The step to show and what each choice stands for, given what the clinic offers. */
export function resolveBooking<
  C extends Choice,
  T extends Choice & { kind: string },
  P extends Choice,
>(
  state: BookingState,
  offered: {
    children: C[];
    sessionTypes: T[];
    /** The child's own therapists; undefined until the child's record has loaded. */
    childsTherapists: P[] | undefined;
    therapists: P[];
  },
) {
  const onlyChild = offered.children.length === 1 ? offered.children[0] : undefined;
  const childId = bookingChildId(state, offered.children);
  const child = offered.children.find((c) => c.id === childId);
  const sessionTypes = offered.sessionTypes.filter((t) => t.kind !== "group");
  const sessionType = sessionTypes.find((t) => t.id === state.sessionTypeId);

  const childsTherapists = offered.childsTherapists ?? [];
  const others = offered.therapists.filter(
    (t) => !childsTherapists.some((mine) => mine.id === t.id),
  );
  const therapistOptions = [...childsTherapists, ...others];
  const onlyTherapist =
    offered.childsTherapists && therapistOptions.length === 1 ? therapistOptions[0] : undefined;
  const therapistId = state.therapistId ?? onlyTherapist?.id ?? null;
  const therapist = therapistOptions.find((t) => t.id === therapistId);

  const step = firstOpenStep(state, { child, sessionType, therapist });
  const steps: BookingStep[] = [
    ...(onlyChild ? [] : (["child"] as const)),
    "type",
    ...(onlyTherapist ? [] : (["therapist"] as const)),
    "time",
    "confirm",
  ];
  return {
    step,
    stepNumber: steps.indexOf(step) + 1,
    stepCount: steps.length,
    onlyChild,
    child,
    sessionTypes,
    sessionType,
    childsTherapists,
    therapistOptions,
    onlyTherapist,
    therapist,
  };
}

export type BookingView<
  C extends Choice,
  T extends Choice & { kind: string },
  P extends Choice,
> = ReturnType<typeof resolveBooking<C, T, P>>;

/** The first step whose choice is still missing (or no longer offered). */
function firstOpenStep(
  state: BookingState,
  found: { child: unknown; sessionType: unknown; therapist: unknown },
): BookingStep {
  if (!found.child) return "child";
  if (!found.sessionType) return "type";
  if (!found.therapist) return "therapist";
  if (!state.slot) return "time";
  if (!state.booked) return "confirm";
  return "done";
}

/** The choices shown as chips above the time and therapist steps. */
export function chosenSoFar(
  view: {
    step: BookingStep;
    child: { firstName: string } | undefined;
    sessionType: { name: string; durationMinutes: number } | undefined;
    therapist: { name: string } | undefined;
  },
  severalChildren: boolean,
): string[] {
  const { step, child, sessionType, therapist } = view;
  return [
    child && severalChildren ? `For ${child.firstName}` : null,
    sessionType ? `${sessionType.name} · ${formatMinutes(sessionType.durationMinutes)}` : null,
    therapist && step !== "therapist" ? `With ${therapist.name}` : null,
  ].filter((item): item is string => Boolean(item));
}

/** What the confirm step sends; each attempt adds its own idempotency key. */
const BookingRequest = CreateBookingInput.omit({ idempotencyKey: true });
type BookingInput = z.output<typeof BookingRequest>;

/**
 * What to send to book the chosen time, checked with booking.create's contract, or why it
 * cannot be sent yet: the missing state beside its field, anything else as the server would say it.
 */
export function bookingRequest(chosen: {
  child: { id: string; firstName: string };
  therapistId: string;
  sessionType: { id: string; modality: string };
  slot: Slot;
  location: UsState | "";
}):
  | { ok: true; input: BookingInput; signature: string }
  | { ok: false; locationError: string }
  | { ok: false; problem: DescribedError } {
  const { child, sessionType, slot, location } = chosen;
  const video = sessionType.modality === "telehealth";
  const locationError = childLocationProblem(video, location, child.firstName);
  if (locationError) return { ok: false, locationError };
  const checked = checkForm(BookingRequest, {
    childId: child.id,
    therapistId: chosen.therapistId,
    sessionTypeId: sessionType.id,
    start: slot.start,
    childLocationState: childLocationInput(video, location),
  });
  if (!checked.ok) return { ok: false, problem: describeCheck(checked.fieldErrors) };
  const input = checked.value;
  return { ok: true, input, signature: JSON.stringify([...Object.values(input), +slot.start]) };
}

/** The same attempt retried (say after a dropped connection) keeps its key, so it books once. */
export function nextAttempt(
  previous: Attempt | null,
  signature: string,
  newKey: () => string,
): Attempt {
  return previous?.signature === signature ? previous : { signature, key: newKey() };
}

/** A time offered instead of a taken one, as long as the chosen session type. */
export function slotStartingAt(start: Date, durationMinutes: number): Slot {
  return { start, end: new Date(+start + durationMinutes * 60_000) };
}
