import type { Group } from "~/features/scheduling/types";

type Seats = Pick<Group, "capacity" | "seatsLeft" | "waiting">;

/** A seat can be taken straight away only when no family is already waiting for one. */
export function hasOpenSeat(group: Seats): boolean {
  return group.seatsLeft > 0 && group.waiting === 0;
}

export function seatsLine(group: Seats): string {
  if (hasOpenSeat(group)) return `${group.seatsLeft} of ${group.capacity} seats left`;
  if (group.waiting === 0) return "Full — no one waiting yet";
  return `Full — ${group.waiting} ${group.waiting === 1 ? "family" : "families"} waiting`;
}
