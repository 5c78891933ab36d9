import { describe, expect, it } from "vitest";

import { csvCell, describeAuditEvent, safeFileName, toCsv } from ".";

const facts = {
  action: "progress.read",
  entityType: "child",
  actorId: "5d1c1ad8-29d5-4c55-9d3c-0a8f1b5a7e11",
  actorName: "Dana Reyes",
  subjectName: "Alex Kim",
};

describe("describeAuditEvent", () => {
  it("names who did what to whose record", () => {
    expect(describeAuditEvent(facts)).toBe("Dana Reyes viewed Alex Kim's progress");
  });

  it("writes a name ending in s with a bare apostrophe", () => {
    expect(describeAuditEvent({ ...facts, action: "child.read", subjectName: "Eli Ross" })).toBe(
      "Dana Reyes viewed Eli Ross' record",
    );
  });

  it("says a guardian signed a child's form", () => {
    expect(describeAuditEvent({ ...facts, action: "form.sign" })).toBe(
      "Dana Reyes signed a form of Alex Kim",
    );
  });

  it("names a session by its children", () => {
    expect(
      describeAuditEvent({ ...facts, action: "booking.cancel", entityType: "appointment" }),
    ).toBe("Dana Reyes cancelled the session with Alex Kim");
  });

  it("names a person the admin acted on", () => {
    expect(
      describeAuditEvent({
        ...facts,
        action: "staff.deactivate",
        entityType: "user",
        subjectName: "Mei Chen",
      }),
    ).toBe("Dana Reyes deactivated Mei Chen");
  });

  it("says who when the actor is gone or was never signed in", () => {
    expect(describeAuditEvent({ ...facts, actorName: null })).toBe(
      "A removed account viewed Alex Kim's progress",
    );
    expect(
      describeAuditEvent({
        ...facts,
        action: "auth.sign_in_failed",
        actorId: null,
        actorName: null,
      }),
    ).toBe("Someone not signed in failed to sign in (wrong email or password)");
    expect(
      describeAuditEvent({ ...facts, action: "plan_of_care.sign", actorId: null, actorName: null }),
    ).toBe("Someone not signed in signed Alex Kim's plan of care through the physician's link");
  });

  it("falls back to the kind of record when its name is unknown", () => {
    expect(describeAuditEvent({ ...facts, subjectName: null })).toBe(
      "Dana Reyes viewed a child's progress",
    );
  });

  it("keeps an action it has no words for visible, with its code", () => {
    expect(describeAuditEvent({ ...facts, action: "something.new" })).toBe(
      "Dana Reyes did something the trail has no words for yet (something.new) to Alex Kim",
    );
  });
});

describe("csvCell", () => {
  it.each([
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+1 555 0100", "'+1 555 0100"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
  ])("defuses a formula: %s", (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell("Kim, Alex")).toBe('"Kim, Alex"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("one\ntwo")).toBe('"one\ntwo"');
  });

  it("leaves plain text and empty cells alone", () => {
    expect(csvCell("Dana Reyes viewed Alex Kim's progress")).toBe(
      "Dana Reyes viewed Alex Kim's progress",
    );
    expect(csvCell(null)).toBe("");
    expect(csvCell(3)).toBe("3");
  });
});

describe("toCsv", () => {
  it("puts the header first and ends every line with CRLF", () => {
    expect(toCsv(["When", "What"], [["2026-01-02", "=1+1"]])).toBe(
      "When,What\r\n2026-01-02,'=1+1\r\n",
    );
  });
});

describe("safeFileName", () => {
  it("keeps letters, digits and dashes only", () => {
    expect(safeFileName('Maple Grove "OT"/../audit', "2026-12-06", "csv")).toBe(
      "maple-grove-ot-audit-2026-12-06.csv",
    );
  });
});
