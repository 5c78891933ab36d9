"use client";

import { formatCalendarDate, shortDate } from "~/lib/time";
import { ChartFigure, ChartTable, NoPracticeYet, type Explained } from "./chart-parts.client";
import { ChainPlot } from "./lazy-plots.client";
import { describeAttempt, stepsAlone, type ChainPoint } from "./progress-data";

type ChainRow = ChainPoint & Explained & { alone: number | null; helped: number | null };

export function ChainChart({
  points,
  steps,
  childFrom,
  childName,
}: {
  points: ChainPoint[];
  steps: readonly { title: string }[];
  childFrom: number;
  childName: string;
}) {
  if (points.length === 0) return <NoPracticeYet what="a try at this task" />;
  const stepCount = steps.length;
  const part = (n: number) => `${stepsAlone(n)} (${n} of ${stepCount})`;
  const rows: ChainRow[] = points.map((p) => ({
    ...p,
    alone: p.independent ? p.part : null,
    helped: p.independent ? null : p.part,
    tip: [formatCalendarDate(p.date), `Child's part: ${part(p.part)}`, describeAttempt(p)],
  }));
  const dateOf = new Map(points.map((p) => [p.id, shortDate(p.date)]));
  const alone = points.filter((p) => p.independent).length;
  const first = steps[childFrom]?.title;
  return (
    <ChartFigure
      height={240}
      summary={
        <>
          Now {childName} does <strong>{stepsAlone(stepCount - childFrom)}</strong>
          {first ? `, from “${first}”` : ""}, of {stepCount} steps. {alone} of {points.length}{" "}
          {points.length === 1 ? "try" : "tries"} were done alone, with no prompts.
        </>
      }
      chart={<ChainPlot height={240} rows={rows} dateOf={dateOf} stepCount={stepCount} />}
      table={
        <ChartTable
          caption="The child's part of the task, try by try"
          rows={points}
          rowKey={(p) => p.id}
          columns={[
            { header: "Date", cell: (p) => formatCalendarDate(p.date) },
            { header: "Child's part", cell: (p) => part(p.part) },
            { header: "How it went", cell: (p) => describeAttempt(p) },
          ]}
        />
      }
    />
  );
}
