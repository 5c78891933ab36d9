"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { centsOfDollars } from "@carryover/domain/billing";
import { addDays } from "@carryover/domain/scheduling";
import { Alert, Button, ConfirmButton, TextField } from "@carryover/ui";

import { formatCents } from "~/lib/money";
import { formatCalendarDate } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

const DUE_IN_DAYS = 30;

/** A self-pay invoice written at the desk (one item), and the invoices so far with what is left. */
export function InvoiceDesk({ childId, today }: { childId: string; today: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invoices = useQuery(trpc.invoice.list.queryOptions({ childId }));
  const [draft, setDraft] = useState({ description: "", dollars: "", serviceOn: "" });
  const [saved, setSaved] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries();
  const create = useMutation(trpc.invoice.create.mutationOptions({ onSuccess: refresh }));
  const voiding = useMutation(trpc.invoice.void.mutationOptions({ onSuccess: refresh }));
  const problem = create.error ? describeError(create.error) : null;
  const fieldError = (field: string) =>
    problem?.fieldErrors?.[field] ?? (problem?.field === field ? problem.message : undefined);
  const submit = () =>
    create.mutate(
      {
        childId,
        dueOn: addDays(today, DUE_IN_DAYS),
        items: [
          {
            description: draft.description,
            cents: centsOfDollars(draft.dollars) ?? Number.NaN,
            serviceOn: draft.serviceOn || null,
          },
        ],
      },
      {
        onSuccess: ({ number }) => {
          setSaved(`Invoice ${number} is on the family's balance.`);
          setDraft({ description: "", dollars: "", serviceOn: "" });
        },
      },
    );
  return (
    <section className="flex flex-col gap-3">
      <h3 className="text-lg font-semibold text-stone-900">Invoices</h3>
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      {problem && !problem.field && !problem.fieldErrors ? (
        <Alert tone="error">{problem.message}</Alert>
      ) : null}
      <form
        aria-label="New invoice"
        className="grid gap-3 sm:grid-cols-3 sm:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(null);
          submit();
        }}
      >
        <TextField
          label="What it is for"
          name="description"
          value={draft.description}
          error={fieldError("items.0.description")}
          onChange={(event) => setDraft({ ...draft, description: event.target.value })}
        />
        <TextField
          label="Amount ($)"
          name="dollars"
          inputMode="decimal"
          value={draft.dollars}
          error={fieldError("items.0.cents")}
          onChange={(event) => setDraft({ ...draft, dollars: event.target.value })}
        />
        <TextField
          label="Visit date (if a visit)"
          name="serviceOn"
          type="date"
          value={draft.serviceOn}
          error={fieldError("items.0.serviceOn")}
          onChange={(event) => setDraft({ ...draft, serviceOn: event.target.value })}
        />
        <Button type="submit" className="sm:col-start-1 sm:self-start" disabled={create.isPending}>
          Invoice the family (due in {DUE_IN_DAYS} days)
        </Button>
      </form>
      {voiding.error ? <Alert tone="error">{describeError(voiding.error).message}</Alert> : null}
      <ul className="flex flex-col divide-y divide-stone-200" aria-label="Invoices">
        {(invoices.data ?? []).map((invoice) => (
          <li key={invoice.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span className={invoice.voided ? "text-stone-500 line-through" : "text-stone-800"}>
              Invoice {invoice.number} of {formatCalendarDate(invoice.issuedOn)}:{" "}
              {formatCents(invoice.totalCents)}
              {invoice.voided ? " (voided)" : `, ${formatCents(invoice.owedCents)} left`}
            </span>
            {!invoice.voided && invoice.owedCents === invoice.totalCents ? (
              <ConfirmButton
                title={`Void invoice ${invoice.number}?`}
                description={`${formatCents(invoice.totalCents)} comes off the family's balance.`}
                confirmLabel="Void it"
                size="sm"
                onConfirm={() =>
                  voiding.mutate({ invoiceId: invoice.id, reason: "Voided at the front desk" })
                }
              >
                Void invoice {invoice.number}
              </ConfirmButton>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
