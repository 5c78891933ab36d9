import { describe, expect, it } from "vitest";

import { sessionTitle } from "./session-title";

const session = {
  title: "Parent coaching session",
  therapistFirstName: "Alex",
  isGroup: false,
  children: [{ id: "c1", firstName: "Maya" }],
};

describe("a session's title from the viewer's side", () => {
  it("names the therapist for the family", () => {
    expect(sessionTitle({ ...session, role: "guardian" })).toBe(
      "Parent coaching session with Alex",
    );
  });
  it("names the family for the therapist, never 'with' themselves", () => {
    expect(sessionTitle({ ...session, role: "therapist" })).toBe(
      "Parent coaching session · Maya's family",
    );
    expect(sessionTitle({ ...session, role: "observer" })).toBe(
      "Parent coaching session · Maya's family",
    );
  });
  it("counts the children of a larger group", () => {
    const group = {
      ...session,
      title: "Social skills group",
      isGroup: true,
      role: "therapist" as const,
      children: ["Ava", "Ben", "Cal"].map((firstName, i) => ({ id: `c${i}`, firstName })),
    };
    expect(sessionTitle(group)).toBe("Social skills group · 3 children");
  });
});
