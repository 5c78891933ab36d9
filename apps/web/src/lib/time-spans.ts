// Lengths of time and how long until or since, in words. Re-exported by time.ts.
import { plural } from "./words";

/** "45 min": a session's length. */
export function formatMinutes(duration: number): string {
  return `${duration} min`;
}

/** "in 3 days", "in 5 hours", "in 20 minutes" — for deadlines shortly ahead. */
export function timeUntil(at: Date, now: Date): string {
  const minutes = Math.round((at.getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return "now";
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `in ${hours} hour${hours === 1 ? "" : "s"}`;
  const days = Math.round(hours / 24);
  return `in ${days} days`;
}

/** "just now", "5 minutes ago", "2 hours ago", "3 days ago" — for how long since something happened. */
export function timeAgo(at: Date, now: Date): string {
  const minutes = Math.floor((now.getTime() - at.getTime()) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${plural(minutes, "minute")} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${plural(hours, "hour")} ago`;
  return `${plural(Math.floor(hours / 24), "day")} ago`;
}
