"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { Button, Card, EmptyState } from "@carryover/ui";

import { ListSkeleton, QueryError } from "~/lib/query-state";
import { useTRPC } from "~/trpc/react.client";
import type { ChartContext } from "../types";
import { GoalForm } from "./goal-form.client";
import { GoalItem } from "./goal-item.client";

export function GoalsTab({ chart }: { chart: ChartContext }) {
  const trpc = useTRPC();
  const goals = useQuery(trpc.goal.list.queryOptions({ childId: chart.childId }));
  const [adding, setAdding] = useState(false);
  if (goals.isPending) return <ListSkeleton rows={4} label="Loading the goals" />;
  if (goals.isError)
    return <QueryError error={goals.error} what="the goals" onRetry={() => void goals.refetch()} />;
  const longTerm = goals.data.goals;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold text-stone-900">Goals</h2>
        {chart.canWrite && !adding ? (
          <Button onClick={() => setAdding(true)}>Add a goal</Button>
        ) : null}
      </div>
      {adding ? (
        <Card title="New goal" titleAs="h3">
          <GoalForm
            chart={chart}
            longTermGoals={longTerm.map((g) => ({
              id: g.id,
              label: g.clinical?.sentence ?? g.familyWording,
            }))}
            onDone={() => setAdding(false)}
          />
        </Card>
      ) : null}
      {longTerm.length === 0 ? (
        <EmptyState
          title="No goals yet"
          description={`Write ${chart.firstName}'s long-term goals after the evaluation, then the short-term steps toward each.`}
        />
      ) : (
        longTerm.map((goal, index) => (
          <Card key={goal.id} title={`Long-term goal ${index + 1}`}>
            <GoalItem chart={chart} goal={goal} />
            {goal.shortTermGoals.length > 0 ? (
              <div className="mt-4 flex flex-col gap-3 border-l-4 border-stone-200 pl-4">
                <h3 className="font-semibold text-stone-900">Short-term goals</h3>
                <ol className="flex flex-col gap-4">
                  {goal.shortTermGoals.map((step) => (
                    <li key={step.id}>
                      <GoalItem chart={chart} goal={step} />
                    </li>
                  ))}
                </ol>
              </div>
            ) : null}
          </Card>
        ))
      )}
    </div>
  );
}
