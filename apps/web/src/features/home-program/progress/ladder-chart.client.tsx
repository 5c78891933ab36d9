"use client";

import { formatCalendarDate, shortDate } from "~/lib/time";
import {
  ChartFigure,
  ChartTable,
  NoPracticeYet,
  percent,
  type Explained,
} from "./chart-parts.client";
import { LadderPlot } from "./lazy-plots.client";
import { levelLabel, levelStretches, type LadderPoint } from "./progress-data";

type Rule = { stepUpRate: number; stepUpSessions: number; stepDownBelowRate: number };
type LadderRow = LadderPoint & Explained & { [level: `level-${number}`]: number };
type NameLevel = (level: number) => string;

const levelKey = (level: number) => `level-${level}` as const;

/** "Level 2 “Small buttons”", or just "Level 2" for a level the ladder no longer has. */
const levelNamer =
  (levels: readonly { title: string }[]): NameLevel =>
  (level) => {
    const title = levels[level]?.title;
    return title ? `${levelLabel(level)} “${title}”` : levelLabel(level);
  };

/** Each practice's rate under its own level's key, so each level is a series with its own fill. */
function ladderRows(points: readonly LadderPoint[], named: NameLevel): LadderRow[] {
  return points.map((p) => ({
    ...p,
    [levelKey(p.level)]: p.rate,
    tip: [
      formatCalendarDate(p.date),
      named(p.level),
      `${p.successes} of ${p.attempts} on their own (${p.rate}%)`,
    ],
  }));
}

export function LadderChart({
  points,
  levels,
  currentLevel,
  rule,
}: {
  points: LadderPoint[];
  levels: readonly { title: string }[];
  currentLevel: number;
  rule: Rule;
}) {
  if (points.length === 0) return <NoPracticeYet what="practice at this activity" />;
  const named = levelNamer(levels);
  const shown = [...new Set(points.map((p) => p.level))].sort((a, b) => a - b);
  const dateOf = new Map(points.map((p) => [p.id, shortDate(p.date)]));
  return (
    <ChartFigure
      height={260}
      summary={<LadderSummary points={points} now={named(currentLevel)} rule={rule} />}
      chart={
        <LadderPlot
          height={260}
          rows={ladderRows(points, named)}
          stretches={levelStretches(points)}
          dateOf={dateOf}
          shown={shown}
          named={named}
          levelKey={levelKey}
          rule={rule}
        />
      }
      table={<LadderTable points={points} named={named} />}
    />
  );
}

function LadderSummary({
  points,
  now,
  rule,
}: {
  points: readonly LadderPoint[];
  now: string;
  rule: Rule;
}) {
  const last = points.at(-1);
  return (
    <>
      Now at <strong>{now}</strong>.{" "}
      {last ? `Latest practice: ${last.successes} of ${last.attempts} (${last.rate}%). ` : null}
      It steps up after {rule.stepUpSessions} practices at {percent(rule.stepUpRate)} or more, and
      back below {percent(rule.stepDownBelowRate)}.
    </>
  );
}

function LadderTable({ points, named }: { points: readonly LadderPoint[]; named: NameLevel }) {
  return (
    <ChartTable
      caption="Success without help, practice by practice"
      rows={points}
      rowKey={(p) => p.id}
      columns={[
        { header: "Date", cell: (p) => formatCalendarDate(p.date) },
        { header: "Level", cell: (p) => named(p.level) },
        {
          header: "Successes / tries",
          cell: (p) => `${p.successes} / ${p.attempts}`,
          align: "end",
        },
        { header: "Rate", cell: (p) => `${p.rate}%`, align: "end" },
      ]}
    />
  );
}
