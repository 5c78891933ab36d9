"use client";

import { GOAL_VISIT_STATUSES, type ReportContent } from "@carryover/domain/clinical-notes";
import { Card, EmptyState } from "@carryover/ui";

import { GoalEvidenceView } from "../chart/goals/goal-evidence";
import { GOAL_STATUS_LABELS, SELECT, TEXTAREA } from "../note-editor/labels";
import type { ChartGoal } from "../note-editor/note-chart";
import { setGoalProgress } from "./report-model";

type Edit = (change: (c: ReportContent) => ReportContent) => void;

/** Each goal of the report with its evidence from home, its status and the therapist's words. */
export function GoalProgress({
  goals,
  content,
  edit,
  onBlur,
}: {
  goals: ChartGoal[];
  content: ReportContent;
  edit: Edit;
  onBlur: () => void;
}) {
  return (
    <Card title="Progress on each goal" titleAs="h2">
      <ol className="flex flex-col gap-6" onBlur={onBlur}>
        {content.goalProgress.length === 0 ? (
          <EmptyState
            title="No goals in this report"
            description="The report lists the goals that were active when it was drafted."
          />
        ) : null}
        {content.goalProgress.map((entry, index) => {
          const goal = goals.find((g) => g.id === entry.goalId);
          const id = `report-goal-${index}`;
          return (
            <li key={entry.goalId} className="flex flex-col gap-2">
              <p className="text-stone-900">
                <span className="text-sm text-stone-600">Goal {index + 1} </span>
                <span className="block font-medium">
                  {goal?.sentence ?? "A goal no longer on the chart"}
                </span>
              </p>
              {goal ? <GoalEvidenceView evidence={goal.evidence} /> : null}
              <div className="flex flex-wrap items-center gap-2">
                <label htmlFor={`${id}-status`} className="font-medium text-stone-800">
                  Status of goal {index + 1}
                </label>
                <select
                  id={`${id}-status`}
                  value={entry.status}
                  onChange={(e) => {
                    const status = GOAL_VISIT_STATUSES.find((s) => s === e.target.value);
                    if (status) edit((c) => setGoalProgress(c, entry.goalId, { status }));
                  }}
                  className={SELECT}
                >
                  {GOAL_VISIT_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {GOAL_STATUS_LABELS[status]}
                    </option>
                  ))}
                </select>
              </div>
              <label htmlFor={`${id}-narrative`} className="text-sm font-medium text-stone-800">
                Progress on goal {index + 1}
              </label>
              <textarea
                id={`${id}-narrative`}
                rows={3}
                value={entry.narrative}
                onChange={(e) => {
                  const narrative = e.target.value;
                  edit((c) => setGoalProgress(c, entry.goalId, { narrative }));
                }}
                className={TEXTAREA}
              />
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
