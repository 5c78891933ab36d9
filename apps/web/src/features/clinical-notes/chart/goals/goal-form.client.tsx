"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";

import { CreateGoalInput, UpdateGoalInput } from "@carryover/api/contracts/goal";
import { Alert, Button } from "@carryover/ui";

import { checkForm, focusFirstInvalid, placeFieldErrors, placeRefusal } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import type { ChartContext, GoalView } from "../types";
import {
  createGoalInput,
  emptyGoalDraft,
  goalFieldOf,
  updateGoalInput,
  type GoalDraft,
} from "./goal-draft";
import { GoalFields } from "./goal-fields.client";

type Editing = { id: string; clinical: NonNullable<GoalView["clinical"]>; familyWording: string };
type Conflict = { sentence: string; familyWording: string };

const draftOf = (editing: Editing): GoalDraft => ({
  ...editing.clinical.statement,
  term: "long",
  longTermGoalId: "",
  familyWording: editing.familyWording,
  programGoalId: editing.clinical.programGoalId ?? "",
  activityIds: editing.clinical.activityIds,
});

/** Writes a new goal, or edits one at the version read (a conflict shows the goal as it is now). */
export function GoalForm({
  chart,
  longTermGoals,
  editing,
  onDone,
}: {
  chart: ChartContext;
  longTermGoals: { id: string; label: string }[];
  editing?: Editing;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.goal.create.mutationOptions());
  const update = useMutation(trpc.goal.update.mutationOptions());
  const [draft, setDraft] = useState<GoalDraft>(
    editing ? draftOf(editing) : emptyGoalDraft(chart.firstName),
  );
  const version = useRef(editing?.clinical.version ?? 0);
  const [errors, setErrors] = useState<Partial<Record<keyof GoalDraft, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = editing
      ? checkForm(UpdateGoalInput, updateGoalInput(editing.id, version.current, draft))
      : checkForm(CreateGoalInput, createGoalInput(chart.childId, draft));
    if (!checked.ok) {
      const placed = placeFieldErrors(checked.fieldErrors, goalFieldOf);
      setErrors(placed.errors);
      setProblem(placed.unplaced[0] ?? null);
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    setProblem(null);
    try {
      if (editing) await update.mutateAsync(updateGoalInput(editing.id, version.current, draft));
      else await create.mutateAsync(createGoalInput(chart.childId, draft));
      await queryClient.invalidateQueries({
        queryKey: trpc.goal.list.queryKey({ childId: chart.childId }),
      });
      onDone();
    } catch (error) {
      const described = describeError(error);
      const current = described.current as (Conflict & { version: number }) | null;
      if (described.code === "CONFLICT" && current) {
        version.current = current.version;
        setConflict({ sentence: current.sentence, familyWording: current.familyWording });
      }
      const placed = placeRefusal(described, goalFieldOf);
      setErrors(placed.errors);
      setProblem(placed.problem);
      focusFirstInvalid(form);
    }
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={editing ? "Edit the goal" : "New goal"}
      className="flex flex-col gap-4"
    >
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {conflict ? (
        <Alert tone="warning" title="The goal as it is now">
          <p>{conflict.sentence}</p>
          <p>Family&apos;s words: “{conflict.familyWording}”</p>
        </Alert>
      ) : null}
      <GoalFields
        childId={chart.childId}
        draft={draft}
        onChange={setDraft}
        errors={errors}
        longTermGoals={editing ? null : longTermGoals}
      />
      <div className="flex gap-2">
        <Button type="submit" disabled={create.isPending || update.isPending}>
          {editing ? (conflict ? "Apply my changes again" : "Save the goal") : "Add the goal"}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
