"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { buttonClasses, PageHeader } from "@carryover/ui";

import { formatCents } from "~/lib/money";
import { QueryError } from "~/lib/query-state";
import { formatCalendarDate } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import { StatementLines } from "./statement-lines";

/** A statement as it was issued (the one a monthly email links to), with the way to pay today. */
export function KeptStatement({ statementId }: { statementId: string }) {
  const trpc = useTRPC();
  const statement = useQuery(trpc.statement.get.queryOptions({ statementId }));
  if (statement.isPending) return <p className="text-stone-600">Loading the statement…</p>;
  if (statement.isError)
    return (
      <QueryError
        error={statement.error}
        what="this statement"
        onRetry={() => void statement.refetch()}
      />
    );
  const { data } = statement;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={`Statement of ${formatCalendarDate(data.asOf)}`}
        description={`${data.clinicName} · ${data.childName} · statement ${data.number}`}
      />
      <section className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
        <p className="text-2xl font-semibold text-stone-900">
          Owed on {formatCalendarDate(data.asOf)}: {formatCents(data.balanceCents)}
        </p>
        <StatementLines lines={data.lines} />
        <Link
          className={buttonClasses({ size: "lg", className: "self-start" })}
          href="/family/billing"
        >
          See today&apos;s balance and pay
        </Link>
      </section>
    </div>
  );
}
