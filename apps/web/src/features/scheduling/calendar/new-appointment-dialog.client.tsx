"use client";

import { Button } from "@carryover/ui";

import { BookingCoverageWarning } from "~/features/billing/booking-coverage-warning.client";
import { Dialog } from "~/lib/dialog.client";
import { zoneInWords } from "~/lib/time";
import { DateAndTimeFields, RefusalAlert } from "./appointment-form-parts.client";
import type { ChildOption, SessionTypeOption } from "./calendar-types";
import { GroupFields } from "./group-fields.client";
import { ChildField, LocationStateField, SessionTypeField } from "./new-appointment-fields.client";
import type { NewAppointmentTarget } from "./new-appointment-form";
import { OpenTimes } from "./open-times.client";
import { RepeatFields } from "./repeat-fields.client";
import { SeriesClashes } from "./series-clashes.client";
import { useNewAppointmentForm } from "./use-new-appointment-form.client";

type Props = {
  onClose: () => void;
  childOptions: ChildOption[];
  sessionTypes: SessionTypeOption[];
  onBooked: (message: string) => void;
};

/** Books a session for a child of the caseload, or opens a group, from the staff calendar. */
export function NewAppointmentDialog({
  target,
  ...props
}: Props & { target: NewAppointmentTarget | null }) {
  return (
    <Dialog
      open={target !== null}
      onClose={props.onClose}
      title="New session"
      description={
        target
          ? `With ${target.therapistName}. Times are in ${zoneInWords(target.timeZone, target.start ?? new Date())}.`
          : undefined
      }
    >
      {target ? (
        <NewAppointmentForm
          key={`${target.therapistId} ${+(target.start ?? 0)} ${target.date}`}
          target={target}
          {...props}
        />
      ) : null}
    </Dialog>
  );
}

function NewAppointmentForm(props: Props & { target: NewAppointmentTarget }) {
  const { target, childOptions, sessionTypes, onClose } = props;
  const fields = useNewAppointmentForm(props);
  const { form, values, errors, problem, sessionType, isGroup, needsState, start, busy } = fields;
  const { change, pick, submit, repeat, repeatErrors, repeating, setRepeat, series } = fields;
  if (series.preview)
    return (
      <SeriesClashes
        preview={series.preview}
        timeZone={target.timeZone}
        busy={busy}
        onSkip={() => void series.skipClashes()}
        onBack={series.back}
      />
    );
  return (
    <form ref={form} onSubmit={submit} noValidate className="flex flex-col gap-4">
      {problem ? (
        <RefusalAlert
          title="The session wasn't booked."
          {...problem}
          timeZone={target.timeZone}
          onPick={pick}
        />
      ) : null}
      <SessionTypeField
        sessionTypes={sessionTypes}
        value={values.sessionTypeId}
        onChange={(value) => change("sessionTypeId", value)}
        error={errors.sessionTypeId}
      />
      <ChildField
        isGroup={isGroup}
        childOptions={childOptions}
        value={values.childId}
        onChange={(value) => change("childId", value)}
        error={errors.childId}
      />
      {isGroup ? <GroupFields values={values} errors={errors} onChange={change} /> : null}
      <DateAndTimeFields
        labels={{ date: "Date", time: "Start time" }}
        date={values.date}
        time={values.time}
        onDate={(date) => change("date", date)}
        onTime={(time) => change("time", time)}
        errors={errors}
      />
      <OpenTimes
        therapistId={target.therapistId}
        sessionTypeId={sessionType?.id ?? null}
        date={values.date}
        timeZone={target.timeZone}
        selected={start}
        onPick={pick}
      />
      {isGroup ? null : (
        <RepeatFields
          date={values.date}
          value={repeat}
          onChange={setRepeat}
          errors={repeatErrors}
        />
      )}
      {needsState ? (
        <LocationStateField
          value={values.childLocationState}
          onChange={(value) => change("childLocationState", value)}
          error={errors.childLocationState}
        />
      ) : null}
      {isGroup ? null : (
        <BookingCoverageWarning
          childId={values.childId}
          sessionTypeId={values.sessionTypeId}
          start={start}
        />
      )}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button type="button" variant="secondary" onClick={onClose} disabled={busy}>
          Close
        </Button>
        <Button type="submit" busy={busy}>
          {isGroup ? "Open the group" : repeating ? "Book the sessions" : "Book the session"}
        </Button>
      </div>
    </form>
  );
}
