import { describe, expect, it } from "vitest";

import { cancelledNotice, leftGroupNotice, movedNotice } from "./appointment-notices";

const zone = "America/Chicago";
const booking = {
  sessionTypeName: "Parent coaching session",
  groupName: null,
  start: new Date("2026-12-03T15:00:00Z"),
  therapistName: "Alex Rivera",
};

describe("the notices after a family changes a session", () => {
  it("says a late cancellation counts as late", () => {
    expect(cancelledNotice(booking, true, zone)).toEqual({
      tone: "warning",
      title: "Session cancelled. It counts as a late cancellation.",
      text: "Parent coaching session on Thursday, December 3 at 9:00 AM was cancelled inside the notice window. Your clinic may follow up about its late-cancellation policy.",
    });
  });

  it("names the late-cancellation fee the clinic added", () => {
    expect(cancelledNotice(booking, true, zone, "h12", 4_000).text).toBe(
      "Parent coaching session on Thursday, December 3 at 9:00 AM was cancelled inside the notice window. A $40.00 late-cancellation fee was added to your balance.",
    );
  });

  it("says a cancellation in time is free of charge", () => {
    expect(cancelledNotice(booking, false, zone)).toMatchObject({
      tone: "success",
      title: "Session cancelled free of charge.",
    });
  });

  it("names the new time of a moved session in the family's zone", () => {
    expect(movedNotice(booking, new Date("2026-12-04T16:00:00Z"), zone).text).toBe(
      "Parent coaching session is now on Friday, December 4 at 10:00 AM with Alex Rivera.",
    );
  });

  it("says the group left is no longer in the family's sessions", () => {
    expect(leftGroupNotice(booking, "America/Los_Angeles").text).toBe(
      "Parent coaching session on Thursday, December 3 at 7:00 AM is no longer in your sessions.",
    );
  });
});
