import { describe, expect, it } from "vitest";

import { chartHistoryFromIntake, clockOfAnswer, routineTimesFromIntake } from "./intake";
import { SEEDED_FORM_TEMPLATES } from "./seeded-templates";

describe("clockOfAnswer", () => {
  it("reads the ways families write a time", () => {
    expect(clockOfAnswer("7")).toBe("07:00");
    expect(clockOfAnswer("7:15")).toBe("07:15");
    expect(clockOfAnswer("7.15 am")).toBe("07:15");
    expect(clockOfAnswer("7:45 p.m.")).toBe("19:45");
    expect(clockOfAnswer("12:30am")).toBe("00:30");
    expect(clockOfAnswer("12 PM")).toBe("12:00");
    expect(clockOfAnswer("19:45")).toBe("19:45");
  });

  it("is null for what is not a time of day", () => {
    for (const answer of ["around seven", "25:00", "7:60", "13 pm", ""])
      expect(clockOfAnswer(answer)).toBeNull();
  });
});

describe("routineTimesFromIntake", () => {
  it("offers the times the family gave, by routine, and skips the ones it cannot read", () => {
    expect(
      routineTimesFromIntake({
        routine_wake: "6:45 am",
        routine_bath: "after dinner",
        routine_bedtime: "8 pm",
      }),
    ).toEqual({ morning: "06:45", bedtime: "20:00" });
  });
});

describe("chartHistoryFromIntake", () => {
  const intake = SEEDED_FORM_TEMPLATES.find((t) => t.key === "intake");
  it("gives the evaluation the family's history and their concerns in their words", () => {
    if (!intake) throw new Error("no intake");
    const result = chartHistoryFromIntake(intake.content, {
      birth_term: "Early (before 37 weeks)",
      milestone_walked: "15 months",
      concerns: "Mornings take forever; she can't do buttons.",
      routine_wake: "7:00",
    });
    expect(result.history).toBe(
      "Pregnancy and birth\nWas your child born early, on time or late?: Early (before 37 weeks)\n\nDevelopment milestones\nWalked on their own (age): 15 months",
    );
    expect(result.familyPriorities).toBe(
      "Your concerns\nWhat worries you most, or made you look for therapy?: Mornings take forever; she can't do buttons.",
    );
  });

  it("is empty when the family wrote nothing the chart takes", () => {
    if (!intake) throw new Error("no intake");
    expect(chartHistoryFromIntake(intake.content, {})).toEqual({
      history: "",
      familyPriorities: "",
    });
  });
});
