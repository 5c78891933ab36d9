import { isCalendarDate } from "@carryover/domain/scheduling";

import type { FieldErrors } from "~/lib/form-errors";
import type { DescribedError } from "~/lib/trpc-error";
import { fieldsAt, isClock, SKIPPED_TIME, startFrom } from "./appointment-time";
import type { ChildOption, SessionTypeOption } from "./calendar-types";

export type NewAppointmentField =
  "childId" | "sessionTypeId" | "date" | "time" | "childLocationState";

export type NewAppointmentValues = Record<NewAppointmentField, string>;

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

const SERVER_FIELDS: Record<string, NewAppointmentField> = {
  childId: "childId",
  sessionTypeId: "sessionTypeId",
  start: "time",
  childLocationState: "childLocationState",
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

export function findNewAppointmentErrors(
  values: NewAppointmentValues,
  sessionTypes: SessionTypeOption[],
  timeZone: string,
): FieldErrors<NewAppointmentField> {
  const { sessionType, isGroup, needsState, start } = readNewAppointment(
    values,
    sessionTypes,
    timeZone,
  );
  const found: FieldErrors<NewAppointmentField> = {};
  if (!isGroup && !values.childId) found.childId = "Choose the child the session is for.";
  if (!sessionType) found.sessionTypeId = "Choose a session type.";
  if (!isCalendarDate(values.date)) found.date = "Enter the date of the session.";
  if (!isClock(values.time)) found.time = "Enter the start time, for example 2:00 PM.";
  else if (isCalendarDate(values.date) && !start) found.time = SKIPPED_TIME;
  if (needsState && !values.childLocationState)
    found.childLocationState = "Choose the state the child will be in during the video session.";
  return found;
}

/**
 * Where a refusal shows: beside the field the server names, or above the form with the open
 * times it offers instead (a taken time always goes above, with its alternatives).
 */
export function placeRefusal(
  refused: DescribedError,
): { field: NewAppointmentField; message: string } | { problem: Refusal } {
  const known = refused.field ? SERVER_FIELDS[refused.field] : undefined;
  if (known && refused.alternatives.length === 0 && known !== "time")
    return { field: known, message: refused.message };
  return { problem: { message: refused.message, alternatives: refused.alternatives } };
}
