import { describe, expect, it } from "vitest";

import { agesText, minutesText, routineLabel } from "./labels";

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

  it("names the family's own routine, or says it is another one", () => {
    expect(routineLabel({ routine: "homework" })).toBe("Homework");
    expect(routineLabel({ routine: "custom", customLabel: "Walk to the bus" })).toBe(
      "Walk to the bus",
    );
    expect(routineLabel({ routine: "custom" })).toBe("Another routine");
  });
});
