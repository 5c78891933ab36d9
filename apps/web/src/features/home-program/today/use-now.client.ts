"use client";

import { useSyncExternalStore } from "react";

const subscribeToMinutes = (onChange: () => void) => {
  const timer = window.setInterval(onChange, 15_000);
  return () => window.clearInterval(timer);
};
const currentMinute = () => Math.floor(Date.now() / 60_000);

/** The clock to the minute, in the browser only (the server renders without it). */
export function useNow(): Date | null {
  const minute = useSyncExternalStore(subscribeToMinutes, currentMinute, () => null);
  return minute === null ? null : new Date(minute * 60_000);
}
