import { describe, expect, it } from "vitest";

import type { DescribedError } from "~/lib/trpc-error";
import type { SessionTypeOption } from "./calendar-types";
import {
  findNewAppointmentErrors,
  initialNewAppointment,
  placeRefusal,
  readNewAppointment,
  type NewAppointmentTarget,
  type NewAppointmentValues,
} from "./new-appointment-form";

const CHICAGO = "America/Chicago";

const sessionType = (over: Partial<SessionTypeOption>): SessionTypeOption => ({
  id: "st-coaching",
  name: "Parent coaching session",
  kind: "coaching",
  modality: "telehealth",
  durationMinutes: 45,
  capacity: 1,
  minimumNoticeMinutes: 120,
  maximumAdvanceDays: 60,
  cancellationWindowHours: 24,
  ...over,
});

const evaluation = sessionType({
  id: "st-eval",
  name: "Evaluation",
  kind: "evaluation",
  modality: "clinic",
});
const coaching = sessionType({});
const group = sessionType({ id: "st-group", name: "Group", kind: "group", capacity: 6 });
const SESSION_TYPES = [evaluation, coaching, group];

const target = (over: Partial<NewAppointmentTarget> = {}): NewAppointmentTarget => ({
  therapistId: "t1",
  therapistName: "Alex Rivera",
  timeZone: CHICAGO,
  start: null,
  date: "2026-12-09",
  ...over,
});

const values = (over: Partial<NewAppointmentValues> = {}): NewAppointmentValues => ({
  childId: "c1",
  sessionTypeId: coaching.id,
  date: "2026-12-09",
  time: "10:00",
  childLocationState: "IL",
  ...over,
});

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

describe("initialNewAppointment", () => {
  it("fills the date and time of the open time clicked, on the therapist's clock", () => {
    const picked = initialNewAppointment(
      target({ start: new Date("2026-12-09T14:15:00Z") }),
      [],
      SESSION_TYPES,
    );
    expect(picked).toMatchObject({ date: "2026-12-09", time: "08:15" });
  });
  it("from the New session button, starts on the date shown with no time", () => {
    expect(initialNewAppointment(target({ date: "2026-12-07" }), [], SESSION_TYPES)).toMatchObject({
      date: "2026-12-07",
      time: "",
    });
  });
  it("chooses coaching, else the first session type, and the child of a caseload of one", () => {
    const one = initialNewAppointment(
      target(),
      [{ id: "c1", name: "Maya Johnson" }],
      SESSION_TYPES,
    );
    expect(one).toMatchObject({ sessionTypeId: coaching.id, childId: "c1" });
    const two = initialNewAppointment(
      target(),
      [
        { id: "c1", name: "Maya Johnson" },
        { id: "c2", name: "Sofia Garcia" },
      ],
      [evaluation, group],
    );
    expect(two).toMatchObject({ sessionTypeId: evaluation.id, childId: "" });
  });
});

describe("readNewAppointment", () => {
  it("asks where the child will be for a video session, not for a group or an in-clinic one", () => {
    expect(readNewAppointment(values(), SESSION_TYPES, CHICAGO).needsState).toBe(true);
    expect(
      readNewAppointment(values({ sessionTypeId: group.id }), SESSION_TYPES, CHICAGO),
    ).toMatchObject({ isGroup: true, needsState: false });
    expect(
      readNewAppointment(values({ sessionTypeId: evaluation.id }), SESSION_TYPES, CHICAGO)
        .needsState,
    ).toBe(false);
  });
});

describe("findNewAppointmentErrors", () => {
  it("lets a complete session through", () => {
    expect(findNewAppointmentErrors(values(), SESSION_TYPES, CHICAGO)).toEqual({});
  });
  it("asks for each missing field in words", () => {
    expect(
      findNewAppointmentErrors(
        values({ childId: "", sessionTypeId: "", date: "", time: "" }),
        SESSION_TYPES,
        CHICAGO,
      ),
    ).toEqual({
      childId: "Choose the child the session is for.",
      sessionTypeId: "Choose a session type.",
      date: "Enter the date of the session.",
      time: "Enter the start time, for example 2:00 PM.",
    });
  });
  it("asks for the child's state for a video session", () => {
    expect(
      findNewAppointmentErrors(values({ childLocationState: "" }), SESSION_TYPES, CHICAGO),
    ).toEqual({
      childLocationState: "Choose the state the child will be in during the video session.",
    });
  });
  it("opens a group without a child or a state", () => {
    expect(
      findNewAppointmentErrors(
        values({ sessionTypeId: group.id, childId: "", childLocationState: "" }),
        SESSION_TYPES,
        CHICAGO,
      ),
    ).toEqual({});
  });
  it("refuses a time the clocks skip on that date", () => {
    expect(
      findNewAppointmentErrors(
        values({ date: "2026-03-08", time: "02:30" }),
        SESSION_TYPES,
        CHICAGO,
      ).time,
    ).toBe("That time doesn't exist on this date (the clocks change). Choose another time.");
  });
});

describe("placeRefusal", () => {
  it("puts a refusal about the child, session type or state beside that field", () => {
    expect(
      placeRefusal(refused({ field: "childLocationState", message: "Not licensed." })),
    ).toEqual({ field: "childLocationState", message: "Not licensed." });
  });
  it("puts a taken time above the form with the open times offered instead", () => {
    const alternatives = [new Date("2026-12-09T17:00:00Z")];
    expect(
      placeRefusal(refused({ field: "start", code: "CONFLICT", message: "Taken.", alternatives })),
    ).toEqual({ problem: { message: "Taken.", alternatives } });
  });
  it("puts a refusal naming no known field above the form", () => {
    expect(placeRefusal(refused({ field: "idempotencyKey", message: "Try again." }))).toEqual({
      problem: { message: "Try again.", alternatives: [] },
    });
  });
});
