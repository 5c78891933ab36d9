"use client";

import { useInfiniteQuery } from "@tanstack/react-query";

import { Button, buttonClasses, DataTable, EmptyState, type DataTableColumn } from "@carryover/ui";

import { useHourCycle } from "~/lib/hour-cycle.client";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { formatDateTimeSeconds } from "~/lib/time";
import type { HourCycle } from "~/lib/time";
import { plural } from "~/lib/words";
import { useTRPC } from "~/trpc/react.client";
import { filtersToQuery, hasFilters, toAuditInput, type AuditFilters } from "./audit-filters";
import { describeEntityType } from "./labels";
import type { AuditEvent } from "./types";

type ShowRecord = (entityType: string, entityId: string) => void;

/** The events matching the applied filters, newest first, a page at a time. */
export function AuditEvents({
  applied,
  timeZone,
  onClear,
  onShowRecord,
}: {
  applied: AuditFilters;
  timeZone: string;
  onClear: () => void;
  onShowRecord: ShowRecord;
}) {
  const trpc = useTRPC();
  const cycle = useHourCycle();
  const events = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(toAuditInput(applied, timeZone), {
      getNextPageParam: (page) => page.nextCursor,
    }),
  );
  const rows = events.data?.pages.flatMap((page) => page.events) ?? [];
  const filtered = hasFilters(applied);

  return (
    <section
      aria-labelledby="audit-events-heading"
      aria-busy={events.isFetching || undefined}
      className="flex flex-col gap-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="audit-events-heading" className="text-xl font-semibold text-stone-900">
          Events
        </h2>
        {rows.length > 0 ? (
          <a
            href={`/api/audit/export?${filtersToQuery(applied)}`}
            download
            className={buttonClasses({ variant: "secondary", size: "sm" })}
          >
            Download these events (CSV)
          </a>
        ) : null}
        <p className="text-sm text-stone-600" aria-live="polite">
          {events.isSuccess && rows.length > 0
            ? `Showing ${plural(rows.length, "event")}${events.hasNextPage ? " (older events available)" : ""}. Times in ${timeZone.replace(/_/g, " ")}.`
            : ""}
        </p>
      </div>

      {events.isPending ? (
        <ListSkeleton label="Loading events…" rows={6} />
      ) : events.isError && rows.length === 0 ? (
        <QueryError
          error={events.error}
          what="the audit trail"
          onRetry={() => void events.refetch()}
        />
      ) : (
        <>
          <DataTable
            caption="Audit events, newest first"
            rows={rows}
            rowKey={(event) => event.id}
            empty={
              <EmptyState
                title={filtered ? "No events match these filters" : "Nothing has been recorded yet"}
                description={filtered ? "Try a wider date range or fewer filters." : undefined}
                action={
                  filtered ? (
                    <Button type="button" variant="secondary" onClick={onClear}>
                      Clear filters
                    </Button>
                  ) : undefined
                }
              />
            }
            columns={auditEventColumns(timeZone, onShowRecord, cycle)}
          />
          {events.isFetchNextPageError ? (
            <QueryError
              error={events.error}
              what="older events"
              onRetry={() => void events.fetchNextPage()}
            />
          ) : null}
          {events.hasNextPage ? (
            <div>
              <Button
                type="button"
                variant="secondary"
                busy={events.isFetchingNextPage}
                onClick={() => void events.fetchNextPage()}
              >
                Load older events
              </Button>
            </div>
          ) : rows.length > 0 ? (
            <p className="text-sm text-stone-600">
              That&apos;s the oldest event matching these filters.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function auditEventColumns(
  timeZone: string,
  onShowRecord: ShowRecord,
  cycle: HourCycle,
): DataTableColumn<AuditEvent>[] {
  return [
    {
      key: "at",
      header: "When",
      className: "whitespace-nowrap",
      cell: (event) => (
        <time dateTime={event.at.toISOString()}>
          {formatDateTimeSeconds(event.at, timeZone, cycle)}
        </time>
      ),
    },
    {
      key: "what",
      header: "What happened",
      cell: (event) => <WhatHappened event={event} onShowRecord={onShowRecord} />,
    },
    {
      key: "from",
      header: "Address and device",
      cell: (event) => (
        <>
          {event.ip ?? <span className="text-stone-600">Unknown address</span>}
          {event.device ? (
            <span className="block text-sm text-stone-600">{event.device}</span>
          ) : null}
        </>
      ),
    },
  ];
}

/** The event as a sentence with names, and a button that narrows the trail to its record. */
function WhatHappened({ event, onShowRecord }: { event: AuditEvent; onShowRecord: ShowRecord }) {
  const record = event.subjectName ?? describeEntityType(event.entityType).toLowerCase();
  return (
    <>
      <span className="text-stone-900">{event.sentence}</span>
      {event.entityId && event.entityType !== "clinic" ? (
        <button
          type="button"
          onClick={() => event.entityId && onShowRecord(event.entityType, event.entityId)}
          className="mt-1 block rounded text-sm text-brand-700 underline underline-offset-4 hover:text-brand-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          Only events about {record}
        </button>
      ) : null}
    </>
  );
}
