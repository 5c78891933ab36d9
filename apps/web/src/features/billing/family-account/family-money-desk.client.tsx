"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { Button, Card } from "@carryover/ui";

import { formatCents } from "~/lib/money";
import { formatCalendarDate } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { InvoiceDesk } from "./invoice-desk.client";
import { StatementLines } from "./statement-lines";
import { SuperbillLink } from "./superbill-link.client";

/** The family's side of a child's account at the desk: their statement, invoices and superbills. */
export function FamilyMoneyDesk({ childId, today }: { childId: string; today: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const statement = useQuery(trpc.statement.current.queryOptions({ childId }));
  const kept = useQuery(trpc.statement.list.queryOptions({ childId }));
  const issue = useMutation(
    trpc.statement.issue.mutationOptions({ onSuccess: () => void queryClient.invalidateQueries() }),
  );
  return (
    <div role="region" aria-label="The family's bills">
      <Card
        title="The family's bills"
        description="What the family sees on their phone: their statement in plain words, invoices for self-pay visits, and superbills."
      >
        <div className="flex flex-col gap-6">
          <details className="rounded-lg border border-stone-200 p-3">
            <summary className="cursor-pointer font-medium text-stone-900">
              The family&apos;s statement today
              {statement.data ? `: ${formatCents(statement.data.balanceCents)} owed` : ""}
            </summary>
            <div className="mt-3">
              {statement.data ? <StatementLines lines={statement.data.lines} /> : null}
            </div>
          </details>
          <InvoiceDesk childId={childId} today={today} />
          <section className="flex flex-col gap-2">
            <h3 className="text-lg font-semibold text-stone-900">Statements</h3>
            <p className="text-stone-700">
              Statements go out on the first of each month to families who owe; issue one now to
              send a family today&apos;s.
            </p>
            <Button
              variant="secondary"
              className="self-start"
              disabled={issue.isPending}
              onClick={() => issue.mutate({ childId })}
            >
              Keep today&apos;s statement
            </Button>
            {issue.error ? (
              <p className="text-sm font-medium text-red-700">
                {describeError(issue.error).message}
              </p>
            ) : null}
            <ul className="flex flex-col gap-1" aria-label="Statements kept">
              {(kept.data ?? []).map((row) => (
                <li key={row.id} className="text-stone-800">
                  Statement {row.number} of {formatCalendarDate(row.asOf)}:{" "}
                  {formatCents(row.balanceCents)} owed
                  {row.emailedAt ? " · emailed" : ""}
                </li>
              ))}
            </ul>
          </section>
          <SuperbillLink childId={childId} forStaff />
        </div>
      </Card>
    </div>
  );
}
