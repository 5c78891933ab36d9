"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { CoverageChange, NewCoverage, type ChildPlan } from "@carryover/api/contracts/coverage";
import { Alert, Button, SelectField, TextField } from "@carryover/ui";

import { checkForm, focusFirstInvalid, placeFieldErrors, placeRefusal } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { plural } from "~/lib/words";
import { useTRPC } from "~/trpc/react.client";
import {
  coverageFieldOf,
  coverageInputOf,
  draftOfPlan,
  SEX_OPTIONS,
  type CoverageDraft,
  type CoverageField,
} from "./coverage-draft";

export type Guardian = { id: string; name: string };
type Errors = Partial<Record<CoverageField, string>>;
type Set = (field: CoverageField) => (event: { target: { value: string } }) => void;

/** A plan on the child's coverage, new or on file, as its card states it; for billing staff. */
export function CoverageForm({
  childId,
  firstName,
  guardians,
  plan,
  home,
  onDone,
}: {
  childId: string;
  firstName: string;
  guardians: Guardian[];
  plan: ChildPlan | null;
  /** The family's address on file, for a new plan. */
  home: ChildPlan | null;
  onDone: (message: string | null) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.coverage.create.mutationOptions());
  const update = useMutation(trpc.coverage.update.mutationOptions());
  const [draft, setDraft] = useState(() => draftOfPlan(plan, home));
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const set: Set = (field) => (event) => setDraft((d) => ({ ...d, [field]: event.target.value }));
  // A new plan's form opens under the card's title; a plan's own, under the plan's heading.
  const Heading = plan ? "h4" : "h3";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = coverageInputOf(draft);
    const checked = plan
      ? checkForm(CoverageChange, { ...input, coverageId: plan.id })
      : checkForm(NewCoverage, { ...input, childId });
    if (!checked.ok) {
      const placed = placeFieldErrors(checked.fieldErrors, coverageFieldOf);
      setErrors(placed.errors);
      setProblem(placed.unplaced[0] ?? null);
      focusFirstInvalid(form);
      return;
    }
    try {
      let rechecked = 0;
      if ("coverageId" in checked.value)
        rechecked = (await update.mutateAsync(checked.value)).claimsRechecked;
      else await create.mutateAsync(checked.value);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.coverage.list.queryKey({ childId }) }),
        queryClient.invalidateQueries({ queryKey: trpc.authorization.list.queryKey({ childId }) }),
      ]);
      onDone(
        `Plan saved.${rechecked > 0 ? ` ${plural(rechecked, "waiting claim")} checked again.` : ""}`,
      );
    } catch (error) {
      const placed = placeRefusal(describeError(error), coverageFieldOf);
      setErrors(placed.errors);
      setProblem(placed.problem);
      focusFirstInvalid(form);
    }
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={plan ? `Edit the ${plan.payerName} plan` : `New plan for ${firstName}`}
      className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-stone-50 p-4"
    >
      <Heading className="font-semibold text-stone-900">
        {plan ? `Edit the ${plan.payerName} plan` : `New plan for ${firstName}`}
      </Heading>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <PlanFields draft={draft} errors={errors} set={set} plan={plan} />
      <SubscriberFields
        draft={draft}
        errors={errors}
        set={set}
        firstName={firstName}
        guardians={guardians}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={create.isPending || update.isPending}>
          Save the plan
        </Button>
        <Button type="button" variant="secondary" onClick={() => onDone(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

type FieldsProps = { draft: CoverageDraft; errors: Errors; set: Set };

function PlanFields({ draft, errors, set, plan }: FieldsProps & { plan: ChildPlan | null }) {
  const trpc = useTRPC();
  const payers = useQuery(trpc.payer.list.queryOptions());
  // An archived payer stays on the plan that has it; no new plan can name it.
  const choices = (payers.data ?? []).filter((p) => !p.archivedAt || p.id === plan?.payerId);
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <SelectField
        label="Insurance company"
        name="payerId"
        required
        value={draft.payerId}
        onChange={set("payerId")}
        options={[
          { value: "", label: payers.isPending ? "Loading…" : "Choose the payer" },
          ...choices.map((p) => ({ value: p.id, label: p.name })),
        ]}
        error={errors.payerId}
      />
      <SelectField
        label="Rank"
        name="rank"
        value={draft.rank}
        onChange={set("rank")}
        options={[
          { value: "primary", label: "Primary: billed first" },
          { value: "secondary", label: "Secondary: billed after the primary" },
        ]}
        error={errors.rank}
      />
      <TextField
        label="Member ID"
        name="memberId"
        required
        autoCapitalize="characters"
        autoComplete="off"
        value={draft.memberId}
        onChange={set("memberId")}
        error={errors.memberId}
      />
      <TextField
        label="Group number (optional)"
        name="groupNumber"
        autoCapitalize="characters"
        autoComplete="off"
        value={draft.groupNumber}
        onChange={set("groupNumber")}
        error={errors.groupNumber}
      />
      <TextField
        label="In force from"
        name="effectiveFrom"
        type="date"
        required
        value={draft.effectiveFrom}
        onChange={set("effectiveFrom")}
        error={errors.effectiveFrom}
      />
      <TextField
        label="Until (optional)"
        name="effectiveTo"
        type="date"
        hint="Leave empty while the plan is in force."
        value={draft.effectiveTo}
        onChange={set("effectiveTo")}
        error={errors.effectiveTo}
      />
    </div>
  );
}

function SubscriberFields({
  draft,
  errors,
  set,
  firstName,
  guardians,
}: FieldsProps & { firstName: string; guardians: Guardian[] }) {
  const text = (field: "addressLine1" | "city" | "state" | "zip") => ({
    name: field,
    value: draft[field],
    onChange: set(field),
    error: errors[field],
    required: true,
  });
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="mb-2 font-semibold text-stone-900">Whose plan, and where they live</legend>
      <SelectField
        label="Whose plan"
        name="whose"
        value={draft.whose}
        onChange={set("whose")}
        options={[
          { value: "child", label: `${firstName}'s own plan` },
          ...guardians.map((g) => ({ value: g.id, label: `${g.name}'s plan` })),
        ]}
        error={errors.whose}
      />
      <SelectField
        label="Child's sex as on the card"
        name="patientSex"
        value={draft.patientSex}
        onChange={set("patientSex")}
        options={SEX_OPTIONS}
        error={errors.patientSex}
      />
      {draft.whose === "child" ? (
        <p className="text-sm text-stone-600 sm:col-span-2">
          {firstName} is the subscriber; the date of birth comes from {firstName}&apos;s record.
        </p>
      ) : (
        <>
          <TextField
            label="Subscriber's date of birth"
            name="subscriberDateOfBirth"
            type="date"
            required
            value={draft.subscriberDateOfBirth}
            onChange={set("subscriberDateOfBirth")}
            error={errors.subscriberDateOfBirth}
          />
          <SelectField
            label="Subscriber's sex"
            name="subscriberSex"
            value={draft.subscriberSex}
            onChange={set("subscriberSex")}
            options={SEX_OPTIONS}
            error={errors.subscriberSex}
          />
        </>
      )}
      <TextField label="Street address" autoComplete="street-address" {...text("addressLine1")} />
      <TextField label="City" autoComplete="address-level2" {...text("city")} />
      <TextField
        label="State"
        hint="2 letters, like IL"
        autoComplete="address-level1"
        {...text("state")}
      />
      <TextField label="ZIP code" inputMode="numeric" autoComplete="postal-code" {...text("zip")} />
    </fieldset>
  );
}
