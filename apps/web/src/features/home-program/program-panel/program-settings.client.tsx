"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import {
  DEFAULT_ROUTINE_TIMES,
  ROUTINE_NAMES,
  type GuardianEditable,
} from "@carryover/domain/home-program";
import { Alert, Button, Card, CheckboxField, DescriptionList, TextField } from "@carryover/ui";

import type { Program } from "~/features/home-program/types";
import { formatCalendarDate } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

const GUARDIAN_OPTIONS: { value: GuardianEditable; label: string; hint: string }[] = [
  {
    value: "routine_times",
    label: "Routine times",
    hint: "When breakfast, homework or bedtime happen at home.",
  },
  {
    value: "sensory_moments",
    label: "Hard moments of a sensory diet",
    hint: "The times and names of the moments regulation comes before.",
  },
];

const addWeeks = (date: string, weeks: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + weeks * 7);
  return d.toISOString().slice(0, 10);
};

type Draft = {
  goals: Program["goals"];
  minutesPerDay: number;
  daysPerWeek: number;
  startDate: string;
  guardianEditable: GuardianEditable[];
  routineTimes: Record<string, string>;
};

const draftOf = (p: Program): Draft => ({
  goals: p.goals,
  minutesPerDay: p.minutesPerDay,
  daysPerWeek: p.daysPerWeek,
  startDate: p.startDate,
  guardianEditable: p.guardianEditable.filter((g): g is GuardianEditable =>
    GUARDIAN_OPTIONS.some((o) => o.value === g),
  ),
  routineTimes: p.routineTimes,
});

/** The routines the program's activities use, so the family sets only the times that matter. */
function routinesInUse(program: Program) {
  const keys = new Set<string>();
  for (const a of program.activities) {
    if (a.status !== "active" || a.structure.kind === "sensory_diet") continue;
    keys.add(
      a.content.anchor.routine === "custom"
        ? (a.content.anchor.customLabel ?? "")
        : a.content.anchor.routine,
    );
  }
  return [...keys].filter(Boolean).map((key) => ({
    key,
    label: key in ROUTINE_NAMES ? ROUTINE_NAMES[key as keyof typeof ROUTINE_NAMES] : key,
    usual:
      key in DEFAULT_ROUTINE_TIMES
        ? DEFAULT_ROUTINE_TIMES[key as keyof typeof DEFAULT_ROUTINE_TIMES]
        : "",
  }));
}

/** The program's goals, dose, review points and routine times, and what guardians may change. */
export function ProgramSettings({
  childId,
  program,
  staff,
  canEdit,
}: {
  childId: string;
  program: Program;
  staff: boolean;
  canEdit: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<"all" | "times" | null>(null);
  const [draft, setDraft] = useState<Draft>(() => draftOf(program));
  const [baseVersion, setBaseVersion] = useState(program.version);
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Program | null>(null);
  const guardianMaySetTimes =
    !staff && canEdit && program.guardianEditable.includes("routine_times");
  const routines = routinesInUse(program);

  const update = useMutation(
    trpc.program.update.mutationOptions({
      onSuccess: () => {
        setEditing(null);
        setConflict(null);
        setProblem(null);
        void queryClient.invalidateQueries({ queryKey: trpc.program.get.queryKey({ childId }) });
      },
      onError: (error) => {
        const { current, message } = describeError(error);
        if (current && typeof current === "object" && "version" in current) {
          // A CONFLICT carries the program as it stands now (its version tells it apart).
          setConflict(current as Program);
          return;
        }
        setProblem(message);
      },
    }),
  );

  const start = (mode: "all" | "times") => {
    setDraft(draftOf(program));
    setBaseVersion(program.version);
    setProblem(null);
    setConflict(null);
    setEditing(mode);
  };
  const save = (version = baseVersion) => {
    const times = Object.fromEntries(Object.entries(draft.routineTimes).filter(([, t]) => t));
    update.mutate(
      editing === "times"
        ? { childId, expectedVersion: version, routineTimes: times }
        : { childId, expectedVersion: version, ...draft, routineTimes: times },
    );
  };

  const timeOf = (key: string, usual: string) => program.routineTimes[key] ?? usual;
  return (
    <Card
      title="Goals and dose"
      actions={
        editing ? null : staff ? (
          <Button type="button" size="sm" variant="secondary" onClick={() => start("all")}>
            Edit goals, dose and times
          </Button>
        ) : guardianMaySetTimes && routines.length > 0 ? (
          <Button type="button" size="sm" variant="secondary" onClick={() => start("times")}>
            Change routine times
          </Button>
        ) : null
      }
    >
      {conflict ? (
        <Alert
          tone="warning"
          title="Someone else changed these settings while you were editing"
          className="mb-4"
        >
          <p>
            Theirs: {conflict.minutesPerDay} minutes a day, {conflict.daysPerWeek} days a week, from{" "}
            {formatCalendarDate(conflict.startDate)}; {conflict.goals.length} goals; routine times{" "}
            {Object.entries(conflict.routineTimes)
              .map(([k, t]) => `${k.replace(/_/g, " ")} ${t}`)
              .join(", ") || "as usual"}
            .
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button
              type="button"
              size="sm"
              variant="secondary"
              onClick={() => {
                setConflict(null);
                setEditing(null);
              }}
            >
              Keep theirs
            </Button>
            <Button
              type="button"
              size="sm"
              busy={update.isPending}
              onClick={() => {
                setBaseVersion(conflict.version);
                save(conflict.version);
              }}
            >
              Save mine over theirs
            </Button>
          </div>
        </Alert>
      ) : null}
      {editing ? (
        <form
          className="flex flex-col gap-5"
          aria-label="Edit the program settings"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          {editing === "all" ? (
            <>
              <fieldset className="flex flex-col gap-4">
                <legend className="mb-2 font-semibold text-stone-900">Goals</legend>
                {draft.goals.map((goal, index) => (
                  <div
                    key={goal.id}
                    className="grid gap-3 rounded-lg border border-stone-200 p-3 sm:grid-cols-2"
                  >
                    <TextField
                      label={`Goal ${index + 1} in the family's words`}
                      name={`goal-${index}-family`}
                      value={goal.familyWords}
                      maxLength={200}
                      required
                      onChange={(e) =>
                        setDraft((d) => ({
                          ...d,
                          goals: d.goals.map((g, i) =>
                            i === index ? { ...g, familyWords: e.target.value } : g,
                          ),
                        }))
                      }
                    />
                    <TextField
                      label={`Goal ${index + 1}, clinical wording`}
                      name={`goal-${index}-clinical`}
                      value={goal.clinicalWording}
                      maxLength={300}
                      required
                      onChange={(e) =>
                        setDraft((d) => ({
                          ...d,
                          goals: d.goals.map((g, i) =>
                            i === index ? { ...g, clinicalWording: e.target.value } : g,
                          ),
                        }))
                      }
                    />
                    {draft.goals.length > 1 ? (
                      <Button
                        type="button"
                        size="sm"
                        variant="ghost"
                        className="justify-self-start"
                        onClick={() =>
                          setDraft((d) => ({ ...d, goals: d.goals.filter((_, i) => i !== index) }))
                        }
                      >
                        Remove goal {index + 1}
                      </Button>
                    ) : null}
                  </div>
                ))}
                {draft.goals.length < 8 ? (
                  <Button
                    type="button"
                    size="sm"
                    variant="secondary"
                    className="self-start"
                    onClick={() =>
                      setDraft((d) => ({
                        ...d,
                        goals: [
                          ...d.goals,
                          {
                            id: `g${Date.now().toString(36)}`,
                            familyWords: "",
                            clinicalWording: "",
                          },
                        ],
                      }))
                    }
                  >
                    Add a goal
                  </Button>
                ) : null}
              </fieldset>
              <div className="grid gap-4 sm:grid-cols-3">
                <TextField
                  label="Minutes a day"
                  name="minutesPerDay"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={120}
                  required
                  value={draft.minutesPerDay}
                  onChange={(e) =>
                    setDraft((d) => ({ ...d, minutesPerDay: e.target.valueAsNumber }))
                  }
                />
                <TextField
                  label="Days a week"
                  name="daysPerWeek"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={7}
                  required
                  value={draft.daysPerWeek}
                  onChange={(e) => setDraft((d) => ({ ...d, daysPerWeek: e.target.valueAsNumber }))}
                />
                <TextField
                  label="Start date"
                  name="startDate"
                  type="date"
                  required
                  value={draft.startDate}
                  onChange={(e) => setDraft((d) => ({ ...d, startDate: e.target.value }))}
                />
              </div>
              <fieldset className="flex flex-col gap-3">
                <legend className="mb-1 font-semibold text-stone-900">
                  Guardians with edit permission may change
                </legend>
                {GUARDIAN_OPTIONS.map((option) => (
                  <CheckboxField
                    key={option.value}
                    name={`guardian-${option.value}`}
                    label={option.label}
                    hint={option.hint}
                    checked={draft.guardianEditable.includes(option.value)}
                    onChange={(e) =>
                      setDraft((d) => ({
                        ...d,
                        guardianEditable: e.target.checked
                          ? [...d.guardianEditable, option.value]
                          : d.guardianEditable.filter((g) => g !== option.value),
                      }))
                    }
                  />
                ))}
                <p className="text-sm text-stone-600">
                  Guardians can always add what they noticed.
                </p>
              </fieldset>
            </>
          ) : null}
          {routines.length > 0 ? (
            <fieldset className="grid gap-4 sm:grid-cols-3">
              <legend className="mb-2 font-semibold text-stone-900">Routine times at home</legend>
              {routines.map((r) => (
                <TextField
                  key={r.key}
                  label={r.label}
                  name={`time-${r.key}`}
                  type="time"
                  hint={r.usual ? `Usually ${r.usual}` : undefined}
                  value={draft.routineTimes[r.key] ?? r.usual}
                  onChange={(e) =>
                    setDraft((d) => ({
                      ...d,
                      routineTimes: { ...d.routineTimes, [r.key]: e.target.value },
                    }))
                  }
                />
              ))}
            </fieldset>
          ) : null}
          {problem ? (
            <Alert tone="error" title="Not saved yet">
              <p>{problem}</p>
            </Alert>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" busy={update.isPending}>
              Save
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => setEditing(null)}
              disabled={update.isPending}
            >
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-col gap-5">
          <ul className="flex flex-col gap-3" aria-label="Goals">
            {program.goals.map((goal) => (
              <li key={goal.id}>
                <p className="font-medium text-stone-900">{goal.familyWords}</p>
                {staff ? <p className="text-sm text-stone-600">{goal.clinicalWording}</p> : null}
              </li>
            ))}
            {program.goals.length === 0 ? (
              <li className="text-stone-600">No goals written yet.</li>
            ) : null}
          </ul>
          <DescriptionList
            items={[
              {
                term: "Practice",
                detail: `${program.minutesPerDay} minutes a day, ${program.daysPerWeek} days a week`,
              },
              { term: "Started", detail: formatCalendarDate(program.startDate) },
              {
                term: "Check-ins",
                detail: [4, 8, 12]
                  .map((w) => `week ${w} (${formatCalendarDate(addWeeks(program.startDate, w))})`)
                  .join(", "),
              },
              ...(routines.length > 0
                ? [
                    {
                      term: "Routine times",
                      detail: routines
                        .map((r) => `${r.label} ${timeOf(r.key, r.usual)}`)
                        .join(" · "),
                    },
                  ]
                : []),
              ...(staff
                ? [
                    {
                      term: "Guardians may change",
                      detail:
                        GUARDIAN_OPTIONS.filter((o) => program.guardianEditable.includes(o.value))
                          .map((o) => o.label.toLowerCase())
                          .join(" and ") || "nothing but their own notes",
                    },
                  ]
                : []),
            ]}
          />
        </div>
      )}
    </Card>
  );
}
