import type { ReactNode } from "react";

import { Card, EmptyState } from "@carryover/ui";

import { ChainChart } from "./chain-chart.client";
import { DoseChart } from "./dose-chart.client";
import { LadderChart } from "./ladder-chart.client";
import { chainPoints, ladderPoints } from "./progress-data";
import { ProgressSection } from "./progress-section";
import type { PracticeLogView, Program, ProgramActivity, Progress } from "./types";

/** What the practice log shows: each ladder's levels, each chain's steps, and time by week. */
export function PracticeSections({
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
        <ProgressSection headingId="ladders-heading" title="Levels">
          {ladders.map(({ activity, structure }) => (
            <ActivityChartCard key={activity.id} activity={activity} reason={reasonOf(activity.id)}>
              <LadderChart
                points={ladderPoints(logs, activity.id)}
                levels={structure.levels}
                currentLevel={structure.currentLevel}
                rule={structure.rule}
              />
            </ActivityChartCard>
          ))}
        </ProgressSection>
      ) : null}
      {logs.length > 0 && chains.length > 0 ? (
        <ProgressSection headingId="chains-heading" title="Step-by-step tasks">
          {chains.map(({ activity, structure }) => (
            <ActivityChartCard key={activity.id} activity={activity} reason={reasonOf(activity.id)}>
              <ChainChart
                points={chainPoints(logs, activity.id, structure.steps.length)}
                steps={structure.steps}
                childFrom={structure.childFrom}
                childName={childName}
              />
            </ActivityChartCard>
          ))}
        </ProgressSection>
      ) : null}
      <ProgressSection headingId="dose-heading" title="Practice time by week">
        <Card>
          <DoseChart
            weeks={progress.dose}
            minutesPerDay={program.minutesPerDay}
            daysPerWeek={program.daysPerWeek}
          />
        </Card>
      </ProgressSection>
    </>
  );
}

function ActivityChartCard({
  activity,
  reason,
  children,
}: {
  activity: ProgramActivity;
  reason: string;
  children: ReactNode;
}) {
  return (
    <Card title={activity.content.title} titleAs="h3" description={reason || undefined}>
      {children}
    </Card>
  );
}
