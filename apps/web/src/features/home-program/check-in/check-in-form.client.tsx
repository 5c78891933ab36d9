"use client";

import Link from "next/link";
import { useState, type ReactNode } from "react";

import { Alert, buttonClasses, Card, EmptyState } from "@carryover/ui";

import { weekName } from "~/features/home-program/progress/progress-data";
import { useProgramProgress } from "~/features/home-program/progress/use-program-progress.client";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { formatCalendarDate } from "~/lib/time";
import { MIN_GOALS, planCheckIn, type CheckInPlan } from "./check-in-data";
import { ThankYou, type SentCheckIn } from "./check-in-thanks.client";
import { RatingForm } from "./rating-form.client";

export function CheckInForm({
  childId,
  childName,
  today,
  guardian,
}: {
  childId: string;
  childName: string;
  today: string;
  guardian: boolean;
}) {
  const { programView, progress, error, retry } = useProgramProgress(childId);
  // Kept here: once sent, the check-in is no longer due, and the thank-you must stay.
  const [sent, setSent] = useState<SentCheckIn | null>(null);

  if (programView === undefined || progress === undefined) {
    if (error) return <QueryError error={error} what="the check-in" onRetry={retry} />;
    return <ListSkeleton rows={4} label="Loading the check-in" />;
  }

  const program = programView.program;
  const progressLink = (
    <Link
      href={`/children/${childId}/progress`}
      className={buttonClasses({ variant: "secondary", size: "lg", className: "w-full" })}
    >
      See {childName}&apos;s progress
    </Link>
  );

  if (sent)
    return (
      <ThankYou
        childName={childName}
        sent={sent}
        goals={program?.goals ?? []}
        progressLink={progressLink}
      />
    );

  if (!program || !progress)
    return (
      <EmptyState
        title="No home program yet"
        description={
          guardian
            ? `Check-ins start once your therapist sets up ${childName}'s home program.`
            : `Check-ins start once ${childName} has a home program with at least ${MIN_GOALS} goals.`
        }
      />
    );

  const plan = planCheckIn(progress);
  if (plan.kind === "none") return <NoneDue next={plan.next} progressLink={progressLink} />;

  if (program.goals.length < MIN_GOALS)
    return (
      <TooFewGoals childName={childName} goalCount={program.goals.length} guardian={guardian} />
    );

  return (
    <RatingForm
      key={plan.week}
      childId={childId}
      childName={childName}
      today={today}
      plan={plan}
      goals={program.goals}
      checkIns={progress.checkIns}
      guardian={guardian}
      onSent={setSent}
    />
  );
}

function NoneDue({
  next,
  progressLink,
}: {
  next: Extract<CheckInPlan, { kind: "none" }>["next"];
  progressLink: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-4">
      <Card title="No check-in is due right now" titleAs="h2">
        <p>
          {next
            ? `The next one is the ${weekName(next.week)} check-in, from ${formatCalendarDate(next.dueDate)}.`
            : "Every check-in of this program is done. Thank you!"}
        </p>
      </Card>
      {progressLink}
    </div>
  );
}

function TooFewGoals({
  childName,
  goalCount,
  guardian,
}: {
  childName: string;
  goalCount: number;
  guardian: boolean;
}) {
  return (
    <Alert tone="warning" title="This check-in needs a few more goals">
      {guardian
        ? `A check-in rates at least ${MIN_GOALS} goals, and ${childName}'s program has ${goalCount}. Your therapist can add them with you at your next session.`
        : `A check-in rates at least ${MIN_GOALS} goals, and the program has ${goalCount}. Add goals in the family's words to the program first.`}
    </Alert>
  );
}
