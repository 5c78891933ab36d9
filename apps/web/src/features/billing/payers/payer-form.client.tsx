"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { PayerDetails, type Payer } from "@carryover/api/contracts/payer";
import { Alert, Button, CheckboxField, SelectField, TextField } from "@carryover/ui";

import { checkForm, focusFirstInvalid, placeFieldErrors, placeRefusal } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import {
  draftOfPayer,
  payerFieldOf,
  payerInputOf,
  type PayerDraft,
  type PayerField,
} from "./payer-draft";
import { PAYER_KIND_WORDS } from "./payer-words";

type Errors = Partial<Record<PayerField, string>>;
type Set = <K extends keyof PayerDraft>(field: K, value: PayerDraft[K]) => void;

/** A payer's details and rule set: a new payer, or one to change. */
export function PayerForm({
  payer,
  onDone,
}: {
  payer: Payer | null;
  onDone: (message: string | null) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.payer.create.mutationOptions());
  const update = useMutation(trpc.payer.update.mutationOptions());
  const [draft, setDraft] = useState(() => draftOfPayer(payer));
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const set: Set = (field, value) => setDraft((d) => ({ ...d, [field]: value }));
  const saving = create.isPending || update.isPending;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = checkForm(PayerDetails, payerInputOf(draft));
    if (!checked.ok) {
      const placed = placeFieldErrors(checked.fieldErrors, payerFieldOf);
      setErrors(placed.errors);
      setProblem(placed.unplaced[0] ?? null);
      focusFirstInvalid(form);
      return;
    }
    try {
      if (payer) await update.mutateAsync({ ...checked.value, id: payer.id });
      else await create.mutateAsync(checked.value);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.payer.list.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.feeSchedule.list.queryKey() }),
      ]);
      onDone(`${checked.value.name} saved. Claims coded from now on follow its rules.`);
    } catch (error) {
      const placed = placeRefusal(describeError(error), payerFieldOf);
      setErrors(placed.errors);
      setProblem(placed.problem);
      focusFirstInvalid(form);
    }
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={payer ? `Edit ${payer.name}` : "New payer"}
      className="flex flex-col gap-5 rounded-lg border border-stone-200 bg-stone-50 p-4"
    >
      <h3 className="text-lg font-semibold text-stone-900">
        {payer ? `Edit ${payer.name}` : "New payer"}
      </h3>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <PayerIdentityFields draft={draft} errors={errors} set={set} />
      <PayerRuleFields draft={draft} errors={errors} set={set} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={saving}>
          {payer ? "Save the payer" : "Add the payer"}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onDone(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

type FieldsProps = { draft: PayerDraft; errors: Errors; set: Set };

function PayerIdentityFields({ draft, errors, set }: FieldsProps) {
  const text = (field: "name" | "payerId" | "addressLine1" | "city" | "state" | "zip") => ({
    name: field,
    value: draft[field],
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
    error: errors[field],
  });
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="mb-2 font-semibold text-stone-900">The payer</legend>
      <TextField label="Name" required {...text("name")} />
      <SelectField
        label="Kind"
        name="kind"
        value={draft.kind}
        onChange={(event) => set("kind", event.target.value as PayerDraft["kind"])}
        options={Object.entries(PAYER_KIND_WORDS).map(([value, label]) => ({ value, label }))}
        error={errors.kind}
      />
      <TextField
        label="Payer ID (optional)"
        hint="From your clearinghouse's payer list, like BPP01. Leave empty for self-pay."
        autoCapitalize="characters"
        {...text("payerId")}
      />
      <TextField label="Claims address (optional)" autoComplete="off" {...text("addressLine1")} />
      <TextField label="City" {...text("city")} />
      <div className="grid grid-cols-2 gap-3">
        <TextField label="State" hint="2 letters" autoCapitalize="characters" {...text("state")} />
        <TextField label="ZIP code" inputMode="numeric" {...text("zip")} />
      </div>
    </fieldset>
  );
}

function PayerRuleFields({ draft, errors, set }: FieldsProps) {
  const text = (field: "paidCodes" | "visitLimit" | "authorizationAfter" | "therapyThreshold") => ({
    name: field,
    value: draft[field],
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
    error: errors[field],
  });
  const choose =
    <K extends "timedMethod" | "placeOfService" | "modifier" | "priorAuthorization">(field: K) =>
    (event: { target: { value: string } }) =>
      set(field, event.target.value as PayerDraft[K]);
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="mb-2 font-semibold text-stone-900">Its rules</legend>
      <SelectField
        label="Timed codes"
        name="timedMethod"
        value={draft.timedMethod}
        onChange={choose("timedMethod")}
        options={[
          { value: "cms", label: "CMS: units from the visit's total minutes (8-minute rule)" },
          { value: "ama", label: "AMA: each code on its own minutes" },
        ]}
        error={errors.timedMethod}
      />
      <TextField
        label="Visits it pays a year (optional)"
        hint="Leave empty for no limit."
        inputMode="numeric"
        {...text("visitLimit")}
      />
      <SelectField
        label="Prior authorization"
        name="priorAuthorization"
        value={draft.priorAuthorization}
        onChange={choose("priorAuthorization")}
        options={[
          { value: "never", label: "Never needed" },
          { value: "always", label: "On every visit" },
          { value: "after_visits", label: "After a number of visits in the year" },
        ]}
        error={errors.priorAuthorization}
      />
      {draft.priorAuthorization === "after_visits" ? (
        <TextField
          label="Visits before it is needed"
          inputMode="numeric"
          {...text("authorizationAfter")}
        />
      ) : (
        <span aria-hidden="true" className="hidden sm:block" />
      )}
      <TextField
        label="Codes it pays by telehealth"
        hint="Separate with commas. Leave empty if it pays no telehealth."
        inputMode="numeric"
        className="sm:col-span-2"
        {...text("paidCodes")}
      />
      <SelectField
        label="Telehealth place of service"
        name="placeOfService"
        value={draft.placeOfService}
        onChange={choose("placeOfService")}
        options={[
          { value: "as_coded", label: "As coded: 10 (home) or 02" },
          { value: "11", label: "11, as an office visit" },
        ]}
        error={errors.placeOfService}
      />
      <SelectField
        label="Telehealth modifier"
        name="modifier"
        value={draft.modifier}
        onChange={choose("modifier")}
        options={[
          { value: "95", label: "95" },
          { value: "GT", label: "GT" },
          { value: "none", label: "None" },
        ]}
        error={errors.modifier}
      />
      <TextField
        label="Therapy threshold, in dollars (optional)"
        hint="Lines above it carry KX. Leave empty if it has none."
        inputMode="decimal"
        {...text("therapyThreshold")}
      />
      <CheckboxField
        label="It takes the 96/97 habilitative and rehabilitative modifiers"
        checked={draft.habilitativeModifiers}
        onChange={(event) => set("habilitativeModifiers", event.target.checked)}
        className="self-start sm:mt-8"
      />
    </fieldset>
  );
}
