"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import type { PreviewSeriesInput, PreviewSeriesResult } from "@carryover/api/contracts/series";

import { useHourCycle } from "~/lib/hour-cycle.client";
import { clockTime, dayAndDate } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

export type SeriesDate = PreviewSeriesResult["dates"][number];

/** A series shown before booking, with the dates that clash; `changed` after a refused booking. */
export type SeriesPreview = {
  input: PreviewSeriesInput;
  dates: SeriesDate[];
  clashes: SeriesDate[];
  changed: boolean;
};

const clashesOf = (dates: SeriesDate[]) => dates.filter((d) => d.status !== "free");

/** Previews a weekly series, books it when nothing clashes, and books the rest once clashes are skipped. */
export function useSeries(timeZone: string, childName: (childId: string) => string) {
  const cycle = useHourCycle();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [preview, setPreview] = useState<SeriesPreview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const create = useMutation(
    trpc.series.create.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.booking.list.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.availability.slots.pathKey() }),
        ]);
      },
    }),
  );

  const fetchDates = async (input: PreviewSeriesInput) =>
    (await queryClient.fetchQuery({ ...trpc.series.preview.queryOptions(input), staleTime: 0 }))
      .dates;

  async function book(input: PreviewSeriesInput, skip: Date[]): Promise<string> {
    const result = await create.mutateAsync({ ...input, mode: "all", skip });
    const first = result.booked[0];
    const last = result.booked.at(-1);
    const span =
      first && last
        ? ` from ${dayAndDate(first, timeZone)} to ${dayAndDate(last, timeZone)} at ${clockTime(first, timeZone, cycle)}`
        : "";
    const skipped =
      skip.length === 1 ? " 1 date skipped." : skip.length ? ` ${skip.length} dates skipped.` : "";
    return `${result.booked.length} sessions booked for ${childName(input.childId)}${span}.${skipped}`;
  }

  /** Books at once when every date is free; otherwise shows the clashes and answers null. */
  async function start(input: PreviewSeriesInput): Promise<string | null> {
    setPreviewing(true);
    try {
      const dates = await fetchDates(input);
      const clashes = clashesOf(dates);
      if (clashes.length === 0) return await book(input, []);
      setPreview({ input, dates, clashes, changed: false });
      return null;
    } finally {
      setPreviewing(false);
    }
  }

  /** Books every date but the clashing ones; a date taken meanwhile shows the new clashes instead. */
  async function bookSkippingClashes(current: SeriesPreview): Promise<string | null> {
    try {
      return await book(
        current.input,
        current.clashes.map((c) => c.start),
      );
    } catch (error) {
      if (describeError(error).code !== "CONFLICT") throw error;
      const dates = await fetchDates(current.input);
      setPreview({ input: current.input, dates, clashes: clashesOf(dates), changed: true });
      return null;
    }
  }

  return {
    preview,
    closePreview: () => setPreview(null),
    start,
    bookSkippingClashes,
    busy: previewing || create.isPending,
  };
}
