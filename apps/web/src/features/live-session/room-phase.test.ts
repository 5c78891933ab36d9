import { describe, expect, it } from "vitest";

import { entryLabel, inVideoRoom, roomPhase, sidePanelTabs } from "./room-phase";
import type { LiveParticipant } from "./types";

const open = { open: true, opensAt: new Date(), closesAt: new Date(), message: null };
const closed = { ...open, open: false, message: "The video room opens at 9:50" };

const waiting = { admission: "waiting" } as LiveParticipant;
const admitted = { admission: "admitted" } as LiveParticipant;

describe("what a session's page shows", () => {
  it("shows the end once the session is over, whatever else holds", () => {
    expect(roomPhase({ ended: true, window: closed, admission: "admitted" }, true)).toBe("ended");
  });

  it("waits for the window to open", () => {
    expect(roomPhase({ ended: false, window: closed, admission: "admitted" }, true)).toBe("closed");
  });

  it("keeps the person in the lobby until they are admitted and have asked here", () => {
    expect(roomPhase({ ended: false, window: open, admission: null }, false)).toBe("lobby");
    expect(roomPhase({ ended: false, window: open, admission: "waiting" }, true)).toBe("lobby");
    expect(roomPhase({ ended: false, window: open, admission: "admitted" }, false)).toBe("lobby");
    expect(roomPhase({ ended: false, window: open, admission: "admitted" }, true)).toBe("room");
  });

  it("connects the video only for an admitted person who asked, in a session not over", () => {
    expect(inVideoRoom({ ended: false, admission: "admitted" }, true)).toBe(true);
    expect(inVideoRoom({ ended: true, admission: "admitted" }, true)).toBe(false);
    expect(inVideoRoom({ ended: false, admission: "denied" }, true)).toBe(false);
  });
});

describe("the lobby's main button", () => {
  it("starts for the therapist, joins once admitted, asks otherwise", () => {
    expect(entryLabel({ role: "therapist", admission: null })).toBe("Start the session");
    expect(entryLabel({ role: "guardian", admission: "admitted" })).toBe("Join now");
    expect(entryLabel({ role: "guardian", admission: null })).toBe("Ask to join");
    expect(entryLabel({ role: "observer", admission: null })).toBe("Ask to join");
  });
});

describe("the side panel's tabs", () => {
  it("give a family only the home program", () => {
    expect(sidePanelTabs({ role: "guardian", participants: [waiting], isGroup: true })).toEqual([
      { id: "program", label: "Home program" },
    ]);
  });

  it("give the therapist coaching and people, with how many are waiting", () => {
    const labels = (participants: LiveParticipant[]) =>
      sidePanelTabs({ role: "therapist", participants, isGroup: false }).map((t) => t.label);
    expect(labels([admitted])).toEqual(["Home program", "Coaching", "People"]);
    expect(labels([waiting, admitted, waiting])).toEqual([
      "Home program",
      "Coaching",
      "People (2 waiting)",
    ]);
  });

  it("add breakouts in a group session", () => {
    const tabs = sidePanelTabs({ role: "therapist", participants: [], isGroup: true });
    expect(tabs.map((t) => t.id)).toEqual(["program", "coaching", "people", "breakouts"]);
  });
});
