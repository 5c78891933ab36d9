"use client";

import { createContext, useContext, type ReactNode } from "react";

import { hourCycleOf, type HourCycle } from "@carryover/domain/identity/clock";
import type { TimeFormat } from "@carryover/domain/identity";

import { localTime, localTimeRange } from "./time";

const HourCycleContext = createContext<HourCycle>("h12");

/** The signed-in person's clock, for every client component below (set once by the app layout). */
export function HourCycleProvider({
  timeFormat,
  children,
}: {
  timeFormat: TimeFormat;
  children: ReactNode;
}) {
  return <HourCycleContext value={hourCycleOf(timeFormat)}>{children}</HourCycleContext>;
}

/** The reader's hour cycle, to pass to the clock formats of `lib/time.ts`. */
export const useHourCycle = (): HourCycle => useContext(HourCycleContext);

/** A routine's local "HH:mm" in the reader's clock. */
export function LocalTime({ time }: { time: string }) {
  return <>{localTime(time, useHourCycle())}</>;
}

/** "3:40–3:48 PM" or "15:40–15:48" in the reader's clock. */
export function LocalTimeRange({ from, to }: { from: string; to: string }) {
  return <>{localTimeRange(from, to, useHourCycle())}</>;
}
