"use client";

import type { ChildSummary } from "~/features/children/types";
import { ChoiceButton, StepHeading } from "./step-heading.client";

export function ChildStep({
  options,
  onChoose,
}: {
  options: ChildSummary[];
  onChoose: (childId: string) => void;
}) {
  return (
    <section className="flex flex-col gap-3">
      <StepHeading focusOnMount={false}>Who is the session for?</StepHeading>
      {options.map((c) => (
        <ChoiceButton
          key={c.id}
          title={`${c.firstName} ${c.lastName}`}
          detail={c.primaryTherapistName ? `Therapist: ${c.primaryTherapistName}` : undefined}
          onClick={() => onChoose(c.id)}
        />
      ))}
    </section>
  );
}
