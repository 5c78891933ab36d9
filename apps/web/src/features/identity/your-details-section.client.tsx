"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";

import { Alert, Button, Card, TextField } from "@carryover/ui";

import { focusFirstInvalid, placeRefusal } from "~/lib/form-errors";
import { QueryError } from "~/lib/query-state";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { checkMyDetails, detailsFieldOf } from "./account-forms";
import type { FormFailure } from "./password-reset";

/** The person's own name and phone number. */
export function YourDetailsSection({ phoneSeenBy }: { phoneSeenBy: string }) {
  const trpc = useTRPC();
  const details = useQuery(trpc.account.get.queryOptions());
  return (
    <Card title="Your details" description={`Your name and phone number. ${phoneSeenBy}`}>
      {details.isError ? (
        <QueryError
          error={details.error}
          what="your details"
          onRetry={() => void details.refetch()}
        />
      ) : details.data ? (
        <DetailsForm
          email={details.data.email}
          name={details.data.name}
          phone={details.data.phone ?? ""}
        />
      ) : (
        <p className="text-stone-600">Loading your details…</p>
      )}
    </Card>
  );
}

function DetailsForm(props: { email: string; name: string; phone: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(props.name);
  const [phone, setPhone] = useState(props.phone);
  const [invalid, setInvalid] = useState<FormFailure<"name" | "phone"> | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.account.updateDetails.mutationOptions({
      onSuccess: (result) => {
        setSaved(true);
        queryClient.setQueryData(trpc.account.get.queryKey(), result);
        router.refresh();
      },
    }),
  );
  const failure =
    invalid ?? (save.error ? placeRefusal(describeError(save.error), detailsFieldOf) : null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const checked = checkMyDetails({ name, phone });
    setInvalid(checked.ok ? null : checked.failure);
    if (!checked.ok) return focusFirstInvalid(form.current);
    save.mutate(checked.input, { onError: () => focusFirstInvalid(form.current) });
  }

  return (
    <form ref={form} onSubmit={submit} className="flex max-w-md flex-col gap-4" noValidate>
      <p className="text-sm text-stone-700">
        You sign in as <strong>{props.email}</strong>. To use another email, ask your clinic.
      </p>
      <TextField
        label="Name"
        name="name"
        required
        autoComplete="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={failure?.errors.name}
      />
      <TextField
        label="Phone"
        name="phone"
        type="tel"
        autoComplete="tel"
        hint="Optional. For example (555) 201-3344. Leave it empty to remove it."
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        error={failure?.errors.phone}
      />
      {failure?.problem ? <Alert tone="error">{failure.problem}</Alert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" busy={save.isPending}>
          Save details
        </Button>
        <p role="status" className="text-sm text-green-800">
          {saved ? "Saved." : ""}
        </p>
      </div>
    </form>
  );
}
