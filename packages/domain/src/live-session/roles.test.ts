import { describe, expect, it } from "vitest";

import { admissionOnRequest, grantsFor, liveRoleOf } from "./roles";

describe("grantsFor", () => {
  it("gives the therapist room admin, publishing and subscribing", () => {
    expect(grantsFor("therapist", "room_a")).toEqual({
      room: "room_a",
      roomJoin: true,
      roomAdmin: true,
      canPublish: true,
      canPublishData: true,
      canSubscribe: true,
      hidden: false,
    });
  });

  it("lets a guardian publish and subscribe, never administer", () => {
    expect(grantsFor("guardian", "room_a")).toMatchObject({
      roomAdmin: false,
      canPublish: true,
      canPublishData: true,
      canSubscribe: true,
      hidden: false,
    });
  });

  it("lets an observer only watch, unseen", () => {
    expect(grantsFor("observer", "room_a")).toMatchObject({
      roomAdmin: false,
      canPublish: false,
      canPublishData: false,
      canSubscribe: true,
      hidden: true,
    });
  });

  it("grants one room only", () => {
    expect(grantsFor("guardian", "room_b").room).toBe("room_b");
  });
});

describe("liveRoleOf", () => {
  const facts = { therapistId: "t", guardianIds: ["g1", "g2"], observerIds: ["o"] };

  it("knows the therapist, a guardian of an enrolled child and an invited observer", () => {
    expect(liveRoleOf({ ...facts, actorId: "t" })).toBe("therapist");
    expect(liveRoleOf({ ...facts, actorId: "g2" })).toBe("guardian");
    expect(liveRoleOf({ ...facts, actorId: "o" })).toBe("observer");
  });

  it("finds nobody else", () => {
    expect(liveRoleOf({ ...facts, actorId: "someone" })).toBeNull();
  });

  it("prefers therapist over observer over guardian when one person is several", () => {
    expect(
      liveRoleOf({ actorId: "x", therapistId: "x", guardianIds: ["x"], observerIds: ["x"] }),
    ).toBe("therapist");
    expect(
      liveRoleOf({ actorId: "x", therapistId: "t", guardianIds: ["x"], observerIds: ["x"] }),
    ).toBe("observer");
  });
});

describe("admissionOnRequest", () => {
  it("makes guardians wait and lets the therapist and observers in", () => {
    expect(admissionOnRequest("guardian")).toBe("waiting");
    expect(admissionOnRequest("therapist")).toBe("admitted");
    expect(admissionOnRequest("observer")).toBe("admitted");
  });
});
