"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { Alert, Badge, Button, ConfirmButton } from "@carryover/ui";

import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import type { ChartContext, GoalView } from "../types";
import { GoalEvidenceView } from "./goal-evidence";
import { GoalForm } from "./goal-form.client";

const STATE_BADGES = {
  active: { tone: "brand", label: "Active" },
  met: { tone: "success", label: "Met" },
  discontinued: { tone: "neutral", label: "Discontinued" },
} as const;

/** One goal: the clinical sentence beside the family's words, its state and its evidence. */
export function GoalItem({ chart, goal }: { chart: ChartContext; goal: GoalView }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const setState = useMutation(
    trpc.goal.setState.mutationOptions({
      onSettled: () =>
        queryClient.invalidateQueries({
          queryKey: trpc.goal.list.queryKey({ childId: chart.childId }),
        }),
    }),
  );
  const badge = STATE_BADGES[goal.state];
  if (editing && goal.clinical)
    return (
      <GoalForm
        chart={chart}
        longTermGoals={[]}
        editing={{ id: goal.id, clinical: goal.clinical, familyWording: goal.familyWording }}
        onDone={() => setEditing(false)}
      />
    );
  async function mark(state: "met" | "discontinued") {
    setProblem(null);
    try {
      await setState.mutateAsync({ goalId: goal.id, state });
    } catch (error) {
      setProblem(describeError(error).message);
      throw error;
    }
  }
  return (
    <article className="flex flex-col gap-3" aria-label={goal.familyWording}>
      <div className="grid gap-3 md:grid-cols-2">
        <div>
          <p className="text-sm font-medium text-stone-600">Clinical goal</p>
          <p className="text-stone-900">{goal.clinical?.sentence}</p>
        </div>
        <div>
          <p className="text-sm font-medium text-stone-600">In the family&apos;s words</p>
          <p className="text-stone-900">“{goal.familyWording}”</p>
        </div>
      </div>
      <p>
        <Badge tone={badge.tone}>{badge.label}</Badge>
      </p>
      <GoalEvidenceView evidence={goal.evidence} />
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {chart.canWrite && goal.state === "active" ? (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" size="sm" onClick={() => setEditing(true)}>
            Edit
          </Button>
          <ConfirmButton
            size="sm"
            tone="primary"
            title="Mark this goal met?"
            description={goal.clinical?.sentence}
            confirmLabel="Mark met"
            onConfirm={() => mark("met")}
          >
            Mark met
          </ConfirmButton>
          <ConfirmButton
            size="sm"
            title="Discontinue this goal?"
            description="It stays in the chart as discontinued; notes stop asking about it."
            confirmLabel="Discontinue"
            onConfirm={() => mark("discontinued")}
          >
            Discontinue
          </ConfirmButton>
        </div>
      ) : null}
    </article>
  );
}
