import { describe, expect, it } from "vitest";

import { hasOpenSeat, seatsLine } from "./seats";

describe("a group's seats", () => {
  it("counts the seats left while no one is waiting", () => {
    const group = { capacity: 6, seatsLeft: 5, waiting: 0 };
    expect(hasOpenSeat(group)).toBe(true);
    expect(seatsLine(group)).toBe("5 of 6 seats left");
  });

  it("is full with no seat left", () => {
    const group = { capacity: 1, seatsLeft: 0, waiting: 0 };
    expect(hasOpenSeat(group)).toBe(false);
    expect(seatsLine(group)).toBe("Full — no one waiting yet");
  });

  it("keeps a freed seat for the families already waiting", () => {
    const group = { capacity: 6, seatsLeft: 1, waiting: 1 };
    expect(hasOpenSeat(group)).toBe(false);
    expect(seatsLine(group)).toBe("Full — 1 family waiting");
    expect(seatsLine({ ...group, waiting: 2 })).toBe("Full — 2 families waiting");
  });
});
