"use client";

import { TimePicker } from "~/features/scheduling/time-picker.client";
import type { Slot } from "~/features/scheduling/types";
import { StepHeading } from "./step-heading.client";

export function TimeStep({
  therapist,
  sessionTypeId,
  timeZone,
  onChoose,
}: {
  therapist: { id: string; name: string };
  sessionTypeId: string;
  timeZone: string;
  onChoose: (slot: Slot) => void;
}) {
  return (
    <section className="flex flex-col gap-3">
      <StepHeading>Choose a time</StepHeading>
      <TimePicker
        therapistId={therapist.id}
        therapistName={therapist.name}
        sessionTypeId={sessionTypeId}
        timeZone={timeZone}
        selected={null}
        onSelect={onChoose}
      />
    </section>
  );
}
