"use client";

import { useRef, useState, type FormEvent } from "react";

import { focusFirstInvalid, type FieldErrors } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { fieldsAt } from "./appointment-time";
import type { ChildOption, SessionTypeOption } from "./calendar-types";
import {
  checkNewAppointment,
  initialNewAppointment,
  placeRefusal,
  readNewAppointment,
  type GroupDetailsField,
  type NewAppointmentField,
  type NewAppointmentTarget,
  type Refusal,
} from "./new-appointment-form";
import {
  checkSeriesRequest,
  NO_REPEAT,
  repeats,
  type RepeatField,
  type RepeatValues,
} from "./series-request";
import { useCreateAppointment } from "./use-create-appointment.client";
import { useSeries } from "./use-series.client";

/** The new-session form's fields, its messages, and sending it. */
export function useNewAppointmentForm({
  target,
  childOptions,
  sessionTypes,
  onBooked,
  onClose,
}: {
  target: NewAppointmentTarget;
  childOptions: ChildOption[];
  sessionTypes: SessionTypeOption[];
  onBooked: (message: string) => void;
  onClose: () => void;
}) {
  const form = useRef<HTMLFormElement>(null);
  const zone = target.timeZone;
  const [values, setValues] = useState(() =>
    initialNewAppointment(target, childOptions, sessionTypes),
  );
  const [errors, setErrors] = useState<FieldErrors<NewAppointmentField>>({});
  const [problem, setProblem] = useState<Refusal | null>(null);
  const reading = readNewAppointment(values, sessionTypes, zone);
  const { create, busy: creating } = useCreateAppointment(target, childOptions);
  const [repeat, setRepeat] = useState<RepeatValues>(NO_REPEAT);
  const [repeatErrors, setRepeatErrors] = useState<FieldErrors<RepeatField>>({});
  const series = useSeries(
    zone,
    (id) => childOptions.find((c) => c.id === id)?.name ?? "the child",
  );
  const repeating = repeats(repeat) && !reading.isGroup;

  function change(field: NewAppointmentField, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    // Editing a group's detail retires its message; the two ages are checked together.
    if (isGroupDetail(field))
      setErrors((e) =>
        field === "ageMin" || field === "ageMax"
          ? { ...e, ageMin: undefined, ageMax: undefined }
          : { ...e, [field]: undefined },
      );
    // A new date or time is a new request: the refusal of the last one no longer applies.
    if (field === "date" || field === "time") setProblem(null);
  }

  function pick(at: Date) {
    setValues((v) => ({ ...v, ...fieldsAt(at, zone) }));
    setErrors((e) => ({ ...e, date: undefined, time: undefined }));
    setProblem(null);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const checked = checkNewAppointment(values, sessionTypes, zone);
    setErrors(checked.ok ? {} : checked.errors);
    const seriesChecked =
      repeating && checked.ok && checked.request.kind === "session"
        ? checkSeriesRequest(
            checked.request.input,
            { therapistId: target.therapistId, date: values.date, time: values.time },
            repeat,
          )
        : null;
    setRepeatErrors(seriesChecked && !seriesChecked.ok ? seriesChecked.errors : {});
    if (!checked.ok || (seriesChecked && !seriesChecked.ok)) return focusFirstInvalid(form.current);
    try {
      const message = seriesChecked?.ok
        ? await series.start(seriesChecked.input)
        : await create(checked.request, checked.sessionType.name);
      if (message === null) return;
      onBooked(message);
      onClose();
    } catch (error) {
      const placed = placeRefusal(describeError(error));
      if ("problem" in placed) return setProblem(placed.problem);
      setErrors(placed.errors);
      focusFirstInvalid(form.current);
    }
  }

  async function skipClashes() {
    if (!series.preview) return;
    try {
      const message = await series.bookSkippingClashes(series.preview);
      if (message === null) return;
      onBooked(message);
      onClose();
    } catch (error) {
      series.closePreview();
      setProblem({ message: describeError(error).message, alternatives: [] });
    }
  }

  return {
    form,
    values,
    errors,
    problem,
    ...reading,
    busy: creating || series.busy,
    change,
    pick,
    submit,
    repeat,
    repeatErrors,
    repeating,
    setRepeat: (next: RepeatValues) => {
      setRepeat(next);
      setRepeatErrors({});
    },
    series: { preview: series.preview, back: series.closePreview, skipClashes },
  };
}

const isGroupDetail = (field: NewAppointmentField): field is GroupDetailsField =>
  field === "groupName" || field === "groupTopic" || field === "ageMin" || field === "ageMax";
