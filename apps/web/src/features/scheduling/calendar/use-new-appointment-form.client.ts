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
  type NewAppointmentField,
  type NewAppointmentTarget,
  type Refusal,
} from "./new-appointment-form";
import { useCreateAppointment } from "./use-create-appointment.client";

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
  const { create, busy } = useCreateAppointment(target, childOptions);

  function change(field: NewAppointmentField, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
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
    if (!checked.ok) return focusFirstInvalid(form.current);
    try {
      onBooked(await create(checked.request, checked.sessionType.name));
      onClose();
    } catch (error) {
      const placed = placeRefusal(describeError(error));
      if ("problem" in placed) return setProblem(placed.problem);
      setErrors(placed.errors);
      focusFirstInvalid(form.current);
    }
  }

  return { form, values, errors, problem, ...reading, busy, change, pick, submit };
}
