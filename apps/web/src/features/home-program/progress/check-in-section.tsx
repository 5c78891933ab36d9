import Link from "next/link";

import { buttonClasses, Card, EmptyState } from "@carryover/ui";

import { CheckInTrendChart } from "./check-in-trend-chart.client";
import { checkInTrends } from "./progress-data";
import { ProgressSection } from "./progress-section";
import type { Program, Progress } from "./types";

/** Each goal's check-in ratings, week by week. */
export function CheckInSection({
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
    <ProgressSection headingId="check-ins-heading" title="Check-in ratings by goal">
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
    </ProgressSection>
  );
}
