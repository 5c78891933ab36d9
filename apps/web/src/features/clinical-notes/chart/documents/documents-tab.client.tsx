"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { Badge, buttonClasses, EmptyState } from "@carryover/ui";

import { ListSkeleton, QueryError } from "~/lib/query-state";
import { formatCalendarDate } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import type { ChartContext } from "../types";
import { documentRows } from "./document-rows";

/** Every note and plan of care of the child, to open or to print as a PDF. */
export function DocumentsTab({ chart }: { chart: ChartContext }) {
  const trpc = useTRPC();
  const notes = useQuery(trpc.note.list.queryOptions({ childId: chart.childId }));
  const plans = useQuery(trpc.planOfCare.list.queryOptions({ childId: chart.childId }));
  const retry = () => void Promise.all([notes.refetch(), plans.refetch()]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h2 className="text-xl font-semibold text-stone-900">Documents</h2>
        <p className="text-stone-600">
          Every note and plan of care, on the clinic&apos;s letterhead. A PDF opens in a new tab.
        </p>
      </div>
      {notes.isPending || plans.isPending ? (
        <ListSkeleton rows={5} label="Loading the documents" />
      ) : notes.isError || plans.isError ? (
        <QueryError error={notes.error ?? plans.error} what="the documents" onRetry={retry} />
      ) : (
        <DocumentList rows={documentRows(notes.data, plans.data, chart.childId)} chart={chart} />
      )}
    </div>
  );
}

function DocumentList({
  rows,
  chart,
}: {
  rows: ReturnType<typeof documentRows>;
  chart: ChartContext;
}) {
  if (rows.length === 0)
    return (
      <EmptyState
        title="No documents yet"
        description={`${chart.firstName}'s evaluation, plans of care and notes will be listed here once they are written.`}
      />
    );
  return (
    <ul
      aria-label="Documents"
      className="flex flex-col divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white"
    >
      {rows.map((row) => {
        const name = `${row.kind}, ${formatCalendarDate(row.on)}`;
        return (
          <li key={row.key} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
            <div className="min-w-0 flex-1 basis-56">
              <p className="font-medium text-stone-900">{name}</p>
              <p className="text-sm text-stone-600">
                {row.author ?? "Plan of care for the physician"}
              </p>
            </div>
            <Badge tone={row.state.tone}>{row.state.label}</Badge>
            <div className="flex gap-2">
              <Link
                href={row.openHref}
                aria-label={`Open ${name}`}
                className={buttonClasses({ variant: "secondary", size: "sm" })}
              >
                Open
              </Link>
              <a
                href={row.pdfHref}
                target="_blank"
                rel="noopener"
                aria-label={`PDF of ${name} (opens in a new tab)`}
                className={buttonClasses({ variant: "secondary", size: "sm" })}
              >
                PDF
              </a>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
