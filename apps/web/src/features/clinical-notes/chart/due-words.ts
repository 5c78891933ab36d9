import { calendarDateIn, dayAndDate, shortDate } from "~/lib/time";
import { plural } from "~/lib/words";
import type { DueItem } from "./types";

export type DueWords = {
  text: string;
  tone: "warning" | "danger" | "neutral";
  action: { label: string; href: string } | null;
};

const dayMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const daysBetween = (from: string, to: string) =>
  Math.round((dayMs(to) - dayMs(from)) / 86_400_000);

function lateness(dueBy: string, today: string): string {
  const late = daysBetween(dueBy, today);
  if (late > 0) return ` (overdue ${plural(late, "day")})`;
  if (late === 0) return " (today)";
  return ` (in ${plural(-late, "day")})`;
}

const toneOf = (urgency: DueItem["urgency"]): DueWords["tone"] =>
  urgency === "overdue" ? "danger" : urgency === "due" ? "warning" : "neutral";

/** One deadline of a chart in a therapist's words, with where to act on it. */
export function dueWords(
  item: DueItem,
  { today, timeZone, plansHref }: { today: string; timeZone: string; plansHref: string },
): DueWords {
  const tone = toneOf(item.urgency);
  switch (item.kind) {
    case "progress_report":
      return {
        tone,
        text: `Progress report ${item.urgency === "soon" ? "due soon" : "due"}: ${plural(item.visitsSinceLastReport, "visit")} since the last one`,
        action: null,
      };
    case "certification":
      return {
        tone,
        text: `Plan of care needs the physician's signature by ${shortDate(item.dueBy)}${lateness(item.dueBy, today)}`,
        action: { label: "Open the plan", href: plansHref },
      };
    case "recertification":
      return {
        tone,
        text: `Plan of care ends ${shortDate(item.dueBy)}${lateness(item.dueBy, today)}: recertify it or discharge`,
        action: { label: "Open the plan", href: plansHref },
      };
    case "discharge_summary":
      return {
        tone,
        text: `Discharge summary due by ${shortDate(item.dueBy)}${lateness(item.dueBy, today)}`,
        action: null,
      };
    case "unsigned_note": {
      const visitDay = calendarDateIn(timeZone, item.visitEndedAt);
      const days = Math.max(0, daysBetween(visitDay, today));
      return {
        tone,
        text: `Visit note from ${dayAndDate(item.visitEndedAt, timeZone)} unsigned for ${days === 0 ? "less than a day" : plural(days, "day")}`,
        action: { label: "Open the note", href: `/notes/${item.noteId}` },
      };
    }
  }
}
