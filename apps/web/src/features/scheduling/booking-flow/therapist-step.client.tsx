"use client";

import { ListSkeleton, QueryError } from "~/lib/query-state";
import { ChoiceButton, StepHeading } from "./step-heading.client";

type Therapist = { id: string; name: string };

export function TherapistStep({
  childName,
  options,
  childsTherapists,
  loading,
  error,
  onRetry,
  onChoose,
}: {
  childName: string;
  /** The child's own therapists first, then the others at the clinic. */
  options: Therapist[];
  childsTherapists: Therapist[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  onChoose: (therapistId: string) => void;
}) {
  return (
    <section className="flex flex-col gap-3">
      <StepHeading>Which therapist?</StepHeading>
      {loading ? (
        <ListSkeleton rows={2} label="Loading therapists" />
      ) : error ? (
        <QueryError error={error} what="the therapists" onRetry={onRetry} />
      ) : (
        options.map((t) => (
          <ChoiceButton
            key={t.id}
            title={t.name}
            detail={
              childsTherapists.some((mine) => mine.id === t.id)
                ? `${childName}'s therapist`
                : "Another therapist at the clinic"
            }
            onClick={() => onChoose(t.id)}
          />
        ))
      )}
    </section>
  );
}
