"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";

import {
  UpdateFeePolicyInput,
  type FeePolicies,
  type FeePolicyEntry,
} from "@carryover/api/contracts/fee-policy";
import { centsOfDollars, dollarsOfCents } from "@carryover/domain/billing";
import { Alert, Button, Card, CheckboxField, TextField } from "@carryover/ui";

import { checkForm, focusFirstInvalid, placeFieldErrors, placeRefusal } from "~/lib/form-errors";
import { QueryError } from "~/lib/query-state";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { FEE_TITLES, FEE_WHEN, feeSavedWords, feeStandingWords } from "./fee-words";

type SessionType = FeePolicies["sessionTypes"][number];

/** The clinic's late-cancellation and no-show fees: set by its admin, read by its billing staff. */
export function MissedSessionFees() {
  const trpc = useTRPC();
  const fees = useQuery(trpc.feePolicy.get.queryOptions());
  return (
    <Card
      title="Missed-session fees"
      description="What a family is charged for a session they cancel late or don't come to, on the session types you choose. The fee goes on the family's balance when the cancellation or no-show is recorded; billing staff can waive it on the child's account."
    >
      {fees.isPending ? (
        <p className="text-stone-600">Loading the fees…</p>
      ) : fees.isError ? (
        <QueryError error={fees.error} what="the fees" onRetry={() => void fees.refetch()} />
      ) : (
        <div className="grid items-start gap-5 lg:grid-cols-2">
          {fees.data.policies.map((policy) =>
            fees.data.canEdit ? (
              <FeePolicyForm
                key={policy.kind}
                policy={policy}
                sessionTypes={fees.data.sessionTypes}
              />
            ) : (
              <FeePolicyStanding
                key={policy.kind}
                policy={policy}
                sessionTypes={fees.data.sessionTypes}
              />
            ),
          )}
        </div>
      )}
    </Card>
  );
}

const namesOf = (types: readonly SessionType[], ids: ReadonlySet<string> | readonly string[]) => {
  const chosen = new Set(ids);
  return types.filter((type) => chosen.has(type.id)).map((type) => type.name);
};

type Field = "amountCents" | "sessionTypeIds";
const fieldOf = (path: string): Field | null =>
  path === "amountCents" ? path : path.startsWith("sessionTypeIds") ? "sessionTypeIds" : null;
type Message = { tone: "success" | "error"; text: string };

/** One fee as it stands, for billing staff who may not change it. */
function FeePolicyStanding({
  policy,
  sessionTypes,
}: {
  policy: FeePolicyEntry;
  sessionTypes: SessionType[];
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h3 id={headingId} className="font-semibold text-stone-900">
        {FEE_TITLES[policy.kind]}
      </h3>
      <p>{feeStandingWords(policy.amountCents, namesOf(sessionTypes, policy.sessionTypeIds))}</p>
      <p className="text-sm text-stone-600">Only the clinic's admin changes this fee.</p>
    </section>
  );
}

/** One fee: its amount and the session types it is charged for, saved together. */
function FeePolicyForm({
  policy,
  sessionTypes,
}: {
  policy: FeePolicyEntry;
  sessionTypes: SessionType[];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.feePolicy.update.mutationOptions());
  const headingId = useId();
  const [dollars, setDollars] = useState(
    policy.amountCents === null ? "" : dollarsOfCents(policy.amountCents),
  );
  const [chosen, setChosen] = useState(() => new Set(policy.sessionTypeIds));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [message, setMessage] = useState<Message | null>(null);
  const title = FEE_TITLES[policy.kind];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setMessage(null);
    const checked = checkForm(UpdateFeePolicyInput, {
      kind: policy.kind,
      amountCents: centsOfDollars(dollars) ?? Number.NaN,
      sessionTypeIds: [...chosen],
    });
    if (!checked.ok) {
      setErrors(placeFieldErrors(checked.fieldErrors, fieldOf).errors);
      return focusFirstInvalid(form);
    }
    try {
      const saved = await save.mutateAsync(checked.value);
      setErrors({});
      setMessage({
        tone: "success",
        text: feeSavedWords(
          saved.kind,
          checked.value.amountCents,
          namesOf(sessionTypes, saved.sessionTypeIds),
        ),
      });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.feePolicy.get.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.booking.list.pathKey() }),
      ]);
    } catch (error) {
      const placed = placeRefusal(describeError(error), fieldOf);
      setErrors(placed.errors);
      setMessage(placed.problem ? { tone: "error", text: placed.problem } : null);
      focusFirstInvalid(form);
    }
  }

  function toggle(id: string, on: boolean) {
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
    setErrors((current) => ({ ...current, sessionTypeIds: undefined }));
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-stone-50 p-4"
    >
      <div className="flex flex-col gap-1">
        <h3 id={headingId} className="font-semibold text-stone-900">
          {title}
        </h3>
        <p className="text-sm text-stone-600">{FEE_WHEN[policy.kind]}</p>
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <TextField
        label="Amount, in dollars"
        name="amountCents"
        inputMode="decimal"
        autoComplete="off"
        required
        className="max-w-xs"
        value={dollars}
        onChange={(event) => {
          setDollars(event.target.value);
          setErrors((current) => ({ ...current, amountCents: undefined }));
        }}
        error={errors.amountCents}
      />
      <SessionTypeChoices
        sessionTypes={sessionTypes}
        chosen={chosen}
        onToggle={toggle}
        error={errors.sessionTypeIds}
      />
      <div>
        <Button type="submit" busy={save.isPending}>
          Save the {title.toLowerCase()}
        </Button>
      </div>
    </form>
  );
}

/** The session types a fee is charged for, one checkbox each. */
function SessionTypeChoices({
  sessionTypes,
  chosen,
  onToggle,
  error,
}: {
  sessionTypes: SessionType[];
  chosen: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
  error: string | undefined;
}) {
  const errorId = useId();
  // A type no longer offered stays listed while the fee names it, so it can be taken off.
  const listed = sessionTypes.filter((type) => type.active || chosen.has(type.id));
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={error ? errorId : undefined}>
      <legend className="font-medium text-stone-900">Charged for</legend>
      <p className="text-sm text-stone-600">None chosen: the fee is off.</p>
      {listed.map((type) => (
        <CheckboxField
          key={type.id}
          name="sessionTypeIds"
          value={type.id}
          label={type.active ? type.name : `${type.name} (no longer offered)`}
          checked={chosen.has(type.id)}
          onChange={(event) => onToggle(type.id, event.target.checked)}
        />
      ))}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
