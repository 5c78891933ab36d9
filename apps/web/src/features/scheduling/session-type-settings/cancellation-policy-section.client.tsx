"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";

import { UpdateCancellationPolicyInput } from "@carryover/api/contracts/session-type";
import { Alert, Button, Card, Spinner } from "@carryover/ui";

import { checkForm } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

const MAX = 2000;

/** The clinic's cancellation policy in its own words; families read it where they book and cancel. */
export function CancellationPolicySection() {
  const trpc = useTRPC();
  const policy = useQuery(trpc.sessionType.policy.queryOptions());
  return (
    <Card
      title="Cancellation policy"
      description="Families read this where they book and where they cancel. The cancellation window of each session type decides what counts as late."
    >
      {policy.isPending ? (
        <Spinner label="Loading the policy…" />
      ) : policy.isError ? (
        <Alert tone="error">{describeError(policy.error).message}</Alert>
      ) : (
        <PolicyForm initial={policy.data.text} />
      )}
    </Card>
  );
}

function PolicyForm({ initial }: { initial: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.sessionType.updatePolicy.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.sessionType.policy.queryKey() }),
    }),
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const checked = checkForm(UpdateCancellationPolicyInput, { text });
    if (!checked.ok) return setError(checked.fieldErrors.text ?? "Check the policy text.");
    setError(null);
    try {
      await save.mutateAsync(checked.value);
      setSaved(true);
    } catch (failure) {
      setError(describeError(failure).message);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <label htmlFor={id} className="font-medium text-stone-900">
        Policy text
      </label>
      <textarea
        id={id}
        name="cancellationPolicy"
        rows={5}
        maxLength={MAX}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        onChange={(event) => {
          setText(event.target.value);
          setSaved(false);
        }}
        className="block w-full rounded-lg border border-stone-500 bg-white px-3 py-2 text-base text-stone-900 shadow-sm focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden"
        placeholder="For example: Please cancel at least 24 hours ahead. Late cancellations and missed sessions may be charged $50."
      />
      <p id={`${id}-hint`} className="text-sm text-stone-600">
        {text.length} of {MAX} characters. Leave empty to show only each session's free-cancellation
        time.
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      {saved ? <Alert tone="success">The cancellation policy is saved.</Alert> : null}
      <div className="flex justify-end">
        <Button type="submit" busy={save.isPending}>
          Save the policy
        </Button>
      </div>
    </form>
  );
}
