"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";

import { FamilyCard, type FamilyPlan } from "@carryover/api/contracts/coverage";
import { Alert, Button, SelectField, TextField } from "@carryover/ui";

import { checkForm, focusFirstInvalid, placeFieldErrors, placeRefusal } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { SEX_OPTIONS } from "../coverage/coverage-draft";
import {
  draftOfFamilyPlan,
  familyCardFieldOf,
  familyCardInputOf,
  type FamilyCardDraft,
  type FamilyCardField,
} from "./family-card-draft";

type Errors = Partial<Record<FamilyCardField, string>>;
type Set = (field: FamilyCardField) => (event: { target: { value: string } }) => void;

/** A parent enters their child's insurance card, or types a card on file again to update it. */
export function FamilyCardForm({
  childId,
  firstName,
  plan,
  home,
  payers,
  onDone,
}: {
  childId: string;
  firstName: string;
  plan: FamilyPlan | null;
  home: FamilyPlan | null;
  payers: { id: string; name: string }[];
  onDone: (message: string | null) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const submitCard = useMutation(trpc.coverage.submitByFamily.mutationOptions());
  const [draft, setDraft] = useState(() => draftOfFamilyPlan(plan, home));
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const set: Set = (field) => (event) => setDraft((d) => ({ ...d, [field]: event.target.value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = checkForm(
      FamilyCard,
      familyCardInputOf(draft, { childId, coverageId: plan?.id ?? null }),
    );
    if (!checked.ok) {
      const placed = placeFieldErrors(checked.fieldErrors, familyCardFieldOf);
      setErrors(placed.errors);
      setProblem(placed.unplaced[0] ?? null);
      focusFirstInvalid(form);
      return;
    }
    try {
      await submitCard.mutateAsync(checked.value);
      await queryClient.invalidateQueries({
        queryKey: trpc.coverage.listForFamily.queryKey({ childId }),
      });
      onDone(
        `Thank you. ${firstName}'s card is saved, and the clinic will check it before billing.`,
      );
    } catch (error) {
      const placed = placeRefusal(describeError(error), familyCardFieldOf);
      setErrors(placed.errors);
      setProblem(placed.problem);
      focusFirstInvalid(form);
    }
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={
        plan ? `Update the ${plan.payerName} card` : `New insurance card for ${firstName}`
      }
      className="flex flex-col gap-4 rounded-xl border border-stone-300 bg-white p-4"
    >
      <h3 className="text-lg font-semibold text-stone-900">
        {plan ? `Update the ${plan.payerName} card` : `New insurance card for ${firstName}`}
      </h3>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <CardFields draft={draft} errors={errors} set={set} payers={payers} firstName={firstName} />
      <WhoseFields draft={draft} errors={errors} set={set} firstName={firstName} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit" size="lg" busy={submitCard.isPending}>
          Save the card
        </Button>
        <Button type="button" variant="secondary" size="lg" onClick={() => onDone(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

type FieldsProps = { draft: FamilyCardDraft; errors: Errors; set: Set; firstName: string };

function CardFields({
  draft,
  errors,
  set,
  payers,
  firstName,
}: FieldsProps & { payers: { id: string; name: string }[] }) {
  return (
    <>
      <SelectField
        label="Insurance company"
        name="payerId"
        required
        value={draft.payerId}
        onChange={set("payerId")}
        options={[
          { value: "", label: "Choose from the list" },
          ...payers.map((p) => ({ value: p.id, label: p.name })),
        ]}
        hint="Not on the list? Ask the clinic: it may not bill that company."
        error={errors.payerId}
      />
      <SelectField
        label="Which plan is it?"
        name="rank"
        value={draft.rank}
        onChange={set("rank")}
        options={[
          { value: "primary", label: "Main insurance" },
          { value: "secondary", label: "Second insurance" },
        ]}
        hint={`If ${firstName} has two plans, the main one is billed first.`}
        error={errors.rank}
      />
      <TextField
        label="Member ID"
        name="memberId"
        required
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        hint="On the front of the card, often labelled ID or Member ID. Type it without spaces."
        value={draft.memberId}
        onChange={set("memberId")}
        error={errors.memberId}
      />
      <TextField
        label="Group number (optional)"
        name="groupNumber"
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        hint="Often labelled Group or GRP. Medicaid cards may not have one."
        value={draft.groupNumber}
        onChange={set("groupNumber")}
        error={errors.groupNumber}
      />
      <SelectField
        label="Child's sex as on the card"
        name="patientSex"
        value={draft.patientSex}
        onChange={set("patientSex")}
        options={SEX_OPTIONS}
        error={errors.patientSex}
      />
      <TextField
        label="Plan start date (optional)"
        name="effectiveFrom"
        type="date"
        hint="If the card shows one. If not, we use today."
        value={draft.effectiveFrom}
        onChange={set("effectiveFrom")}
        error={errors.effectiveFrom}
      />
    </>
  );
}

function WhoseFields({ draft, errors, set, firstName }: FieldsProps) {
  const whoseErrorId = useId();
  const text = (field: "addressLine1" | "city" | "state" | "zip") => ({
    name: field,
    value: draft[field],
    onChange: set(field),
    error: errors[field],
    required: true,
  });
  return (
    <>
      <fieldset
        aria-describedby={errors.whose ? whoseErrorId : undefined}
        className="flex flex-col gap-2"
      >
        <legend className="mb-1 font-medium text-stone-900">Whose name is the plan in?</legend>
        {(
          [
            ["child", `${firstName}'s own (for example, Medicaid)`],
            ["mine", `Mine: ${firstName} is on my plan`],
          ] as const
        ).map(([value, label]) => (
          <label
            key={value}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-stone-300 px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <input
              type="radio"
              name="whose"
              value={value}
              checked={draft.whose === value}
              onChange={set("whose")}
              aria-invalid={errors.whose ? true : undefined}
              className="size-5 accent-brand-700"
            />
            {label}
          </label>
        ))}
        {errors.whose ? (
          <p id={whoseErrorId} className="text-sm font-medium text-red-700">
            {errors.whose}
          </p>
        ) : null}
      </fieldset>
      {draft.whose === "mine" ? (
        <>
          <TextField
            label="Your date of birth"
            name="subscriberDateOfBirth"
            type="date"
            required
            autoComplete="bday"
            value={draft.subscriberDateOfBirth}
            onChange={set("subscriberDateOfBirth")}
            error={errors.subscriberDateOfBirth}
          />
          <SelectField
            label="Your sex as on the card"
            name="subscriberSex"
            value={draft.subscriberSex}
            onChange={set("subscriberSex")}
            options={SEX_OPTIONS}
            error={errors.subscriberSex}
          />
        </>
      ) : null}
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 font-medium text-stone-900">Where you and {firstName} live</legend>
        <TextField label="Street address" autoComplete="street-address" {...text("addressLine1")} />
        <TextField label="City" autoComplete="address-level2" {...text("city")} />
        <div className="grid grid-cols-2 gap-3">
          <TextField
            label="State"
            hint="2 letters, like IL"
            autoComplete="address-level1"
            autoCapitalize="characters"
            {...text("state")}
          />
          <TextField
            label="ZIP code"
            inputMode="numeric"
            autoComplete="postal-code"
            {...text("zip")}
          />
        </div>
      </fieldset>
    </>
  );
}
