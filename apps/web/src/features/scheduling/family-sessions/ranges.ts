const DAY = 86_400_000;

/** Upcoming: what has not ended, two months ahead (booking.list's longest range). Past: the last month. */
export function appointmentRanges(at: number) {
  return {
    upcoming: { from: new Date(at), to: new Date(at + 62 * DAY) },
    past: { from: new Date(at - 30 * DAY), to: new Date(at) },
  };
}
