"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { NewAuthorization } from "@carryover/api/contracts/authorization";
import { Alert, Button, SelectField, TextField } from "@carryover/ui";

import { checkForm, focusFirstInvalid, placeFieldErrors, placeRefusal } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { plural } from "~/lib/words";
import { useTRPC } from "~/trpc/react.client";

const FIELDS = ["counts", "approved", "startsOn", "endsOn", "codes", "reference"] as const;
type Field = (typeof FIELDS)[number];
type Draft = Record<Field, string>;

const fieldOf = (path: string): Field | null => {
  const field = path.split(".")[0] ?? "";
  return (FIELDS as readonly string[]).includes(field) ? (field as Field) : null;
};

/** The payer's authorization for one of the child's plans, as its letter or portal states it. */
export function AddAuthorizationForm({
  childId,
  coverageId,
  payerName,
  onDone,
}: {
  childId: string;
  coverageId: string;
  payerName: string;
  onDone: (message: string | null) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.authorization.create.mutationOptions());
  const [draft, setDraft] = useState<Draft>({
    counts: "visits",
    approved: "",
    startsOn: "",
    endsOn: "",
    codes: "",
    reference: "",
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const set = (field: Field) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: event.target.value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const codes = draft.codes.split(/[\s,]+/).filter(Boolean);
    const checked = checkForm(NewAuthorization, {
      coverageId,
      counts: draft.counts,
      approved: draft.approved.trim() === "" ? Number.NaN : Number(draft.approved),
      startsOn: draft.startsOn,
      endsOn: draft.endsOn,
      ...(codes.length > 0 && { codes }),
      ...(draft.reference.trim() && { reference: draft.reference }),
    });
    if (!checked.ok) {
      const placed = placeFieldErrors(checked.fieldErrors, fieldOf);
      setErrors(placed.errors);
      setProblem(placed.unplaced[0] ?? null);
      focusFirstInvalid(form);
      return;
    }
    try {
      const saved = await save.mutateAsync(checked.value);
      await queryClient.invalidateQueries({
        queryKey: trpc.authorization.list.queryKey({ childId }),
      });
      onDone(
        saved.claimsRechecked > 0
          ? `Authorization saved. ${plural(saved.claimsRechecked, "waiting claim")} checked again.`
          : "Authorization saved.",
      );
    } catch (error) {
      const placed = placeRefusal(describeError(error), fieldOf);
      setErrors(placed.errors);
      setProblem(placed.problem);
      focusFirstInvalid(form);
    }
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={`New authorization from ${payerName}`}
      className="flex flex-col gap-3 rounded-lg border border-stone-200 p-4"
    >
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <AuthorizationFields draft={draft} errors={errors} set={set} />
      <div className="flex gap-2">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save the authorization"}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onDone(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** The authorization's terms, as the payer's letter states them. */
function AuthorizationFields({
  draft,
  errors,
  set,
}: {
  draft: Draft;
  errors: Partial<Record<Field, string>>;
  set: (field: Field) => (event: { target: { value: string } }) => void;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <SelectField
        label="It counts"
        name="counts"
        value={draft.counts}
        onChange={set("counts")}
        options={[
          { value: "visits", label: "Visits" },
          { value: "units", label: "Units (15 minutes each)" },
        ]}
        error={errors.counts}
      />
      <TextField
        label="Number approved"
        name="approved"
        inputMode="numeric"
        required
        value={draft.approved}
        onChange={set("approved")}
        error={errors.approved}
      />
      <TextField
        label="First day"
        name="startsOn"
        type="date"
        required
        value={draft.startsOn}
        onChange={set("startsOn")}
        error={errors.startsOn}
      />
      <TextField
        label="Last day"
        name="endsOn"
        type="date"
        required
        value={draft.endsOn}
        onChange={set("endsOn")}
        error={errors.endsOn}
      />
      <TextField
        label="Codes it covers (optional)"
        name="codes"
        hint="Leave empty for every code, or list them: 97530, 97535"
        value={draft.codes}
        onChange={set("codes")}
        error={errors.codes}
      />
      <TextField
        label="Payer's reference (optional)"
        name="reference"
        value={draft.reference}
        onChange={set("reference")}
        error={errors.reference}
      />
    </div>
  );
}
