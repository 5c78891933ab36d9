import { describe, expect, it } from "vitest";

import type { DescribedError } from "~/lib/trpc-error";
import type { SessionTypeOption } from "./calendar-types";
import {
  checkNewAppointment,
  initialNewAppointment,
  placeRefusal,
  readNewAppointment,
  type NewAppointmentTarget,
  type NewAppointmentValues,
} from "./new-appointment-form";

const CHICAGO = "America/Chicago";
const MAYA = "6f1d2c3b-4a5e-4f60-8b7a-9c8d7e6f5a41";

const sessionType = (over: Partial<SessionTypeOption>): SessionTypeOption => ({
  id: "2a7c9e41-3b5d-4f6a-8c1e-0d9b7a5c3e12",
  name: "Parent coaching session",
  kind: "coaching",
  modality: "telehealth",
  durationMinutes: 45,
  capacity: 1,
  minimumNoticeMinutes: 120,
  maximumAdvanceDays: 60,
  cancellationWindowHours: 24,
  priceCents: null,
  ...over,
});

const evaluation = sessionType({
  id: "8e3f1a6c-9d2b-4c7e-a5f0-1b4d6c8e2a73",
  name: "Evaluation",
  kind: "evaluation",
  modality: "clinic",
});
const coaching = sessionType({});
const group = sessionType({
  id: "c4b8d2e6-1f3a-4e5c-9b7d-2a6e8c0f4b15",
  name: "Group",
  kind: "group",
  capacity: 6,
});
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
  childId: MAYA,
  sessionTypeId: coaching.id,
  date: "2026-12-09",
  time: "10:00",
  childLocationState: "IL",
  groupName: "",
  groupTopic: "",
  ageMin: "",
  ageMax: "",
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

/** The message beside each field, none when the form can be sent. */
const findNewAppointmentErrors = (...args: Parameters<typeof checkNewAppointment>) => {
  const checked = checkNewAppointment(...args);
  return checked.ok ? {} : checked.errors;
};

describe("checkNewAppointment", () => {
  it("books the checked session, or opens the group, with booking.create's or group.create's input", () => {
    expect(checkNewAppointment(values(), SESSION_TYPES, CHICAGO)).toMatchObject({
      ok: true,
      request: {
        kind: "session",
        input: {
          childId: MAYA,
          sessionTypeId: coaching.id,
          start: new Date("2026-12-09T16:00:00Z"),
          childLocationState: "IL",
        },
      },
    });
    const opening = checkNewAppointment(
      values({
        sessionTypeId: group.id,
        childId: "",
        groupName: " Handwriting club ",
        groupTopic: "Pencil grip",
        ageMin: "5",
        ageMax: " 7",
      }),
      SESSION_TYPES,
      CHICAGO,
    );
    expect(opening).toMatchObject({
      ok: true,
      request: {
        kind: "group",
        input: {
          sessionTypeId: group.id,
          name: "Handwriting club",
          topic: "Pencil grip",
          ages: { min: 5, max: 7 },
        },
      },
    });
  });
  it("gives booking.create's message for a child that isn't one of the list", () => {
    expect(findNewAppointmentErrors(values({ childId: "maya" }), SESSION_TYPES, CHICAGO)).toEqual({
      childId: "Choose the child the session is for.",
    });
  });
  it("asks only for the date when the date is missing, not for a start", () => {
    expect(findNewAppointmentErrors(values({ date: "" }), SESSION_TYPES, CHICAGO)).toEqual({
      date: "Enter the date of the session.",
    });
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
  it("asks a group for its name, and for ages in whole years with the youngest first", () => {
    const groupValues = { sessionTypeId: group.id, childId: "", childLocationState: "" };
    expect(findNewAppointmentErrors(values(groupValues), SESSION_TYPES, CHICAGO)).toEqual({
      groupName: "Give the group a name families will recognize, for example Handwriting club.",
    });
    const ages = (ageMin: string, ageMax: string) =>
      findNewAppointmentErrors(
        values({ ...groupValues, groupName: "Club", ageMin, ageMax }),
        SESSION_TYPES,
        CHICAGO,
      );
    expect(ages("8", "5")).toEqual({ ageMax: "The youngest age can't be above the oldest." });
    expect(ages("five", "")).toEqual({ ageMin: "Enter an age in whole years." });
    expect(ages("", "22")).toEqual({ ageMax: "Choose an age up to 21." });
    expect(ages("", "")).toEqual({});
  });
  it("opens a group without a child or a state", () => {
    expect(
      findNewAppointmentErrors(
        values({ sessionTypeId: group.id, childId: "", childLocationState: "", groupName: "Club" }),
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
    ).toEqual({ errors: { childLocationState: "Not licensed." } });
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
