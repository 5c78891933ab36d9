import type { z } from "zod";

import { CreateBookingInput } from "@carryover/api/contracts/booking";
import { CreateGroupInput } from "@carryover/api/contracts/group";
import { isCalendarDate } from "@carryover/domain/scheduling";

import { childLocationInput, childLocationProblem } from "~/features/scheduling/child-location";
import { asSentences, placeOnForm } from "~/features/scheduling/field-errors";
import { isUsState } from "~/features/scheduling/us-states";
import { checkForm, placeFieldErrors, type FieldErrors } from "~/lib/form-errors";
import type { DescribedError } from "~/lib/trpc-error";
import { fieldsAt, isClock, SKIPPED_TIME, startFrom } from "./appointment-time";
import type { ChildOption, SessionTypeOption } from "./calendar-types";

export type NewAppointmentField =
  "childId" | "sessionTypeId" | "date" | "time" | "childLocationState" | GroupDetailsField;

/** What a group asks besides its time: families choose a group by these. */
export type GroupDetailsField = "groupName" | "groupTopic" | "ageMin" | "ageMax";

export type NewAppointmentValues = Record<NewAppointmentField, string>;
export type NewAppointmentErrors = FieldErrors<NewAppointmentField>;

/** Where the dialog opens: a picked open time, or a date to start on. */
export type NewAppointmentTarget = {
  therapistId: string;
  therapistName: string;
  timeZone: string;
  start: Date | null;
  /** A date to start on when no time was picked. */
  date: string;
};

export type Refusal = { message: string; alternatives: Date[] };

const SERVER_FIELDS: Partial<Record<string, NewAppointmentField>> = {
  childId: "childId",
  sessionTypeId: "sessionTypeId",
  start: "time",
  childLocationState: "childLocationState",
  name: "groupName",
  topic: "groupTopic",
  "ages.min": "ageMin",
  "ages.max": "ageMax",
};

/** The only child of a caseload, coaching when the clinic offers it, and the picked time. */
export function initialNewAppointment(
  target: NewAppointmentTarget,
  childOptions: ChildOption[],
  sessionTypes: SessionTypeOption[],
): NewAppointmentValues {
  const picked = target.start ? fieldsAt(target.start, target.timeZone) : null;
  return {
    childId: childOptions.length === 1 ? (childOptions[0]?.id ?? "") : "",
    sessionTypeId: sessionTypes.find((t) => t.kind === "coaching")?.id ?? sessionTypes[0]?.id ?? "",
    date: picked?.date ?? target.date,
    time: picked?.time ?? "",
    childLocationState: "",
    groupName: "",
    groupTopic: "",
    ageMin: "",
    ageMax: "",
  };
}

/** What the chosen session type asks of the form, and the start the fields name. */
export function readNewAppointment(
  values: NewAppointmentValues,
  sessionTypes: SessionTypeOption[],
  timeZone: string,
) {
  const sessionType = sessionTypes.find((t) => t.id === values.sessionTypeId);
  const isGroup = sessionType?.kind === "group";
  return {
    sessionType,
    isGroup,
    /** A video session needs the state the child is in: the therapist must be licensed there. */
    needsState: sessionType?.modality === "telehealth" && !isGroup,
    start: startFrom(values.date, values.time, timeZone),
  };
}

/** What the form sends once checked; the therapist is the calendar's, the idempotency key new. */
const SessionRequest = CreateBookingInput.omit({ therapistId: true, idempotencyKey: true });
const GroupRequest = CreateGroupInput.omit({ therapistId: true });
export type NewAppointmentRequest =
  | { kind: "session"; input: z.output<typeof SessionRequest> }
  | { kind: "group"; input: z.output<typeof GroupRequest> };

/** The form field behind an input path of booking.create or group.create: the start is the time. */
const fieldOf = (path: string): NewAppointmentField | null => SERVER_FIELDS[path] ?? null;

/**
 * The session to book (booking.create) or the group to open (group.create), checked with that
 * call's contract, or each field's message. The date and time, which make the contract's start,
 * and the state a video session needs, are asked for in the form's own words.
 */
export function checkNewAppointment(
  values: NewAppointmentValues,
  sessionTypes: SessionTypeOption[],
  timeZone: string,
):
  | { ok: true; request: NewAppointmentRequest; sessionType: SessionTypeOption }
  | { ok: false; errors: NewAppointmentErrors } {
  const { sessionType, isGroup, needsState, start } = readNewAppointment(
    values,
    sessionTypes,
    timeZone,
  );
  const own: NewAppointmentErrors = {};
  if (!isCalendarDate(values.date)) own.date = "Enter the date of the session.";
  if (!isClock(values.time)) own.time = "Enter the start time, for example 2:00 PM.";
  else if (isCalendarDate(values.date) && !start) own.time = SKIPPED_TIME;
  const location = isUsState(values.childLocationState) ? values.childLocationState : "";
  const locationError = childLocationProblem(needsState, location, "the child");
  if (locationError) own.childLocationState = locationError;

  const checked = isGroup
    ? groupRequest({
        sessionTypeId: sessionType?.id,
        start,
        name: values.groupName,
        topic: values.groupTopic,
        ages: { min: ageInput(values.ageMin), max: ageInput(values.ageMax) },
      })
    : sessionRequest({
        childId: values.childId,
        sessionTypeId: sessionType?.id ?? "",
        start,
        childLocationState: childLocationInput(needsState, location),
      });
  if (checked.ok && sessionType && Object.keys(own).length === 0)
    return { ok: true, request: checked.request, sessionType };
  const contract: NewAppointmentErrors = checked.ok
    ? {}
    : placeFieldErrors(asSentences(checked.fieldErrors), fieldOf).errors;
  // A start the date and time fields can't make is theirs to explain, in their words.
  if (!start) delete contract.time;
  return { ok: false, errors: { ...contract, ...own } };
}

/** An age field as group.create takes it: empty is an open end; anything else the contract checks. */
function ageInput(value: string): number | null {
  const trimmed = value.trim();
  return trimmed === "" ? null : Number(trimmed);
}

function groupRequest(input: object) {
  const checked = checkForm(GroupRequest, input);
  return checked.ok
    ? { ok: true as const, request: { kind: "group" as const, input: checked.value } }
    : checked;
}

function sessionRequest(input: object) {
  const checked = checkForm(SessionRequest, input);
  return checked.ok
    ? { ok: true as const, request: { kind: "session" as const, input: checked.value } }
    : checked;
}

/**
 * Where a refusal shows: each message beside the field the server names, or the whole refusal
 * above the form with the open times it offers instead (a refused time always goes above).
 */
export function placeRefusal(
  refused: DescribedError,
): { errors: NewAppointmentErrors } | { problem: Refusal } {
  if (refused.alternatives.length === 0) {
    const placed = placeOnForm(refused, (path) => (path === "start" ? null : fieldOf(path)));
    if (!placed.problem) return { errors: placed.errors };
  }
  return { problem: { message: refused.message, alternatives: refused.alternatives } };
}
