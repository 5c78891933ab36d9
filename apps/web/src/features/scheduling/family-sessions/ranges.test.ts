import { describe, expect, it } from "vitest";

import { comingAndEarlier } from "./ranges";

let n = 0;
const at = (
  iso: string,
  extra: Partial<{ status: "scheduled" | "cancelled" | "no_show"; liveEndedAt: Date }> = {},
) => {
  const start = new Date(iso);
  return {
    id: `a${++n}`,
    status: "scheduled" as const,
    start,
    end: new Date(+start + 45 * 60_000),
    liveEndedAt: null,
    ...extra,
  };
};
const ids = (list: { id: string }[]) => list.map((b) => b.id);

describe("upcoming and past sessions", () => {
  const now = +new Date("2026-12-03T15:20:00Z");

  it("keeps a session that has started but not ended among the upcoming", () => {
    const started = at("2026-12-03T15:00:00Z");
    const ended = at("2026-12-03T14:00:00Z");
    const { coming, earlier } = comingAndEarlier([started, ended], [ended, started], now);
    expect(ids(coming)).toEqual([started.id]);
    expect(ids(earlier)).toEqual([ended.id]);
    expect(coming[0]?.state).toBe("in_progress");
    expect(earlier[0]?.state).toBe("finished");
  });

  it("moves a session the therapist ended to the past at once, before its booked end", () => {
    const endedEarly = at("2026-12-03T15:00:00Z", {
      liveEndedAt: new Date("2026-12-03T15:15:00Z"),
    });
    const { coming, earlier } = comingAndEarlier([endedEarly], [endedEarly], now);
    expect(coming).toEqual([]);
    expect(ids(earlier)).toEqual([endedEarly.id]);
    expect(earlier[0]?.state).toBe("ended");
  });

  it("keeps a future cancellation under Upcoming and a past one under Past", () => {
    const future = at("2026-12-05T15:00:00Z", { status: "cancelled" });
    const gone = at("2026-12-01T15:00:00Z", { status: "cancelled" });
    const { coming, earlier } = comingAndEarlier([future], [gone], now);
    expect(ids(coming)).toEqual([future.id]);
    expect(ids(earlier)).toEqual([gone.id]);
  });

  it("lists the past newest first, each session once", () => {
    const past = [1, 5, 3, 2, 6, 4].map((day) => at(`2026-11-0${day}T15:00:00Z`));
    const { earlier } = comingAndEarlier(past.slice(0, 1), past, now);
    expect(earlier.map((b) => b.start.getUTCDate())).toEqual([6, 5, 4, 3, 2, 1]);
  });
});
