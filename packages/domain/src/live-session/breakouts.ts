export const MAX_BREAKOUT_ROOMS = 8;

/**
 * Families into `roomCount` sub-rooms, dealt in turn (1st to room 1, 2nd to room 2, …), so sizes
 * differ by at most one and no room is empty.
 */
export function splitIntoBreakouts<T>(
  families: readonly T[],
  roomCount: number,
):
  | { ok: true; rooms: T[][] }
  | { ok: false; reason: "TOO_FEW_ROOMS" | "TOO_MANY_ROOMS" | "TOO_FEW_FAMILIES" } {
  if (!Number.isInteger(roomCount) || roomCount < 2) return { ok: false, reason: "TOO_FEW_ROOMS" };
  if (roomCount > MAX_BREAKOUT_ROOMS) return { ok: false, reason: "TOO_MANY_ROOMS" };
  if (families.length < roomCount) return { ok: false, reason: "TOO_FEW_FAMILIES" };
  const rooms: T[][] = Array.from({ length: roomCount }, () => []);
  families.forEach((family, i) => rooms[i % roomCount]?.push(family));
  return { ok: true, rooms };
}
