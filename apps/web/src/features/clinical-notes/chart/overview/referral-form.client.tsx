"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { SetReferralInput } from "@carryover/api/contracts/referral";
import { Alert, Button, TextField } from "@carryover/ui";

import { checkForm, focusFirstInvalid, placeFieldErrors, placeRefusal } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

const FIELDS = ["name", "npi", "email", "phone", "fax", "referredOn", "reason"] as const;
type Field = (typeof FIELDS)[number];
type Draft = Record<Field, string>;
type Current = {
  physician: {
    name: string;
    npi: string;
    email: string | null;
    phone: string | null;
    fax: string | null;
  };
  referredOn: string | null;
  reason: string;
} | null;

const fieldOf = (path: string): Field | null => {
  const field = path.replace(/^physician\./, "");
  return (FIELDS as readonly string[]).includes(field) ? (field as Field) : null;
};

const LABELS: Record<Field, string> = {
  name: "Physician's name",
  npi: "NPI",
  email: "Email",
  phone: "Phone",
  fax: "Fax",
  referredOn: "Referral date",
  reason: "Reason for referral",
};

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

export function ReferralForm({
  childId,
  current,
  onDone,
}: {
  childId: string;
  current: Current;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.referral.set.mutationOptions());
  const [draft, setDraft] = useState<Draft>({
    name: current?.physician.name ?? "",
    npi: current?.physician.npi ?? "",
    email: current?.physician.email ?? "",
    phone: current?.physician.phone ?? "",
    fax: current?.physician.fax ?? "",
    referredOn: current?.referredOn ?? "",
    reason: current?.reason ?? "",
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = checkForm(SetReferralInput, {
      childId,
      physician: {
        name: draft.name,
        npi: draft.npi,
        email: optional(draft.email),
        phone: optional(draft.phone),
        fax: optional(draft.fax),
      },
      referredOn: optional(draft.referredOn),
      reason: draft.reason,
    });
    if (!checked.ok) {
      const placed = placeFieldErrors(checked.fieldErrors, fieldOf);
      setErrors(placed.errors);
      setProblem(placed.unplaced[0] ?? null);
      focusFirstInvalid(form);
      return;
    }
    try {
      await save.mutateAsync(checked.value);
      await queryClient.invalidateQueries({ queryKey: trpc.referral.get.queryKey({ childId }) });
      onDone();
    } catch (error) {
      const placed = placeRefusal(describeError(error), fieldOf);
      setErrors(placed.errors);
      setProblem(placed.problem);
      focusFirstInvalid(form);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Referral" className="flex flex-col gap-3">
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {FIELDS.map((field) => (
        <TextField
          key={field}
          label={LABELS[field]}
          name={field}
          type={field === "referredOn" ? "date" : field === "email" ? "email" : "text"}
          inputMode={field === "npi" ? "numeric" : undefined}
          required={field === "name" || field === "npi"}
          hint={field === "npi" ? "10 digits; the last one is a check digit." : undefined}
          value={draft[field]}
          onChange={(event) => setDraft((d) => ({ ...d, [field]: event.target.value }))}
          error={errors[field]}
        />
      ))}
      <div className="flex gap-2">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save the referral"}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
