import { describe, expect, it } from "vitest";

import { ACTIONS, can, canInLiveSession, LIVE_SESSION_ACTIONS, reachOf, type Action } from ".";
import type { Role } from "../identity";

const allowed = (role: Role) =>
  (Object.keys(ACTIONS) as Action[]).filter((action) => can(role, action));

describe("ACTIONS", () => {
  it("lets an admin administer the clinic, reach all of it, manage its children and its billing, but hold no sessions", () => {
    expect(allowed("admin")).toEqual([
      "administerClinic",
      "useStaffTools",
      "reachWholeClinic",
      "manageChildren",
      "inviteStaff",
      "inviteFamilies",
      "readClinicalRecord",
      "recordReferralsAndConsents",
      "manageBilling",
    ]);
  });
  it("lets a therapist use the staff tools on a caseload, hold licences and sessions, and invite families", () => {
    expect(allowed("therapist")).toEqual([
      "useStaffTools",
      "keepCaseload",
      "manageChildren",
      "holdLicences",
      "holdSessions",
      "inviteFamilies",
      "readClinicalRecord",
      "writeClinicalRecord",
      "recordReferralsAndConsents",
    ]);
  });
  it("lets a guardian hold sessions, be linked to children and read the family's versions of the record, nothing more", () => {
    expect(allowed("guardian")).toEqual([
      "holdSessions",
      "beLinkedToChildren",
      "readFamilyVersions",
    ]);
  });
  it("lets a biller keep the clinic's billing, nothing more: no chart, no children, no sessions", () => {
    expect(allowed("biller")).toEqual(["manageBilling"]);
  });
});

describe("reachOf", () => {
  it("gives an admin the whole clinic, a therapist a caseload, a guardian the family's own", () => {
    expect(reachOf("admin")).toBe("clinic");
    expect(reachOf("therapist")).toBe("caseload");
    expect(reachOf("guardian")).toBe("family");
  });
  it("gives a biller no child's record to reach", () => {
    expect(reachOf("biller")).toBe("none");
  });
});

describe("LIVE_SESSION_ACTIONS", () => {
  it("lets only the session's therapist run the room", () => {
    expect(LIVE_SESSION_ACTIONS.runRoom).toEqual(["therapist"]);
    expect(canInLiveSession("therapist", "runRoom")).toBe(true);
    expect(canInLiveSession("observer", "runRoom")).toBe(false);
    expect(canInLiveSession("guardian", "runRoom")).toBe(false);
  });
  it("shows every child and every breakout room to the therapist and observers, not to a family", () => {
    for (const action of ["seeEveryChild", "visitBreakouts"] as const) {
      expect(canInLiveSession("therapist", action)).toBe(true);
      expect(canInLiveSession("observer", action)).toBe(true);
      expect(canInLiveSession("guardian", action)).toBe(false);
    }
  });
  it("deals only families into breakout rooms", () => {
    expect(canInLiveSession("guardian", "joinBreakouts")).toBe(true);
    expect(canInLiveSession("therapist", "joinBreakouts")).toBe(false);
    expect(canInLiveSession("observer", "joinBreakouts")).toBe(false);
  });
});
