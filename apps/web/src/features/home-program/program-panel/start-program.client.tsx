"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";

import { Button, Card, TextField } from "@carryover/ui";

import { focusFirstInvalid } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import {
  checkStartProgram,
  startRefusalOf,
  type StartProgramErrors,
  type StartProgramFields,
} from "./start-program";

/** The therapist starts a child's home program: the first goal, the daily dose and the start. */
export function StartProgram({
  childId,
  firstName,
  today,
}: {
  childId: string;
  firstName: string;
  today: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [fields, setFields] = useState<StartProgramFields>({
    familyWords: "",
    clinicalWording: "",
    minutesPerDay: 15,
    daysPerWeek: 5,
    startDate: today,
  });
  const [errors, setErrors] = useState<StartProgramErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const create = useMutation(
    trpc.program.create.mutationOptions({
      onSuccess: () =>
        void queryClient.invalidateQueries({ queryKey: trpc.program.get.queryKey({ childId }) }),
    }),
  );
  const set = (change: Partial<StartProgramFields>) => setFields((f) => ({ ...f, ...change }));
  const show = (shown: { errors: StartProgramErrors; problem: string | null }) => {
    setErrors(shown.errors);
    setProblem(shown.problem);
    focusFirstInvalid(formRef.current);
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkStartProgram(childId, fields);
    if (!checked.ok) return show(checked);
    show({ errors: {}, problem: null });
    create.mutate(checked.input, {
      onError: (error) => show(startRefusalOf(describeError(error))),
    });
  }

  return (
    <Card
      title={`Start ${firstName}'s home program`}
      description="Write the first goal with the family, set the daily dose, then add activities."
    >
      <form ref={formRef} noValidate className="flex flex-col gap-4" onSubmit={submit}>
        <TextField
          label="First goal, in the family's words"
          name="familyWords"
          required
          maxLength={200}
          value={fields.familyWords}
          onChange={(e) => set({ familyWords: e.target.value })}
          error={errors.familyWords}
          hint="For example: gets dressed for school without tears."
        />
        <TextField
          label="The same goal, clinical wording"
          name="clinicalWording"
          required
          maxLength={300}
          value={fields.clinicalWording}
          onChange={(e) => set({ clinicalWording: e.target.value })}
          error={errors.clinicalWording}
        />
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            label="Minutes a day"
            name="minutesPerDay"
            type="number"
            min={1}
            max={120}
            required
            value={fields.minutesPerDay}
            onChange={(e) => set({ minutesPerDay: e.target.valueAsNumber })}
            error={errors.minutesPerDay}
          />
          <TextField
            label="Days a week"
            name="daysPerWeek"
            type="number"
            min={1}
            max={7}
            required
            value={fields.daysPerWeek}
            onChange={(e) => set({ daysPerWeek: e.target.valueAsNumber })}
            error={errors.daysPerWeek}
          />
          <TextField
            label="Start date"
            name="startDate"
            type="date"
            required
            value={fields.startDate}
            onChange={(e) => set({ startDate: e.target.value })}
            error={errors.startDate}
          />
        </div>
        {problem ? (
          <p className="text-red-700" role="alert">
            {problem}
          </p>
        ) : null}
        <Button type="submit" className="self-start" busy={create.isPending}>
          Start the program
        </Button>
      </form>
    </Card>
  );
}
