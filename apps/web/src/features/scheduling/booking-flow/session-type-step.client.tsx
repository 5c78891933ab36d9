"use client";

import Link from "next/link";

import { EmptyState } from "@carryover/ui";

import { MODALITY_LABELS_FOR_FAMILIES } from "~/features/scheduling/labels";
import type { SessionType } from "~/features/scheduling/types";
import { formatMinutes } from "~/lib/time";
import { ChoiceButton, StepHeading } from "./step-heading.client";

export function SessionTypeStep({
  childName,
  sessionTypes,
  focusOnMount,
  onChoose,
}: {
  childName: string;
  sessionTypes: SessionType[];
  focusOnMount: boolean;
  onChoose: (sessionTypeId: string) => void;
}) {
  return (
    <section className="flex flex-col gap-3">
      <StepHeading focusOnMount={focusOnMount}>What kind of session for {childName}?</StepHeading>
      {sessionTypes.length === 0 ? (
        <EmptyState
          title="Nothing to book online yet"
          description="Your clinic hasn't opened any session types for online booking. Please contact the clinic."
        />
      ) : (
        sessionTypes.map((t) => (
          <ChoiceButton
            key={t.id}
            title={t.name}
            detail={`${formatMinutes(t.durationMinutes)} · ${MODALITY_LABELS_FOR_FAMILIES[t.modality]}`}
            onClick={() => onChoose(t.id)}
          />
        ))
      )}
      <p className="text-stone-600">
        Looking for a group?{" "}
        <Link
          href="/family/groups"
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-4"
        >
          See group sessions
        </Link>
      </p>
    </section>
  );
}
