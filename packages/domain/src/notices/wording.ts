// How every notice writes a time and lays out its email.
import { DateTime } from "luxon";

import type { TimeFormat } from "../identity/time-format";

/** Guardians see times in their own zone when they set one, else in the clinic's. */
export const recipientZone = (userZone: string | null, clinicZone: string) =>
  userZone ?? clinicZone;

/** "4:00 PM" or "16:00" on the wall clock of `zone`. */
export function formatClock(at: Date, zone: string, format: TimeFormat = "12h"): string {
  return DateTime.fromJSDate(at, { zone })
    .setLocale("en-US")
    .toFormat(format === "24h" ? "HH:mm" : "h:mm a");
}

/** "Tuesday, December 8 at 4:00 PM CST" (or "at 16:00 CST") in `zone`. */
export function formatSessionTime(at: Date, zone: string, format: TimeFormat = "12h"): string {
  const local = DateTime.fromJSDate(at, { zone }).setLocale("en-US");
  return `${local.toFormat("cccc, LLLL d")} at ${formatClock(at, zone, format)} ${local.toFormat("ZZZZ")}`;
}

/**
 * An email in short paragraphs: the greeting, what and when, what to do, the sign-off. A paragraph
 * may hold several lines (a list of dates); paragraphs are separated by a blank line.
 */
export function layoutEmail(input: {
  recipientName: string;
  paragraphs: readonly (string | readonly string[])[];
  signOff: string;
}): string {
  const first = input.recipientName.trim().split(/\s+/)[0] || input.recipientName;
  const blocks = [
    `Hello ${first},`,
    ...input.paragraphs
      .map((p) => (typeof p === "string" ? p : p.join("\n")))
      .filter((p) => p.trim() !== ""),
    `Warm wishes,\n${input.signOff}`,
  ];
  return blocks.join("\n\n");
}

/** "Maya", "Maya and Eli", "Maya, Eli and Sam". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "your child";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}
