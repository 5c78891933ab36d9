import { wallClockOf } from "../scheduling/calendar";

/** An instant as the local "HH:mm" in a zone. */
export function clockAt(instant: Date | number, zone: string): string {
  const { minute } = wallClockOf(instant, zone);
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}
