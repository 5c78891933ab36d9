import { isUpcoming, sessionStateOf, type SessionState } from "@carryover/domain/scheduling";

const DAY = 86_400_000;

/** Upcoming: two months ahead (booking.list's longest range). Past: the two months before. */
export function appointmentRanges(at: number) {
  return {
    upcoming: { from: new Date(at), to: new Date(at + 62 * DAY) },
    past: { from: new Date(at - 62 * DAY), to: new Date(at) },
  };
}

type Listed = {
  id: string;
  status: Parameters<typeof sessionStateOf>[0]["status"];
  start: Date;
  end: Date;
  liveEndedAt: Date | null;
};

/**
 * Upcoming: what is still ahead or running, and cancellations whose time has not come, soonest first.
 * Past: what finished, was ended by the therapist, was missed or was cancelled, newest first.
 * A session the therapist ended is past at once, even before its booked end.
 */
export function comingAndEarlier<B extends Listed>(
  upcoming: B[],
  past: B[],
  now: number,
): { coming: (B & { state: SessionState })[]; earlier: (B & { state: SessionState })[] } {
  const byId = new Map<string, B>();
  for (const b of [...past, ...upcoming]) byId.set(b.id, b);
  const all = [...byId.values()].map((b) => ({ ...b, state: sessionStateOf(b, new Date(now)) }));
  const coming = all.filter((b) => isUpcoming(b.state, b, new Date(now)));
  const ahead = new Set(coming.map((b) => b.id));
  return {
    coming: coming.sort((a, b) => +a.start - +b.start),
    earlier: all.filter((b) => !ahead.has(b.id)).sort((a, b) => +b.start - +a.start),
  };
}
