const DAY = 86_400_000;

/** Upcoming: what has not ended, two months ahead (booking.list's longest range). Past: the last month. */
export function appointmentRanges(at: number) {
  return {
    upcoming: { from: new Date(at), to: new Date(at + 62 * DAY) },
    past: { from: new Date(at - 30 * DAY), to: new Date(at) },
  };
}

/** What has not ended yet, and the five most recent that have, newest first. */
export function comingAndEarlier<B extends { start: Date; end: Date }>(
  upcoming: B[],
  past: B[],
  now: number,
): { coming: B[]; earlier: B[] } {
  return {
    coming: upcoming.filter((b) => +b.end > now),
    earlier: past
      .filter((b) => +b.end <= now)
      .sort((a, b) => +b.start - +a.start)
      .slice(0, 5),
  };
}
