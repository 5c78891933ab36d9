import type { GoalList } from "@carryover/api/contracts/goal";
import { Badge, Card } from "@carryover/ui";

import { goalEvidenceWords } from "./goal-evidence-words";

type Goal = GoalList["goals"][number];

// A step's practice and check-in lines are often its goal's own: shown once, under the goal.
function GoalItem({
  goal,
  shownAbove = [],
}: {
  goal: Omit<Goal, "shortTermGoals">;
  shownAbove?: string[];
}) {
  const evidence = goalEvidenceWords(goal.evidence).filter((line) => !shownAbove.includes(line));
  return (
    <div className={goal.state === "discontinued" ? "opacity-70" : undefined}>
      <p className="flex flex-wrap items-center gap-2 font-medium text-stone-900">
        <span>{goal.familyWording}</span>
        {goal.state === "met" ? <Badge tone="success">Met</Badge> : null}
        {goal.state === "discontinued" ? <Badge>Paused</Badge> : null}
      </p>
      {evidence.length > 0 ? (
        <ul className="mt-1 flex flex-col gap-0.5 text-sm text-stone-700">
          {evidence.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The child's goals as the family words them, each with what home practice shows. */
export function FamilyGoalsSection({ childName, goals }: { childName: string; goals: Goal[] }) {
  return (
    <Card title="Goals we're working on" titleAs="h2">
      {goals.length === 0 ? (
        <p className="text-stone-700">
          {childName}&apos;s therapist hasn&apos;t written goals yet. They&apos;ll appear here, in
          everyday words, once they do.
        </p>
      ) : (
        <ul className="flex flex-col divide-y divide-stone-200" aria-label="Goals">
          {goals.map((goal) => (
            <li key={goal.id} className="py-3 first:pt-0 last:pb-0">
              <GoalItem goal={goal} />
              {goal.shortTermGoals.length > 0 ? (
                <ul className="mt-3 flex flex-col gap-3 border-l-2 border-brand-100 pl-4">
                  {goal.shortTermGoals.map((step) => (
                    <li key={step.id}>
                      <GoalItem goal={step} shownAbove={goalEvidenceWords(goal.evidence)} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
