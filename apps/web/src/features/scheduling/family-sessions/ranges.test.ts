import { describe, expect, it } from "vitest";

import { comingAndEarlier } from "./ranges";

const at = (iso: string, minutes = 45) => {
  const start = new Date(iso);
  return { start, end: new Date(+start + minutes * 60_000) };
};

describe("upcoming and past sessions", () => {
  const now = +new Date("2026-12-03T15:20:00Z");

  it("keeps a session that has started but not ended among the upcoming", () => {
    const started = at("2026-12-03T15:00:00Z");
    const ended = at("2026-12-03T14:00:00Z");
    const { coming, earlier } = comingAndEarlier([started, ended], [ended, started], now);
    expect(coming).toEqual([started]);
    expect(earlier).toEqual([ended]);
  });

  it("shows the five most recent past sessions, newest first", () => {
    const past = [1, 5, 3, 2, 6, 4].map((day) => at(`2026-11-0${day}T15:00:00Z`));
    expect(comingAndEarlier([], past, now).earlier.map((b) => b.start.getUTCDate())).toEqual([
      6, 5, 4, 3, 2,
    ]);
  });
});
