"use client";

import { useQuery } from "@tanstack/react-query";
import { useState, type Dispatch, type SetStateAction } from "react";

import { Button, cn, EmptyState } from "@carryover/ui";

import { useHourCycle } from "~/lib/hour-cycle.client";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import {
  addDays,
  calendarDateIn,
  clockTime,
  dayChip,
  longDay,
  startOfDayIn,
  zoneName,
} from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import { partsOfDay, shownDay, slotsByDay } from "./time-picker-days";
import type { Slot } from "./types";

const PAGE_DAYS = 14;

type Props = {
  therapistId: string;
  therapistName: string;
  sessionTypeId: string;
  timeZone: string;
  selected: Date | null;
  onSelect: (slot: Slot) => void;
};

/** Two weeks of a therapist's open times, grouped by day in the family's own zone. */
export function TimePicker({
  therapistId,
  therapistName,
  sessionTypeId,
  timeZone,
  selected,
  onSelect,
}: Props) {
  const trpc = useTRPC();
  const [today] = useState(() => calendarDateIn(timeZone, new Date()));
  const [page, setPage] = useState(0);
  const [chosenDay, setChosenDay] = useState<string | null>(
    selected ? calendarDateIn(timeZone, selected) : null,
  );
  const firstDay = addDays(today, page * PAGE_DAYS);
  const days = Array.from({ length: PAGE_DAYS }, (_, i) => addDays(firstDay, i));
  const slots = useQuery(
    trpc.availability.slots.queryOptions({
      therapistId,
      sessionTypeId,
      from: startOfDayIn(firstDay, timeZone),
      to: startOfDayIn(addDays(firstDay, PAGE_DAYS), timeZone),
    }),
  );

  const byDay = slotsByDay(slots.data?.slots ?? [], timeZone);
  const day = shownDay(chosenDay, days, byDay);
  const label = (d: string) => longDay(startOfDayIn(d, timeZone), timeZone);
  const firstLabel = label(days[0] ?? today);
  const lastLabel = label(days[days.length - 1] ?? today);

  return (
    <div className="flex flex-col gap-4">
      <p className="rounded-lg bg-brand-50 px-4 py-3 text-brand-900">
        Times are in {zoneName(timeZone)}.
      </p>
      <PageButtons page={page} setPage={setPage} />
      {slots.isPending ? (
        <ListSkeleton rows={4} label="Loading open times" />
      ) : slots.isError ? (
        <QueryError
          error={slots.error}
          what="the open times"
          onRetry={() => void slots.refetch()}
        />
      ) : (
        <>
          <fieldset>
            <legend className="mb-2 font-medium text-stone-900">
              Choose a day ({firstLabel} to {lastLabel})
            </legend>
            <div className="grid grid-cols-7 gap-1.5">
              {days.map((d) => (
                <DayChip
                  key={d}
                  day={d}
                  label={label(d)}
                  open={byDay.get(d)?.length ?? 0}
                  current={d === day}
                  timeZone={timeZone}
                  onChoose={() => setChosenDay(d)}
                />
              ))}
            </div>
          </fieldset>
          {day ? (
            <DayTimes
              label={label(day)}
              times={byDay.get(day) ?? []}
              selected={selected}
              timeZone={timeZone}
              onSelect={onSelect}
            />
          ) : (
            <EmptyState
              title="No open times in these two weeks"
              description={`${therapistName} has no free times left between ${firstLabel} and ${lastLabel}. Try later dates.`}
              action={
                <Button type="button" onClick={() => setPage((p) => p + 1)}>
                  Show later dates
                </Button>
              }
            />
          )}
        </>
      )}
    </div>
  );
}

/** Two weeks earlier or later; never before today. */
function PageButtons({
  page,
  setPage,
}: {
  page: number;
  setPage: Dispatch<SetStateAction<number>>;
}) {
  return (
    <div className="flex items-center justify-between gap-2">
      <Button
        type="button"
        variant="secondary"
        size="sm"
        disabled={page === 0}
        onClick={() => setPage((p) => Math.max(0, p - 1))}
      >
        Earlier dates
      </Button>
      <Button type="button" variant="secondary" size="sm" onClick={() => setPage((p) => p + 1)}>
        Later dates
      </Button>
    </div>
  );
}

function DayChip({
  day,
  label,
  open,
  current,
  timeZone,
  onChoose,
}: {
  day: string;
  label: string;
  /** How many open times the day has. */
  open: number;
  current: boolean;
  timeZone: string;
  onChoose: () => void;
}) {
  const chip = dayChip(startOfDayIn(day, timeZone), timeZone);
  return (
    <button
      type="button"
      disabled={open === 0}
      aria-pressed={current}
      aria-label={`${label}: ${open === 0 ? "no open times" : `${open} open time${open === 1 ? "" : "s"}`}`}
      onClick={onChoose}
      className={cn(
        "flex min-h-14 flex-col items-center justify-center rounded-lg border text-sm leading-tight",
        "focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 focus-visible:outline-hidden",
        current
          ? "border-brand-700 bg-brand-700 text-white"
          : open
            ? "border-stone-300 bg-white text-stone-900 hover:bg-brand-50"
            : "border-transparent bg-stone-100 text-stone-400",
      )}
    >
      <span>{chip.weekday}</span>
      <span className="text-base font-semibold">{chip.day}</span>
    </button>
  );
}

function DayTimes({
  label,
  times,
  selected,
  timeZone,
  onSelect,
}: {
  label: string;
  times: Slot[];
  selected: Date | null;
  timeZone: string;
  onSelect: (slot: Slot) => void;
}) {
  const cycle = useHourCycle();
  return (
    <fieldset>
      <legend className="mb-2 text-lg font-semibold text-stone-900">{label}</legend>
      <div className="flex flex-col gap-4">
        {partsOfDay(times, timeZone).map(([part, partTimes]) => (
          <div key={part}>
            <p className="mb-2 font-medium text-stone-600">{part}</p>
            <div className="grid grid-cols-2 gap-3">
              {partTimes.map((slot) => {
                const isSelected = selected ? +selected === +slot.start : false;
                return (
                  <button
                    key={+slot.start}
                    type="button"
                    aria-pressed={isSelected}
                    onClick={() => onSelect(slot)}
                    className={cn(
                      "min-h-12 rounded-lg border px-3 text-lg font-medium",
                      "focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 focus-visible:outline-hidden",
                      isSelected
                        ? "border-brand-700 bg-brand-700 text-white"
                        : "border-stone-300 bg-white text-stone-900 hover:bg-brand-50",
                    )}
                  >
                    {clockTime(slot.start, timeZone, cycle)}
                  </button>
                );
              })}
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
