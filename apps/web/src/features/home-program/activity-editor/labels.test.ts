import { describe, expect, it } from "vitest";

import { agesText, clockText, minutesText, routineLabel } from "./labels";

describe("activity wording", () => {
  it("says the age range the way a therapist writes it", () => {
    expect(agesText({ min: 4, max: 8 })).toBe("Ages 4–8");
    expect(agesText({ min: 5, max: 5 })).toBe("Age 5");
    expect(agesText({ min: 0, max: 0 })).toBe("Under 1");
  });

  it("says minutes in the singular and plural", () => {
    expect(minutesText(1)).toBe("1 minute");
    expect(minutesText(10)).toBe("10 minutes");
  });

  it("shows a local time on the 12-hour clock, and anything else as given", () => {
    expect(clockText("16:30")).toBe("4:30 PM");
    expect(clockText("00:05")).toBe("12:05 AM");
    expect(clockText("12:00")).toBe("12:00 PM");
    expect(clockText("")).toBe("");
  });

  it("names the family's own routine, or says it is another one", () => {
    expect(routineLabel({ routine: "homework" })).toBe("Homework");
    expect(routineLabel({ routine: "custom", customLabel: "Walk to the bus" })).toBe(
      "Walk to the bus",
    );
    expect(routineLabel({ routine: "custom" })).toBe("Another routine");
  });
});
