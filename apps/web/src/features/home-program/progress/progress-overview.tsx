import Link from "next/link";

import { Alert, Badge, buttonClasses, Card, type BadgeTone } from "@carryover/ui";

import { planCheckIn } from "~/features/home-program/check-in/check-in-data";
import { formatCalendarDate } from "~/lib/time";
import { weekLabel } from "./progress-data";
import { Suggestions } from "./suggestions.client";
import type { CheckInDueView, Program, Progress } from "./types";

const DUE_WORDS: Record<CheckInDueView["status"], { label: string; tone: BadgeTone }> = {
  upcoming: { label: "Coming up", tone: "neutral" },
  due: { label: "Due now", tone: "brand" },
  overdue: { label: "Overdue", tone: "warning" },
  done: { label: "Done", tone: "success" },
};

/** At a glance: whether the program needs a review, the check-ins, and the suggested changes. */
export function Overview({
  childId,
  childName,
  program,
  progress,
  staff,
}: {
  childId: string;
  childName: string;
  program: Program;
  progress: Progress;
  staff: boolean;
}) {
  const suggestions = progress.activities.flatMap((a) =>
    a.suggestion ? [{ ...a, suggestion: a.suggestion }] : [],
  );
  return (
    <section aria-labelledby="overview-heading" className="flex flex-col gap-4">
      <h2 id="overview-heading" className="sr-only">
        At a glance
      </h2>
      {progress.review.flagged ? (
        <Alert tone="warning" title="Time to review the program">
          {progress.review.reason}
        </Alert>
      ) : (
        <p className="text-stone-600">{progress.review.reason}</p>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <CheckInsCard childId={childId} progress={progress} staff={staff} />
        <Suggestions
          childName={childName}
          program={program}
          suggestions={suggestions}
          staff={staff}
        />
      </div>
    </section>
  );
}

function CheckInsCard({
  childId,
  progress,
  staff,
}: {
  childId: string;
  progress: Progress;
  staff: boolean;
}) {
  const plan = planCheckIn(progress);
  const baselineDone = progress.checkIns.some((c) => c.week === 0);
  const baselineDue = plan.kind === "due" && plan.week === 0;
  return (
    <Card
      title="Check-ins"
      titleAs="h3"
      description="The family rates each goal at the start and at weeks 4, 8 and 12."
    >
      <ul className="flex flex-col divide-y divide-stone-200">
        <li className="flex flex-wrap items-center justify-between gap-2 py-2">
          <span>Start (baseline)</span>
          <Badge tone={baselineDone ? "success" : baselineDue ? "brand" : "neutral"}>
            {baselineDone ? "Done" : baselineDue ? "Due now" : "Not done"}
          </Badge>
        </li>
        {progress.checkInsDue.map((c) => (
          <li key={c.week} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              {weekLabel(c.week)}, {formatCalendarDate(c.dueDate)}
            </span>
            <Badge tone={DUE_WORDS[c.status].tone}>{DUE_WORDS[c.status].label}</Badge>
          </li>
        ))}
      </ul>
      {plan.kind === "due" ? (
        <Link
          href={`/children/${childId}/check-in`}
          className={buttonClasses({ className: "mt-4 w-full sm:w-auto" })}
        >
          {`${staff ? "Open" : "Fill in"} the ${plan.week === 0 ? "first" : `week ${plan.week}`} check-in`}
        </Link>
      ) : null}
    </Card>
  );
}
