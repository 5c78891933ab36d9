import { describe, expect, it } from "vitest";

import {
  describeDoseGoal,
  describePractised,
  describePrescription,
  describeWeeklyDose,
} from "./dose-words";

const week = {
  loggedMinutes: 90,
  daysPractised: 6,
  prescribedMinutes: 75,
  prescribedDays: 5,
  prorated: false,
};

describe("describeWeeklyDose", () => {
  it("labels what was practised and the goal, never 'N of M'", () => {
    expect(describeWeeklyDose(week)).toBe(
      "This week: 90 minutes on 6 days — goal 75 minutes on 5 days",
    );
  });

  it("says a part week is so far, with the goal counted to the days passed", () => {
    expect(
      describeWeeklyDose({
        loggedMinutes: 30,
        daysPractised: 2,
        prescribedMinutes: 45,
        prescribedDays: 3,
        prorated: true,
      }),
    ).toBe("This week so far: 30 minutes on 2 days — goal so far 45 minutes on 3 days");
  });

  it("names a week without practice plainly", () => {
    expect(describeWeeklyDose({ ...week, loggedMinutes: 0, daysPractised: 0 })).toBe(
      "This week: no practice logged yet — goal 75 minutes on 5 days",
    );
  });

  it("writes one minute and one day in the singular", () => {
    expect(describePractised({ loggedMinutes: 1, daysPractised: 1 })).toBe("1 minute on 1 day");
    expect(describeDoseGoal({ prescribedMinutes: 1, prescribedDays: 1, prorated: false })).toBe(
      "goal 1 minute on 1 day",
    );
  });

  it("takes another period's name", () => {
    expect(describeWeeklyDose(week, "Week of Nov 30")).toBe(
      "Week of Nov 30: 90 minutes on 6 days — goal 75 minutes on 5 days",
    );
  });
});

describe("describePrescription", () => {
  it("gives the day, the week and the total", () => {
    expect(describePrescription({ minutesPerDay: 15, daysPerWeek: 5 })).toBe(
      "15 minutes a day, 5 days a week (75 minutes a week)",
    );
  });

  it("says every day for seven days", () => {
    expect(describePrescription({ minutesPerDay: 10, daysPerWeek: 7 })).toBe(
      "10 minutes a day, every day (70 minutes a week)",
    );
  });
});
