import { describe, expect, it } from "vitest";

import {
  canGuardianEdit,
  GUARDIAN_EDITABLE,
  HomeProgram,
  PrescribedDose,
  RoutineTimes,
} from "./program";

const goal = (id: string) => ({
  id,
  familyWords: "Start homework without a meltdown",
  clinicalWording: "Self-regulation before seated fine-motor tasks",
});
const program = {
  goals: [goal("homework")],
  dose: { minutesPerDay: 15, daysPerWeek: 5 },
  startDate: "2027-01-18",
};

const issuePath = (value: unknown) => {
  const result = HomeProgram.safeParse(value);
  return result.success ? null : result.error.issues.map((i) => i.path.join("."));
};

describe("HomeProgram", () => {
  it("takes a program with goals, a dose and a start date, opening nothing to guardians", () => {
    expect(HomeProgram.parse(program)).toEqual({
      ...program,
      routineTimes: {},
      guardianEditable: [],
    });
  });

  it("holds one to eight goals, each with its own id and both wordings", () => {
    expect(issuePath({ ...program, goals: [] })).toEqual(["goals"]);
    const eight = Array.from({ length: 8 }, (_, i) => goal(`g${i}`));
    expect(issuePath({ ...program, goals: eight })).toBeNull();
    expect(issuePath({ ...program, goals: [...eight, goal("g8")] })).toEqual(["goals"]);
    expect(issuePath({ ...program, goals: [goal("same"), goal("same")] })).toEqual(["goals"]);
    expect(issuePath({ ...program, goals: [{ ...goal("g"), clinicalWording: "  " }] })).toEqual([
      "goals.0.clinicalWording",
    ]);
  });

  it("refuses a start date that is not a real date", () => {
    expect(issuePath({ ...program, startDate: "2027-02-30" })).toEqual(["startDate"]);
    expect(issuePath({ ...program, startDate: "18/01/2027" })).toEqual(["startDate"]);
  });

  it("takes routine times as HH:mm and each guardian permission once", () => {
    expect(
      issuePath({ ...program, routineTimes: { homework: "17:00", Dinner: "18:15" } }),
    ).toBeNull();
    expect(issuePath({ ...program, routineTimes: { homework: "5pm" } })).toEqual([
      "routineTimes.homework",
    ]);
    expect(issuePath({ ...program, guardianEditable: ["routine_times", "routine_times"] })).toEqual(
      ["guardianEditable"],
    );
    expect(issuePath({ ...program, guardianEditable: ["goals"] })).toEqual(["guardianEditable.0"]);
  });
});

describe("PrescribedDose", () => {
  it("holds 1 to 120 whole minutes a day on 1 to 7 days a week", () => {
    const ok = (dose: object) => PrescribedDose.safeParse(dose).success;
    expect(ok({ minutesPerDay: 1, daysPerWeek: 1 })).toBe(true);
    expect(ok({ minutesPerDay: 120, daysPerWeek: 7 })).toBe(true);
    expect(ok({ minutesPerDay: 0, daysPerWeek: 5 })).toBe(false);
    expect(ok({ minutesPerDay: 121, daysPerWeek: 5 })).toBe(false);
    expect(ok({ minutesPerDay: 10.5, daysPerWeek: 5 })).toBe(false);
    expect(ok({ minutesPerDay: 10, daysPerWeek: 8 })).toBe(false);
    expect(ok({ minutesPerDay: 10, daysPerWeek: 0 })).toBe(false);
  });
});

describe("RoutineTimes", () => {
  it("refuses times that are not on a 24-hour clock", () => {
    expect(RoutineTimes.safeParse({ bath: "19:00" }).success).toBe(true);
    expect(RoutineTimes.safeParse({ bath: "24:00" }).success).toBe(false);
    expect(RoutineTimes.safeParse({ bath: "7:00" }).success).toBe(false);
  });
});

describe("canGuardianEdit", () => {
  it("lets guardians edit only what the therapist opened", () => {
    expect(GUARDIAN_EDITABLE).toEqual(["routine_times", "sensory_moments"]);
    expect(canGuardianEdit("routine_times", ["routine_times"])).toBe(true);
    expect(canGuardianEdit("sensory_moments", ["routine_times"])).toBe(false);
    expect(canGuardianEdit("sensory_moments", [])).toBe(false);
  });
});
