"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";

import {
  ELECTRONIC_SIGNATURE_CONSENT,
  fieldsOf,
  isEmptyAnswer,
  type FormAnswer,
  type FormAnswers,
  type FormContent,
} from "@carryover/domain/forms";
import { Alert, Button, CheckboxField, PageHeader, TextField } from "@carryover/ui";

import { useHourCycle } from "~/lib/hour-cycle.client";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { dayAndTime } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { CompletedForm } from "./completed-form";
import { fieldControlId, FormFieldInput } from "./form-field.client";
import { SignaturePad } from "./signature-pad.client";
import { useAutosave, type SaveState } from "./use-autosave.client";

/**
 * A form as the family fills it on a phone: every section on one page, saved as they type, and
 * signed at the end; once signed, the completed form as it was signed.
 */
export function FormFiller({ formId, back }: { formId: string; back: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.form.get.queryOptions({ formId }));
  if (query.isPending) return <ListSkeleton label="Loading the form" />;
  if (query.isError)
    return <QueryError error={query.error} what="this form" onRetry={() => void query.refetch()} />;
  const form = query.data;
  const header = (
    <PageHeader
      title={form.title}
      description={`For ${form.childName} · ${form.clinicName}`}
      actions={
        <Link href={back} className="underline">
          All forms
        </Link>
      }
    />
  );
  if (!form.canFill)
    return (
      <div className="flex flex-col gap-6">
        {header}
        <CompletedForm form={form} />
      </div>
    );
  return (
    <div className="flex flex-col gap-6">
      {header}
      <Filling
        formId={formId}
        content={form.content}
        saved={form.answers}
        savedAt={form.savedAt}
        timeZone={form.timeZone}
        summary={{ title: form.title, childName: form.childName }}
      />
    </div>
  );
}

type FillingProps = {
  formId: string;
  content: FormContent;
  saved: FormAnswers;
  savedAt: Date | null;
  timeZone: string;
  summary: { title: string; childName: string };
};

function Filling({ formId, content, saved, savedAt, timeZone, summary }: FillingProps) {
  const [answers, setAnswers] = useState<FormAnswers>(saved);
  const [signErrors, setSignErrors] = useState<Record<string, string>>({});
  const state = useAutosave(formId, answers, savedAt);
  const saveErrors = state.kind === "failed" ? state.fieldErrors : {};
  const errorOf = (id: string) => signErrors[`answers.${id}`] ?? saveErrors[`answers.${id}`];
  const resumeAt = savedAt ? fieldsOf(content).find((f) => isEmptyAnswer(saved[f.id])) : undefined;

  const answer = (id: string, value: FormAnswer | undefined) => {
    setSignErrors(({ [`answers.${id}`]: _, ...rest }) => rest);
    setAnswers(({ [id]: _, ...rest }) => (value === undefined ? rest : { ...rest, [id]: value }));
  };

  return (
    <>
      <SaveStatus state={state} timeZone={timeZone} />
      {resumeAt ? (
        <p>
          Welcome back: your answers are saved.{" "}
          <a href={`#${fieldControlId(resumeAt.id)}`} className="font-medium underline">
            Continue where you left off
          </a>
        </p>
      ) : null}
      {content.sections.map((section) => (
        <section
          key={section.id}
          aria-labelledby={`section-${section.id}`}
          className="flex flex-col gap-5 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6"
        >
          <h2 id={`section-${section.id}`} className="text-xl font-semibold text-stone-900">
            {section.title}
          </h2>
          {section.intro ? <p className="text-stone-700">{section.intro}</p> : null}
          {section.fields.map((field) => (
            <FormFieldInput
              key={field.id}
              field={field}
              answer={answers[field.id]}
              error={errorOf(field.id)}
              onChange={(value) => answer(field.id, value)}
            />
          ))}
        </section>
      ))}
      <SignStep
        formId={formId}
        answers={answers}
        summary={{
          ...summary,
          answered: Object.keys(answers).length,
          asked: fieldsOf(content).length,
        }}
        onRefused={setSignErrors}
      />
    </>
  );
}

function SaveStatus({ state, timeZone }: { state: SaveState; timeZone: string }) {
  const cycle = useHourCycle();
  const words =
    state.kind === "saving"
      ? "Saving…"
      : state.kind === "failed"
        ? `Not saved: ${state.message}`
        : state.at
          ? `Saved ${dayAndTime(state.at, timeZone, cycle)}`
          : "Your answers save as you type.";
  return (
    <p
      role="status"
      className={
        state.kind === "failed"
          ? "sticky top-0 z-10 rounded-lg bg-red-50 px-3 py-2 font-medium text-red-800"
          : "sticky top-0 z-10 rounded-lg bg-stone-100 px-3 py-2 text-stone-700"
      }
    >
      {words}
    </p>
  );
}

type SignStepProps = {
  formId: string;
  answers: FormAnswers;
  summary: { title: string; childName: string; answered: number; asked: number };
  onRefused: (errors: Record<string, string>) => void;
};

function SignStep({ formId, answers, summary, onRefused }: SignStepProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [consent, setConsent] = useState(false);
  const [signerName, setSignerName] = useState("");
  const [drawn, setDrawn] = useState<string | undefined>();
  const [problem, setProblem] = useState<{ message: string; field: string | null } | null>(null);
  const alert = useRef<HTMLDivElement>(null);
  const sign = useMutation(
    trpc.form.sign.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.form.get.queryKey({ formId }) });
        void queryClient.invalidateQueries({ queryKey: trpc.form.outstanding.queryKey() });
      },
    }),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      await sign.mutateAsync({
        formId,
        answers,
        // Unticked, the server refuses it and names the box.
        consentToSignElectronically: consent as true,
        signerName,
        drawnSignature: drawn,
      });
    } catch (failure) {
      const described = describeError(failure);
      // A missing answer's refusal names the question; the field's own message only says "required".
      const namesQuestion = described.field?.startsWith("answers.") && failure instanceof Error;
      const message = namesQuestion ? failure.message : described.message;
      setProblem({ message, field: described.field });
      onRefused(described.fieldErrors ?? {});
      requestAnimationFrame(() => alert.current?.focus());
    }
  }

  const answerField = problem?.field?.startsWith("answers.") ? problem.field.slice(8) : null;
  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="sign-heading"
      className="flex flex-col gap-5 rounded-xl border-2 border-brand-700 bg-white p-4 sm:p-6"
    >
      <h2 id="sign-heading" className="text-xl font-semibold text-stone-900">
        Sign
      </h2>
      <p>
        You are signing <strong>{summary.title}</strong> for {summary.childName}, with the{" "}
        {summary.answered} of {summary.asked} questions you answered above. Once signed, it
        can&apos;t change; the clinic keeps a PDF copy and so do you.
      </p>
      {problem ? (
        <div ref={alert} tabIndex={-1}>
          <Alert tone="error" title="Not signed yet">
            <p>{problem.message}</p>
            {answerField ? (
              <a href={`#${fieldControlId(answerField)}`} className="font-medium underline">
                Go to that question
              </a>
            ) : null}
          </Alert>
        </div>
      ) : null}
      <CheckboxField
        name="consentToSignElectronically"
        label={ELECTRONIC_SIGNATURE_CONSENT}
        checked={consent}
        error={problem?.field === "consentToSignElectronically" ? problem.message : undefined}
        onChange={(event) => setConsent(event.target.checked)}
      />
      <TextField
        name="signerName"
        label="Your full name"
        hint="Typing your name is your signature."
        autoComplete="name"
        required
        value={signerName}
        error={problem?.field === "signerName" ? problem.message : undefined}
        onChange={(event) => setSignerName(event.target.value)}
      />
      <SignaturePad onChange={setDrawn} />
      <div>
        <Button type="submit" disabled={sign.isPending}>
          {sign.isPending ? "Signing…" : "Sign the form"}
        </Button>
      </div>
    </form>
  );
}
