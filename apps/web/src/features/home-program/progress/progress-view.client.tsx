"use client";

import { skipToken, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";

import type { Suggestion } from "@carryover/domain/home-program/progression";
import {
  Alert,
  Badge,
  Button,
  buttonClasses,
  Card,
  EmptyState,
  type BadgeTone,
} from "@carryover/ui";

import { planCheckIn } from "~/features/home-program/check-in/check-in-data";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { formatCalendarDate } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { ChainChart, CheckInTrendChart, DoseChart, LadderChart } from "./progress-charts.client";
import {
  appliedMessage,
  canApplySuggestion,
  chainPoints,
  checkInTrends,
  describeSuggestion,
  ladderPoints,
  practiceRange,
  weekLabel,
} from "./progress-data";
import type { CheckInDueView, PracticeLogView, Program, ProgramActivity, Progress } from "./types";

type Notice = { tone: "success" | "error"; title: string; text?: string };

const DUE_WORDS: Record<CheckInDueView["status"], { label: string; tone: BadgeTone }> = {
  upcoming: { label: "Coming up", tone: "neutral" },
  due: { label: "Due now", tone: "brand" },
  overdue: { label: "Overdue", tone: "warning" },
  done: { label: "Done", tone: "success" },
};

export function ProgressView({
  childId,
  childName,
  today,
}: {
  childId: string;
  childName: string;
  today: string;
}) {
  const trpc = useTRPC();
  const programQuery = useQuery(trpc.program.get.queryOptions({ childId }));
  const progressQuery = useQuery(trpc.progression.get.queryOptions({ childId }));
  const startDate = programQuery.data?.program?.startDate;
  const practiceQuery = useQuery(
    trpc.practice.list.queryOptions(
      startDate ? { childId, ...practiceRange(startDate, today) } : skipToken,
    ),
  );

  // A failed refetch keeps what was shown; only a first load that failed shows the error.
  const programView = programQuery.data;
  const progress = progressQuery.data;
  if (programView === undefined || progress === undefined) {
    if (programQuery.isError || progressQuery.isError)
      return (
        <QueryError
          error={programQuery.error ?? progressQuery.error}
          what={`${childName}'s progress`}
          onRetry={() => {
            void programQuery.refetch();
            void progressQuery.refetch();
          }}
        />
      );
    return <ListSkeleton rows={5} label={`Loading ${childName}'s progress`} />;
  }

  const program = programView.program;
  if (!program || !progress)
    return (
      <EmptyState
        title="No home program yet"
        description={
          programView.canManage
            ? `Progress shows here once ${childName} has a home program and the family logs practice.`
            : `Your therapist sets up ${childName}'s home program. Progress shows here once you start practising.`
        }
      />
    );

  return (
    <div className="flex flex-col gap-8">
      <Overview
        childId={childId}
        childName={childName}
        program={program}
        progress={progress}
        staff={programView.canManage}
      />
      {practiceQuery.data === undefined ? (
        practiceQuery.isError ? (
          <QueryError
            error={practiceQuery.error}
            what="the practice log"
            onRetry={() => void practiceQuery.refetch()}
          />
        ) : (
          <ListSkeleton rows={4} label="Loading the practice log" />
        )
      ) : (
        <PracticeSections
          childName={childName}
          program={program}
          progress={progress}
          logs={practiceQuery.data}
        />
      )}
      <CheckInSection childId={childId} program={program} progress={progress} />
    </div>
  );
}

function Overview({
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
  const plan = planCheckIn(progress);
  const baselineDone = progress.checkIns.some((c) => c.week === 0);
  const baselineDue = plan.kind === "due" && plan.week === 0;
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

function Suggestions({
  childName,
  program,
  suggestions,
  staff,
}: {
  childName: string;
  program: Program;
  suggestions: { activityId: string; title: string; suggestion: Suggestion }[];
  staff: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const accept = useMutation(trpc.progression.accept.mutationOptions());
  const [notice, setNotice] = useState<Notice | null>(null);
  const activityOf = (id: string) => program.activities.find((a) => a.id === id);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.progression.get.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.program.get.pathKey() }),
    ]);

  function apply(activity: ProgramActivity, suggestion: Suggestion, title: string) {
    setNotice(null);
    accept.mutate(
      { activityId: activity.id, expectedVersion: activity.version },
      {
        onSuccess: () => {
          setNotice({
            tone: "success",
            title: `${title}: ${appliedMessage(suggestion, activity.structure)}`,
          });
          void refresh();
        },
        onError: (error) => {
          setNotice({
            tone: "error",
            title: `We couldn't apply the change to ${title}.`,
            text: describeError(error).message,
          });
          void refresh();
        },
      },
    );
  }

  return (
    <Card
      title="Suggested changes"
      titleAs="h3"
      description={
        staff
          ? "What the practice log calls for, worked out again when you apply it."
          : `What ${childName}'s practice calls for. Your therapist decides when to change it.`
      }
    >
      <div aria-live="polite" className={notice ? "mb-4" : undefined}>
        {notice ? (
          <Alert tone={notice.tone} title={notice.title}>
            {notice.text}
          </Alert>
        ) : null}
      </div>
      {suggestions.length === 0 ? (
        <p className="text-stone-600">No level or step change is called for right now.</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {suggestions.map(({ activityId, title, suggestion }) => {
            const activity = activityOf(activityId);
            return (
              <li
                key={activityId}
                className="flex flex-col gap-2 rounded-lg border border-stone-200 p-3"
              >
                <p className="font-medium text-stone-900">{title}</p>
                <p>{describeSuggestion(suggestion, activity?.structure)}</p>
                <p className="text-sm text-stone-600">Why: {suggestion.reason}</p>
                {staff && activity && canApplySuggestion(suggestion) ? (
                  <Button
                    type="button"
                    size="sm"
                    className="self-start"
                    busy={accept.isPending && accept.variables.activityId === activityId}
                    disabled={accept.isPending}
                    onClick={() => apply(activity, suggestion, title)}
                  >
                    Apply
                    <span className="sr-only"> to {title}</span>
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

function PracticeSections({
  childName,
  program,
  progress,
  logs,
}: {
  childName: string;
  program: Program;
  progress: Progress;
  logs: PracticeLogView[];
}) {
  const current = program.activities.filter((a) => a.status !== "archived");
  const reasonOf = (id: string) =>
    progress.activities.find((a) => a.activityId === id)?.reason ?? "";
  const ladders = current.flatMap((a) =>
    a.structure.kind === "ladder" ? [{ activity: a, structure: a.structure }] : [],
  );
  const chains = current.flatMap((a) =>
    a.structure.kind === "chain" ? [{ activity: a, structure: a.structure }] : [],
  );
  return (
    <>
      {logs.length === 0 ? (
        <EmptyState
          title="No practice logged yet"
          description={`Charts of ${childName}'s levels, steps and practice time show here once practice is logged.`}
        />
      ) : null}
      {logs.length > 0 && ladders.length > 0 ? (
        <section aria-labelledby="ladders-heading" className="flex flex-col gap-4">
          <h2 id="ladders-heading" className="text-xl font-semibold text-stone-900">
            Levels
          </h2>
          {ladders.map(({ activity, structure }) => (
            <Card
              key={activity.id}
              title={activity.content.title}
              titleAs="h3"
              description={reasonOf(activity.id) || undefined}
            >
              <LadderChart
                points={ladderPoints(logs, activity.id)}
                levels={structure.levels}
                currentLevel={structure.currentLevel}
                rule={structure.rule}
              />
            </Card>
          ))}
        </section>
      ) : null}
      {logs.length > 0 && chains.length > 0 ? (
        <section aria-labelledby="chains-heading" className="flex flex-col gap-4">
          <h2 id="chains-heading" className="text-xl font-semibold text-stone-900">
            Step-by-step tasks
          </h2>
          {chains.map(({ activity, structure }) => (
            <Card
              key={activity.id}
              title={activity.content.title}
              titleAs="h3"
              description={reasonOf(activity.id) || undefined}
            >
              <ChainChart
                points={chainPoints(logs, activity.id, structure.steps.length)}
                steps={structure.steps}
                childFrom={structure.childFrom}
                childName={childName}
              />
            </Card>
          ))}
        </section>
      ) : null}
      <section aria-labelledby="dose-heading" className="flex flex-col gap-4">
        <h2 id="dose-heading" className="text-xl font-semibold text-stone-900">
          Practice time by week
        </h2>
        <Card>
          <DoseChart
            weeks={progress.dose}
            minutesPerDay={program.minutesPerDay}
            daysPerWeek={program.daysPerWeek}
          />
        </Card>
      </section>
    </>
  );
}

function CheckInSection({
  childId,
  program,
  progress,
}: {
  childId: string;
  program: Program;
  progress: Progress;
}) {
  const trends = checkInTrends(progress.checkIns, program.goals);
  return (
    <section aria-labelledby="check-ins-heading" className="flex flex-col gap-4">
      <h2 id="check-ins-heading" className="text-xl font-semibold text-stone-900">
        Check-in ratings by goal
      </h2>
      {trends.length === 0 ? (
        <EmptyState
          title="No check-ins yet"
          description="Once the family rates the goals, each goal's ratings show here week by week."
          action={
            <Link href={`/children/${childId}/check-in`} className={buttonClasses()}>
              Go to the check-in
            </Link>
          }
        />
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {trends.map((trend) => (
            <Card key={trend.goalId} title={trend.words} titleAs="h3">
              <CheckInTrendChart trend={trend} />
            </Card>
          ))}
        </div>
      )}
    </section>
  );
}
