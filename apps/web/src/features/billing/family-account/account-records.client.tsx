"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { Button, textLinkClasses } from "@carryover/ui";

import { formatCents } from "~/lib/money";
import { formatCalendarDate } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import { SuperbillLink } from "./superbill-link.client";

const sectionTitle = "text-lg font-semibold text-stone-900";

/** A child's invoices still open, receipts of online payments, past statements and superbills. */
export function AccountRecords(props: {
  childId: string;
  onPayInvoice: (invoiceId: string, owedCents: number) => void;
}) {
  const { childId } = props;
  const trpc = useTRPC();
  const invoices = useQuery(trpc.invoice.list.queryOptions({ childId }));
  const payments = useQuery(trpc.payment.list.queryOptions({ childId }));
  const statements = useQuery(trpc.statement.list.queryOptions({ childId }));
  const open = (invoices.data ?? []).filter((invoice) => !invoice.voided && invoice.owedCents > 0);
  const receipts = (payments.data ?? []).filter((payment) => payment.status === "succeeded");
  const kept = statements.data ?? [];
  return (
    <>
      {open.length > 0 ? (
        <section className="flex flex-col gap-2">
          <h3 className={sectionTitle}>Invoices to pay</h3>
          <ul className="flex flex-col gap-2">
            {open.map((invoice) => (
              <li
                key={invoice.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-stone-200 p-3"
              >
                <span>
                  Invoice {invoice.number}: {formatCents(invoice.owedCents)} due{" "}
                  {formatCalendarDate(invoice.dueOn)}
                  <span className="block text-sm text-stone-600">
                    {invoice.items.map((item) => item.description).join(", ")}
                  </span>
                </span>
                <Button
                  variant="secondary"
                  onClick={() => props.onPayInvoice(invoice.id, invoice.owedCents)}
                >
                  Pay invoice {invoice.number}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="flex flex-col gap-2">
        <h3 className={sectionTitle}>Receipts</h3>
        {receipts.length === 0 ? (
          <p className="text-stone-700">No online payments yet.</p>
        ) : (
          <ul className="flex flex-col gap-1" aria-label="Receipts">
            {receipts.map((payment) => (
              <li key={payment.id} className="text-stone-800">
                Receipt {payment.receiptNumber}: {formatCents(payment.amountCents)} paid{" "}
                {payment.settledAt ? payment.settledAt.toLocaleDateString("en-US") : ""}
                {payment.cardLast4 ? ` with the card ending ${payment.cardLast4}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
      {kept.length > 0 ? (
        <section className="flex flex-col gap-2">
          <h3 className={sectionTitle}>Statements</h3>
          <ul className="flex flex-col gap-1">
            {kept.map((statement) => (
              <li key={statement.id}>
                <Link
                  className={textLinkClasses}
                  href={`/family/billing/statements/${statement.id}`}
                >
                  Statement of {formatCalendarDate(statement.asOf)}
                </Link>{" "}
                <span className="text-stone-600">({formatCents(statement.balanceCents)} owed)</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <SuperbillLink childId={childId} />
    </>
  );
}
