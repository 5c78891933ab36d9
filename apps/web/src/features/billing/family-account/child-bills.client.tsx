"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { Alert, Button } from "@carryover/ui";

import { formatCents } from "~/lib/money";
import { QueryError } from "~/lib/query-state";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { AccountRecords } from "./account-records.client";
import { PayBalance } from "./pay-balance.client";
import { StatementLines } from "./statement-lines";

function balanceWords(cents: number) {
  if (cents > 0) return `You owe ${formatCents(cents)}`;
  if (cents < 0) return `You have a credit of ${formatCents(-cents)}`;
  return "You owe nothing";
}

/** One child's account for a guardian who sees the bills: the balance, paying it, and why it is owed. */
export function ChildBills({ childId, firstName }: { childId: string; firstName: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const statement = useQuery(trpc.statement.current.queryOptions({ childId }, { retry: false }));
  const [paying, setPaying] = useState<{ invoiceId: string | null; cents: number } | null>(null);
  const [paid, setPaid] = useState<string | null>(null);
  if (statement.isPending)
    return <p className="text-stone-600">Loading {firstName}&apos;s bills…</p>;
  if (statement.isError) {
    const { reason, message } = describeError(statement.error);
    if (reason === "BILLING_NOT_SHARED") return <p className="text-stone-700">{message}</p>;
    return (
      <QueryError
        error={statement.error}
        what={`${firstName}'s bills`}
        onRetry={() => void statement.refetch()}
      />
    );
  }
  const { balanceCents, lines } = statement.data;
  return (
    <div className="flex flex-col gap-5">
      {paid ? <Alert tone="success">{paid}</Alert> : null}
      <div className="flex flex-col gap-3 rounded-lg bg-stone-50 p-4">
        <p className="text-2xl font-semibold text-stone-900" data-testid={`balance-${childId}`}>
          {balanceWords(balanceCents)}
        </p>
        {paying ? (
          <PayBalance
            childId={childId}
            invoiceId={paying.invoiceId}
            owedCents={paying.cents}
            onCancel={() => setPaying(null)}
            onPaid={(message) => {
              setPaying(null);
              setPaid(message);
              // The balance, the invoices and the receipts all changed.
              void queryClient.invalidateQueries();
            }}
          />
        ) : balanceCents > 0 ? (
          <Button
            size="lg"
            className="self-start"
            onClick={() => {
              setPaid(null);
              setPaying({ invoiceId: null, cents: balanceCents });
            }}
          >
            Pay {formatCents(balanceCents)}
          </Button>
        ) : (
          <p className="text-stone-700">Thank you — there is nothing to pay right now.</p>
        )}
      </div>
      <section aria-labelledby={`why-${childId}`} className="flex flex-col gap-2">
        <h3 id={`why-${childId}`} className="text-lg font-semibold text-stone-900">
          What it&apos;s for
        </h3>
        <StatementLines lines={lines} />
      </section>
      <AccountRecords
        childId={childId}
        onPayInvoice={(invoiceId, cents) => {
          setPaid(null);
          setPaying({ invoiceId, cents: Math.min(cents, balanceCents) });
        }}
      />
    </div>
  );
}
