"use client";

import { GOAL_VISIT_STATUSES } from "@carryover/domain/clinical-notes";
import { Card, EmptyState } from "@carryover/ui";

import { GOAL_STATUS_LABELS, TEXTAREA } from "../note-editor/labels";
import { setGoalStatus, type VisitContent } from "./visit-note-model";

export type ActiveGoal = { id: string; sentence: string; term: string };
type Edit = (change: (c: VisitContent) => VisitContent) => void;

/** How the visit moved each active goal, with a word on why. */
export function GoalStatuses({
  goals,
  content,
  edit,
  onBlur,
}: {
  goals: ActiveGoal[];
  content: VisitContent;
  edit: Edit;
  onBlur: () => void;
}) {
  return (
    <Card title="Goals this visit" titleAs="h2">
      <div id="note-goals" tabIndex={-1} className="flex flex-col gap-6" onBlur={onBlur}>
        {goals.length === 0 ? (
          <EmptyState
            title="No active goals"
            description="Goals written on the child's chart appear here for each visit."
          />
        ) : null}
        {goals.map((goal, index) => {
          const entry = content.goalStatuses.find((g) => g.goalId === goal.id);
          const name = `goal-${goal.id}`;
          return (
            <fieldset key={goal.id} className="flex flex-col gap-2">
              <legend className="text-stone-900">
                <span className="text-sm text-stone-600">
                  Goal {index + 1} ({goal.term === "short" ? "short-term" : "long-term"}){" "}
                </span>
                <span className="block font-medium">{goal.sentence}</span>
              </legend>
              <div className="flex flex-wrap gap-x-4 gap-y-2">
                {GOAL_VISIT_STATUSES.map((status) => (
                  <label key={status} className="flex items-center gap-2 text-stone-900">
                    <input
                      type="radio"
                      name={name}
                      value={status}
                      checked={entry?.status === status}
                      onChange={() => edit((c) => setGoalStatus(c, goal.id, { status }))}
                      className="size-4 accent-brand-700"
                    />
                    {GOAL_STATUS_LABELS[status]}
                  </label>
                ))}
              </div>
              <label htmlFor={`${name}-comment`} className="text-sm font-medium text-stone-800">
                Comment on goal {index + 1}
              </label>
              <textarea
                id={`${name}-comment`}
                rows={2}
                value={entry?.comment ?? ""}
                disabled={!entry}
                placeholder={entry ? undefined : "Choose a status first"}
                onChange={(e) => {
                  const comment = e.target.value;
                  edit((c) => setGoalStatus(c, goal.id, { comment }));
                }}
                className={`${TEXTAREA} disabled:bg-stone-100`}
              />
            </fieldset>
          );
        })}
      </div>
    </Card>
  );
}
