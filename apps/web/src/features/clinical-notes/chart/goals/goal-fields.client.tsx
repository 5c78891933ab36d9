"use client";

import { useQuery } from "@tanstack/react-query";

import { CheckboxField, SelectField, TextField } from "@carryover/ui";

import { useTRPC } from "~/trpc/react.client";
import type { GoalDraft } from "./goal-draft";

type Errors = Partial<Record<keyof GoalDraft, string>>;

const STATEMENT_FIELDS = [
  { field: "who", label: "Who", hint: "The child's name, or the caregiver." },
  { field: "does", label: "Will do what", hint: "e.g. button a shirt she is wearing" },
  {
    field: "howWell",
    label: "How well",
    hint: "Prompts, accuracy or how often: e.g. in 4 of 5 mornings.",
  },
  { field: "byWhen", label: "By when", hint: "e.g. within 12 weeks" },
] as const;

/** The goal's parts: the measurable statement, the family's words and the home program's links. */
export function GoalFields({
  childId,
  draft,
  onChange,
  errors,
  longTermGoals,
}: {
  childId: string;
  draft: GoalDraft;
  onChange: (update: (draft: GoalDraft) => GoalDraft) => void;
  errors: Errors;
  /** Null when editing: a goal keeps its term. */
  longTermGoals: { id: string; label: string }[] | null;
}) {
  const trpc = useTRPC();
  const program = useQuery(trpc.program.get.queryOptions({ childId })).data?.program ?? null;
  const set = (field: keyof GoalDraft, value: string | string[]) =>
    onChange((d) => ({ ...d, [field]: value }));
  return (
    <>
      {longTermGoals ? (
        <div className="grid gap-3 md:grid-cols-2">
          <SelectField
            label="Kind of goal"
            name="term"
            value={draft.term}
            onChange={(e) => set("term", e.target.value)}
            options={[
              { value: "long", label: "Long-term goal" },
              { value: "short", label: "Short-term step toward a long-term goal" },
            ]}
            error={errors.term}
          />
          {draft.term === "short" ? (
            <SelectField
              label="Toward"
              name="longTermGoalId"
              value={draft.longTermGoalId}
              onChange={(e) => set("longTermGoalId", e.target.value)}
              options={[
                { value: "", label: "Choose a long-term goal" },
                ...longTermGoals.map((g) => ({ value: g.id, label: g.label })),
              ]}
              error={errors.longTermGoalId}
            />
          ) : null}
        </div>
      ) : null}
      <div className="grid gap-3 md:grid-cols-2">
        {STATEMENT_FIELDS.map(({ field, label, hint }) => (
          <TextField
            key={field}
            label={label}
            name={field}
            required
            hint={hint}
            value={draft[field]}
            onChange={(e) => set(field, e.target.value)}
            error={errors[field]}
          />
        ))}
      </div>
      <TextField
        label="In the family's words"
        name="familyWording"
        required
        hint="What the family reads on their portal, e.g. “Maya buttons her own shirt”."
        value={draft.familyWording}
        onChange={(e) => set("familyWording", e.target.value)}
        error={errors.familyWording}
      />
      {program ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="font-medium text-stone-900">Home program</legend>
          <SelectField
            label="Home-program goal"
            name="programGoalId"
            value={draft.programGoalId}
            onChange={(e) => set("programGoalId", e.target.value)}
            options={[
              { value: "", label: "None" },
              ...program.goals.map((g) => ({ value: g.id, label: g.familyWords })),
            ]}
            error={errors.programGoalId}
          />
          {program.activities.map((activity) => (
            <CheckboxField
              key={activity.id}
              label={activity.content.title}
              checked={draft.activityIds.includes(activity.id)}
              onChange={(e) =>
                set(
                  "activityIds",
                  e.target.checked
                    ? [...draft.activityIds, activity.id]
                    : draft.activityIds.filter((id) => id !== activity.id),
                )
              }
            />
          ))}
          {errors.activityIds ? (
            <p className="text-sm font-medium text-red-700">{errors.activityIds}</p>
          ) : null}
        </fieldset>
      ) : null}
    </>
  );
}
