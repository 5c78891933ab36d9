"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { CONSENT_KINDS, RecordConsentInput } from "@carryover/api/contracts/consent";
import { Alert, Button, SelectField, TextField } from "@carryover/ui";

import { checkForm, placeFieldErrors, placeRefusal } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import type { ChartContext } from "../types";
import { CONSENT_LABELS } from "./consent-labels";

type Field = "kind" | "givenByName" | "givenOn";
const OTHER = "other";
const fieldOf = (path: string): Field | null =>
  path === "kind" || path === "givenOn" ? path : path.startsWith("givenBy") ? "givenByName" : null;

export function ConsentForm({ chart }: { chart: ChartContext }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const child = useQuery(trpc.child.get.queryOptions({ childId: chart.childId }));
  const guardians = child.data?.guardians ?? [];
  const record = useMutation(trpc.consent.record.mutationOptions());
  const [kind, setKind] = useState<(typeof CONSENT_KINDS)[number]>("caregiver_training");
  const [giver, setGiver] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [givenOn, setGivenOn] = useState(chart.today);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const chosen = giver ?? guardians[0]?.id ?? OTHER;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const checked = checkForm(RecordConsentInput, {
      childId: chart.childId,
      kind,
      givenOn,
      ...(chosen === OTHER
        ? { givenByName: name.trim() || undefined }
        : { givenByGuardianId: chosen }),
    });
    if (!checked.ok) {
      const placed = placeFieldErrors(checked.fieldErrors, fieldOf);
      setErrors(placed.errors);
      return;
    }
    try {
      await record.mutateAsync(checked.value);
      await queryClient.invalidateQueries({
        queryKey: trpc.consent.list.queryKey({ childId: chart.childId }),
      });
      setErrors({});
      setName("");
      setMessage({ tone: "success", text: `${CONSENT_LABELS[kind]} consent recorded.` });
    } catch (error) {
      const placed = placeRefusal(describeError(error), fieldOf);
      setErrors(placed.errors);
      if (placed.problem) setMessage({ tone: "error", text: placed.problem });
    }
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Record a consent"
      className="flex flex-col gap-3 border-t border-stone-200 pt-4"
    >
      <h3 className="font-semibold text-stone-900">Record a consent</h3>
      <div aria-live="polite">
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          label="Consent to"
          name="consent-kind"
          value={kind}
          onChange={(event) => setKind(event.target.value as typeof kind)}
          options={CONSENT_KINDS.map((value) => ({ value, label: CONSENT_LABELS[value] }))}
          error={errors.kind}
        />
        <SelectField
          label="Given by"
          name="consent-giver"
          value={chosen}
          onChange={(event) => setGiver(event.target.value)}
          options={[
            ...guardians.map((g) => ({ value: g.id, label: g.name })),
            { value: OTHER, label: "Someone else (type the name)" },
          ]}
        />
        {chosen === OTHER ? (
          <TextField
            label="Their name"
            name="consent-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={errors.givenByName}
          />
        ) : null}
        <TextField
          label="Given on"
          name="consent-date"
          type="date"
          value={givenOn}
          onChange={(event) => setGivenOn(event.target.value)}
          error={errors.givenOn}
        />
      </div>
      <div>
        <Button type="submit" variant="secondary" disabled={record.isPending}>
          Record consent
        </Button>
      </div>
    </form>
  );
}
