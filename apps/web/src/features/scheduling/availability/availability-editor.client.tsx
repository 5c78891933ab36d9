"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";

import {
  findRangeProblems,
  isCalendarDate,
  type RangeProblem,
  type Weekday,
} from "@carryover/domain/scheduling";
import { Alert, Button, Card, cn, EmptyState, SelectField, TextField } from "@carryover/ui";

import { ListSkeleton, QueryError } from "~/lib/query-state";
import { calendarDateIn, longDate, zoneInWords } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";

type Range = { key: number; start: string; end: string };
type Override = { key: number; date: string; ranges: Range[] };
type Draft = { weekly: Record<Weekday, Range[]>; overrides: Override[] };

const WEEKDAYS: { day: Weekday; name: string }[] = [
  { day: 1, name: "Monday" },
  { day: 2, name: "Tuesday" },
  { day: 3, name: "Wednesday" },
  { day: 4, name: "Thursday" },
  { day: 5, name: "Friday" },
  { day: 6, name: "Saturday" },
  { day: 7, name: "Sunday" },
];

let nextKey = 1;
const key = () => nextKey++;

const clock12 = (clock: string) => {
  const [h = 0, m = 0] = clock.split(":").map(Number);
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, "0")} ${h < 12 || h === 24 ? "AM" : "PM"}`;
};

function hourAfter(clock: string): string {
  const [h = 0, m = 0] = clock.split(":").map(Number);
  return h >= 23 ? "24:00" : `${String(h + 1).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

function problemText(problem: RangeProblem, ranges: Range[]): string {
  if (problem.reason === "INVALID_TIME") return "Enter a time.";
  if (problem.reason === "END_NOT_AFTER_START") return "The end must be after the start.";
  const other = problem.other === undefined ? undefined : ranges[problem.other];
  return other
    ? `Overlaps ${clock12(other.start)}–${clock12(other.end)}. Merge them, or change one.`
    : "Overlaps other hours on this day.";
}

/** Field errors keyed "<group>:<range key>:<start|end>". */
function validate(draft: Draft): Map<string, string> {
  const errors = new Map<string, string>();
  const check = (group: string, ranges: Range[]) => {
    for (const problem of findRangeProblems(ranges)) {
      const range = ranges[problem.index];
      if (range) errors.set(`${group}:${range.key}:${problem.field}`, problemText(problem, ranges));
    }
  };
  for (const { day } of WEEKDAYS) check(`w${day}`, draft.weekly[day]);
  for (const override of draft.overrides) check(`o${override.key}`, override.ranges);
  return errors;
}

const toPayload = (draft: Draft) => ({
  weekly: WEEKDAYS.flatMap(({ day }) =>
    draft.weekly[day].map((r) => ({ weekday: day, start: r.start, end: r.end })),
  ),
  overrides: [...draft.overrides]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((o) => ({ date: o.date, ranges: o.ranges.map((r) => ({ start: r.start, end: r.end })) })),
});

function TimeInput({
  label,
  value,
  onChange,
  errorId,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The id of this field's message below the row, when it has one. */
  errorId?: string;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        type="time"
        step={300}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        className={cn(
          "min-h-11 w-36 rounded-lg border bg-white px-3 py-2 text-base text-stone-900 shadow-sm",
          "focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-1 focus-visible:outline-hidden",
          errorId ? "border-red-700" : "border-stone-500",
        )}
      />
    </>
  );
}

function RangesEditor({
  name,
  group,
  ranges,
  errors,
  onChange,
  emptyText,
}: {
  name: string;
  group: string;
  ranges: Range[];
  errors: Map<string, string> | null;
  onChange: (ranges: Range[]) => void;
  emptyText: string;
}) {
  const set = (k: number, field: "start" | "end", value: string) =>
    onChange(ranges.map((r) => (r.key === k ? { ...r, [field]: value } : r)));
  const last = ranges.at(-1);
  const baseId = useId();
  return (
    <div className="flex flex-col gap-2">
      {ranges.length === 0 ? <p className="py-2 text-stone-600">{emptyText}</p> : null}
      {ranges.map((range, index) => {
        const n = ranges.length > 1 ? ` ${index + 1}` : "";
        const startError = errors?.get(`${group}:${range.key}:start`);
        const endError = errors?.get(`${group}:${range.key}:end`);
        const errorBase = `${baseId}-${range.key}`;
        return (
          <div key={range.key} className="flex flex-col gap-1">
            <div className="flex flex-wrap items-center gap-2">
              <TimeInput
                label={`${name} hours${n} from`}
                value={range.start}
                onChange={(v) => set(range.key, "start", v)}
                errorId={startError ? `${errorBase}-start` : undefined}
              />
              <span className="text-stone-600" aria-hidden="true">
                to
              </span>
              <TimeInput
                label={`${name} hours${n} until`}
                value={range.end}
                onChange={(v) => set(range.key, "end", v)}
                errorId={endError ? `${errorBase}-end` : undefined}
              />
              <Button
                type="button"
                variant="ghost"
                size="sm"
                onClick={() => onChange(ranges.filter((r) => r.key !== range.key))}
                aria-label={`Remove ${name} hours${n}`}
              >
                Remove
              </Button>
            </div>
            {startError ? (
              <p id={`${errorBase}-start`} className="text-sm font-medium text-red-700">
                {startError}
              </p>
            ) : null}
            {endError ? (
              <p id={`${errorBase}-end`} className="text-sm font-medium text-red-700">
                {endError}
              </p>
            ) : null}
          </div>
        );
      })}
      <div>
        <Button
          type="button"
          variant="secondary"
          size="sm"
          aria-label={`Add hours on ${name}`}
          onClick={() =>
            onChange([
              ...ranges,
              last && last.end <= "23:00"
                ? { key: key(), start: last.end, end: hourAfter(last.end) }
                : { key: key(), start: "09:00", end: "17:00" },
            ])
          }
        >
          Add hours
        </Button>
      </div>
    </div>
  );
}

export function AvailabilityEditor({ therapistId }: { therapistId: string }) {
  const trpc = useTRPC();
  const availability = useQuery(trpc.availability.get.queryOptions({ therapistId }));
  if (availability.isPending) return <ListSkeleton rows={7} label="Loading your hours…" />;
  if (availability.isError)
    return (
      <QueryError
        error={availability.error}
        what="your hours"
        onRetry={() => void availability.refetch()}
      />
    );
  return <Editor therapistId={therapistId} initial={availability.data} />;
}

type Loaded = {
  timeZone: string;
  weekly: { weekday: number; start: string; end: string }[];
  overrides: { date: string; ranges: { start: string; end: string }[] }[];
};

function draftOf(data: Loaded): Draft {
  const weekly = Object.fromEntries(WEEKDAYS.map(({ day }) => [day, [] as Range[]])) as Record<
    Weekday,
    Range[]
  >;
  for (const w of data.weekly)
    weekly[w.weekday as Weekday]?.push({ key: key(), start: w.start, end: w.end });
  return {
    weekly,
    overrides: data.overrides.map((o) => ({
      key: key(),
      date: o.date,
      ranges: o.ranges.map((r) => ({ key: key(), ...r })),
    })),
  };
}

function Editor({ therapistId, initial }: { therapistId: string; initial: Loaded }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(() => draftOf(initial));
  const [saved, setSaved] = useState(() => JSON.stringify(toPayload(draftOf(initial))));
  const [errors, setErrors] = useState<Map<string, string> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [newDate, setNewDate] = useState("");
  const [newKind, setNewKind] = useState<"off" | "hours">("off");
  const [newDateError, setNewDateError] = useState<string | undefined>();
  const today = calendarDateIn(initial.timeZone, new Date());
  const dirty = JSON.stringify(toPayload(draft)) !== saved;

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const update = useMutation(trpc.availability.update.mutationOptions());

  function change(next: Draft) {
    setDraft(next);
    setSuccess(null);
    if (errors) setErrors(validate(next));
  }

  function addOverride() {
    if (!isCalendarDate(newDate)) return setNewDateError("Enter a date.");
    if (newDate < today) return setNewDateError("Choose today or a later date.");
    if (draft.overrides.some((o) => o.date === newDate))
      return setNewDateError(`${longDate(newDate)} is already in the list below; change it there.`);
    setNewDateError(undefined);
    change({
      ...draft,
      overrides: [
        ...draft.overrides,
        {
          key: key(),
          date: newDate,
          ranges: newKind === "off" ? [] : [{ key: key(), start: "09:00", end: "13:00" }],
        },
      ],
    });
    setNewDate("");
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setSuccess(null);
    const found = validate(draft);
    setErrors(found);
    if (found.size > 0) {
      setProblem("Some hours need fixing before they can be saved: see the messages beside them.");
      requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    const payload = toPayload(draft);
    update.mutate(
      { therapistId, ...payload },
      {
        onSuccess: () => {
          setSaved(JSON.stringify(payload));
          setErrors(null);
          setSuccess(
            "Your hours are saved. Families see the new open times straight away; sessions already booked stay as they are.",
          );
          void queryClient.invalidateQueries({ queryKey: trpc.availability.get.pathKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.availability.slots.pathKey() });
        },
        onError: (error) =>
          setProblem(`Your hours weren't saved. ${error.message} Check the hours and save again.`),
      },
    );
  }

  const upcoming = draft.overrides
    .filter((o) => o.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date));
  const pastCount = draft.overrides.length - upcoming.length;

  return (
    <form ref={form} onSubmit={submit} noValidate className="flex max-w-4xl flex-col gap-6">
      <p className="text-stone-700">
        Times are in {zoneInWords(initial.timeZone, new Date())}.{" "}
        <Link
          href="/therapist/calendar"
          className="font-medium text-brand-800 underline underline-offset-4 hover:no-underline"
        >
          See them on your calendar
        </Link>
        .
      </p>
      <div aria-live="polite">{success ? <Alert tone="success">{success}</Alert> : null}</div>
      {problem ? <Alert tone="error">{problem}</Alert> : null}

      <Card
        title="Weekly hours"
        description="Add one or more stretches of time for each day you work. A day with no hours can't be booked."
      >
        <div className="divide-y divide-stone-200">
          {WEEKDAYS.map(({ day, name }) => (
            <fieldset key={day} className="grid gap-2 py-4 sm:grid-cols-[9rem_1fr]">
              <legend className="sr-only">{name}</legend>
              <p
                aria-hidden="true"
                className="min-h-11 content-center self-start font-medium text-stone-900"
              >
                {name}
              </p>
              <RangesEditor
                name={name}
                group={`w${day}`}
                ranges={draft.weekly[day]}
                errors={errors}
                emptyText="Not working"
                onChange={(ranges) =>
                  change({ ...draft, weekly: { ...draft.weekly, [day]: ranges } })
                }
              />
            </fieldset>
          ))}
        </div>
      </Card>

      <Card
        title="Dates that differ"
        description="A day off, or different hours on one date (a clinic event, a half day). A date here replaces that weekday's hours."
      >
        <div className="flex flex-col gap-6">
          <fieldset className="flex flex-col gap-3 rounded-lg border border-stone-200 p-4">
            <legend className="px-1 font-medium text-stone-900">Add a date</legend>
            <div className="flex flex-wrap items-start gap-3">
              <TextField
                label="Date"
                name="overrideDate"
                type="date"
                min={today}
                value={newDate}
                onChange={(event) => setNewDate(event.target.value)}
                error={newDateError}
              />
              <SelectField
                label="That day"
                name="overrideKind"
                value={newKind}
                onChange={(event) => setNewKind(event.target.value === "hours" ? "hours" : "off")}
                options={[
                  { value: "off", label: "Day off" },
                  { value: "hours", label: "Different hours" },
                ]}
              />
              <Button type="button" variant="secondary" className="sm:mt-7" onClick={addOverride}>
                Add date
              </Button>
            </div>
          </fieldset>

          {upcoming.length === 0 ? (
            <EmptyState
              title="No dates that differ"
              description="Every coming week follows your weekly hours."
            />
          ) : (
            <ul aria-label="Upcoming dates that differ" className="divide-y divide-stone-200">
              {upcoming.map((override) => {
                const name = longDate(override.date);
                return (
                  <li key={override.key} className="flex flex-col gap-2 py-4">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <p className="font-medium text-stone-900">
                        {name}
                        <span className="ml-2 font-normal text-stone-600">
                          {override.ranges.length === 0 ? "Day off" : "Different hours"}
                        </span>
                      </p>
                      <Button
                        type="button"
                        variant="ghost"
                        size="sm"
                        aria-label={`Remove ${name} (back to the weekly hours)`}
                        onClick={() =>
                          change({
                            ...draft,
                            overrides: draft.overrides.filter((o) => o.key !== override.key),
                          })
                        }
                      >
                        Remove date
                      </Button>
                    </div>
                    <RangesEditor
                      name={name}
                      group={`o${override.key}`}
                      ranges={override.ranges}
                      errors={errors}
                      emptyText="Day off: no one can book you on this date."
                      onChange={(ranges) =>
                        change({
                          ...draft,
                          overrides: draft.overrides.map((o) =>
                            o.key === override.key ? { ...o, ranges } : o,
                          ),
                        })
                      }
                    />
                  </li>
                );
              })}
            </ul>
          )}
          {pastCount > 0 ? (
            <p className="text-sm text-stone-600">
              {pastCount === 1 ? "One past date is" : `${pastCount} past dates are`} kept for the
              record and not shown.
            </p>
          ) : null}
        </div>
      </Card>

      <div className="sticky bottom-0 flex flex-wrap items-center justify-end gap-3 border-t border-stone-200 bg-stone-50/95 py-3">
        {dirty ? (
          <p className="mr-auto text-sm font-medium text-amber-900" role="status">
            You have unsaved changes.
          </p>
        ) : null}
        <Button
          type="button"
          variant="secondary"
          disabled={!dirty || update.isPending}
          onClick={() => {
            setDraft(draftOf(JSON.parse(saved) as Loaded));
            setErrors(null);
            setProblem(null);
          }}
        >
          Undo changes
        </Button>
        <Button type="submit" busy={update.isPending} disabled={!dirty}>
          Save hours
        </Button>
      </div>
    </form>
  );
}
