"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";

import {
  Button,
  DataTable,
  EmptyState,
  SelectField,
  TextField,
  VisuallyHidden,
} from "@carryover/ui";

import { focusFirstInvalid, type FieldErrors } from "~/lib/form-errors";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { formatDateTimeSeconds } from "~/lib/time";
import { plural } from "~/lib/words";
import { useTRPC } from "~/trpc/react.client";
import { hasFilters, NO_FILTERS, toAuditInput, type AuditFilters } from "./audit-filters";
import {
  AUDIT_ACTION_LABELS,
  describeAction,
  describeEntityType,
  ENTITY_TYPE_LABELS,
} from "./labels";
import type { AuditEvent } from "./types";

type Person = { id: string; label: string };

const ACTION_OPTIONS = [
  { value: "", label: "Any action" },
  ...Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label })),
];
const ENTITY_TYPE_OPTIONS = [
  { value: "", label: "Any kind of record" },
  ...Object.entries(ENTITY_TYPE_LABELS).map(([value, label]) => ({ value, label })),
];

const shortId = (id: string) => id.slice(0, 8);

function Who({ event }: { event: AuditEvent }) {
  if (event.actorName) return <>{event.actorName}</>;
  return (
    <span className="text-stone-600">{event.actorId ? "A removed account" : "Not signed in"}</span>
  );
}

export function AuditLog({
  people,
  timeZone,
  initialFilters,
}: {
  people: Person[];
  timeZone: string;
  initialFilters: AuditFilters;
}) {
  const trpc = useTRPC();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<AuditFilters>(initialFilters);
  const [applied, setApplied] = useState<AuditFilters>(initialFilters);
  const [errors, setErrors] = useState<FieldErrors<keyof AuditFilters>>({});

  const events = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(toAuditInput(applied, timeZone), {
      getNextPageParam: (page) => page.nextCursor,
    }),
  );
  const rows = events.data?.pages.flatMap((page) => page.events) ?? [];

  const set = (key: keyof AuditFilters) => (value: string) =>
    setDraft((current) => ({ ...current, [key]: value }));

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = { ...draft, entityId: draft.entityId.trim() };
    const found: FieldErrors<keyof AuditFilters> = {};
    if (next.entityId.length > 80) found.entityId = "A record id is at most 80 characters.";
    if (next.from && next.to && next.to < next.from)
      found.to = "The end date is before the start date.";
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setDraft(next);
    setApplied(next);
  }

  function clear() {
    setErrors({});
    setDraft(NO_FILTERS);
    setApplied(NO_FILTERS);
  }

  function showRecord(entityType: string, entityId: string) {
    const next = { ...NO_FILTERS, entityType, entityId };
    setErrors({});
    setDraft(next);
    setApplied(next);
  }

  return (
    <div className="flex flex-col gap-6">
      <form
        ref={form}
        onSubmit={apply}
        noValidate
        aria-labelledby="audit-filters-heading"
        className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
      >
        <h2 id="audit-filters-heading" className="text-lg font-semibold text-stone-900">
          Filter events
        </h2>
        <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <SelectField
            label="Action"
            name="action"
            options={
              draft.action && !AUDIT_ACTION_LABELS[draft.action]
                ? [...ACTION_OPTIONS, { value: draft.action, label: draft.action }]
                : ACTION_OPTIONS
            }
            value={draft.action}
            onChange={(event) => set("action")(event.target.value)}
          />
          <SelectField
            label="Person"
            name="actorId"
            options={[
              { value: "", label: "Anyone" },
              ...people.map((person) => ({ value: person.id, label: person.label })),
            ]}
            value={draft.actorId}
            onChange={(event) => set("actorId")(event.target.value)}
          />
          <SelectField
            label="Kind of record"
            name="entityType"
            options={ENTITY_TYPE_OPTIONS}
            value={draft.entityType}
            onChange={(event) => set("entityType")(event.target.value)}
          />
          <TextField
            label="Record id"
            name="entityId"
            autoComplete="off"
            spellCheck={false}
            value={draft.entityId}
            onChange={(event) => set("entityId")(event.target.value)}
            error={errors.entityId}
            hint="The full id, for example from a child's page address."
          />
          <TextField
            label="From"
            name="from"
            type="date"
            value={draft.from}
            onChange={(event) => set("from")(event.target.value)}
            error={errors.from}
          />
          <TextField
            label="To"
            name="to"
            type="date"
            min={draft.from || undefined}
            value={draft.to}
            onChange={(event) => set("to")(event.target.value)}
            error={errors.to}
            hint="Includes the whole day."
          />
        </div>
        <div className="mt-5 flex flex-col gap-3 sm:flex-row">
          <Button type="submit">Show events</Button>
          <Button
            type="button"
            variant="secondary"
            onClick={clear}
            disabled={!hasFilters(draft) && !hasFilters(applied)}
          >
            Clear filters
          </Button>
        </div>
      </form>

      <section
        aria-labelledby="audit-events-heading"
        aria-busy={events.isFetching || undefined}
        className="flex flex-col gap-4"
      >
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="audit-events-heading" className="text-xl font-semibold text-stone-900">
            Events
          </h2>
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
                  title={
                    hasFilters(applied)
                      ? "No events match these filters"
                      : "Nothing has been recorded yet"
                  }
                  description={
                    hasFilters(applied) ? "Try a wider date range or fewer filters." : undefined
                  }
                  action={
                    hasFilters(applied) ? (
                      <Button type="button" variant="secondary" onClick={clear}>
                        Clear filters
                      </Button>
                    ) : undefined
                  }
                />
              }
              columns={[
                {
                  key: "at",
                  header: "When",
                  className: "whitespace-nowrap",
                  cell: (event) => (
                    <time dateTime={event.at.toISOString()}>
                      {formatDateTimeSeconds(event.at, timeZone)}
                    </time>
                  ),
                },
                { key: "who", header: "Person", cell: (event) => <Who event={event} /> },
                {
                  key: "action",
                  header: "Action",
                  cell: (event) => (
                    <>
                      {describeAction(event.action)}
                      <span className="block font-mono text-xs text-stone-600">{event.action}</span>
                    </>
                  ),
                },
                {
                  key: "record",
                  header: "Record",
                  cell: (event) => (
                    <>
                      {describeEntityType(event.entityType)}
                      {event.entityId ? (
                        <button
                          type="button"
                          title={`Show only events for ${event.entityId}`}
                          onClick={() =>
                            event.entityId && showRecord(event.entityType, event.entityId)
                          }
                          className="ml-1 rounded font-mono text-sm text-brand-700 underline underline-offset-4 hover:text-brand-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                        >
                          {shortId(event.entityId)}
                          <VisuallyHidden>: show only events for this record</VisuallyHidden>
                        </button>
                      ) : null}
                    </>
                  ),
                },
                {
                  key: "ip",
                  header: "IP address",
                  cell: (event) => event.ip ?? <span className="text-stone-600">Unknown</span>,
                },
                {
                  key: "request",
                  header: "Request id",
                  cell: (event) =>
                    event.requestId ? (
                      <span className="font-mono text-sm" title={event.requestId}>
                        {shortId(event.requestId)}
                      </span>
                    ) : (
                      <span className="text-stone-600">—</span>
                    ),
                },
              ]}
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
    </div>
  );
}
