import { describe, expect, it } from "vitest";

import type { TimerSegment } from "../live-session/coaching";
import {
  SERVICE_CPT_CODES,
  SERVICE_LABELS,
  serviceMinutes,
  TREATMENT_SERVICES,
  TreatmentService,
  type ServiceMark,
} from "./service-minutes";

// Segments and marks are instants (Date), never local times, so no case in another zone is needed.
const start = Date.parse("2026-03-02T15:00:00Z");
const at = (minutes: number, seconds = 0) => new Date(start + (minutes * 60 + seconds) * 1000);

const child = (from: number, to: number | null): TimerSegment => ({
  kind: "child_present",
  startedAt: at(from),
  endedAt: to === null ? null : at(to),
});
const caregiver = (from: number, to: number | null): TimerSegment => ({
  kind: "caregiver_only",
  startedAt: at(from),
  endedAt: to === null ? null : at(to),
});
const mark = (service: TreatmentService, minutes: number, seconds = 0): ServiceMark => ({
  service,
  at: at(minutes, seconds),
});

describe("service codes and labels", () => {
  it("bills each service under its CPT code and names it in plain English", () => {
    expect(SERVICE_CPT_CODES).toEqual({
      therapeutic_activities: "97530",
      self_care: "97535",
      sensory_integration: "97533",
      therapeutic_exercise: "97110",
      neuromuscular_reeducation: "97112",
      caregiver_training: "97550",
    });
    expect(TREATMENT_SERVICES.map((s) => SERVICE_LABELS[s])).toContain("Therapeutic activities");
    expect(TreatmentService.safeParse("group_therapy").success).toBe(false);
  });
});

describe("serviceMinutes", () => {
  it("splits a plain 45-minute session between two services", () => {
    expect(
      serviceMinutes({
        segments: [child(0, 45)],
        marks: [mark("therapeutic_activities", 0), mark("self_care", 20)],
        endedAt: at(45),
      }),
    ).toEqual({
      byService: { therapeutic_activities: 20, self_care: 25 },
      unmarkedChildPresentMinutes: 0,
      caregiverOnlyMinutes: 0,
      childPresentMinutes: 45,
      totalMinutes: 45,
    });
  });

  it("counts overlapping or touching segments of one kind once", () => {
    const result = serviceMinutes({
      segments: [child(0, 20), child(10, 30), child(30, 40), caregiver(40, 50), caregiver(45, 55)],
      marks: [mark("therapeutic_activities", 0)],
      endedAt: at(55),
    });
    expect(result.byService).toEqual({ therapeutic_activities: 40 });
    expect(result.childPresentMinutes).toBe(40);
    expect(result.caregiverOnlyMinutes).toBe(15);
    expect(result.totalMinutes).toBe(55);
  });

  it("counts time logged as both child present and caregiver only as child present", () => {
    const result = serviceMinutes({
      segments: [child(0, 30), caregiver(25, 45), caregiver(10, 15)],
      marks: [mark("sensory_integration", 0)],
      endedAt: at(45),
    });
    expect(result.byService).toEqual({ sensory_integration: 30 });
    expect(result.caregiverOnlyMinutes).toBe(15);
    expect(result.totalMinutes).toBe(45);
  });

  it("counts a gap between segments nowhere, even when a mark falls in it", () => {
    const result = serviceMinutes({
      segments: [child(0, 10), child(20, 30), caregiver(40, 50)],
      marks: [mark("therapeutic_activities", 0), mark("sensory_integration", 15)],
      endedAt: at(50),
    });
    expect(result).toEqual({
      byService: { therapeutic_activities: 10, sensory_integration: 10 },
      unmarkedChildPresentMinutes: 0,
      caregiverOnlyMinutes: 10,
      childPresentMinutes: 20,
      totalMinutes: 30,
    });
  });

  it("leaves child-present time before the first mark unmarked", () => {
    const result = serviceMinutes({
      segments: [child(0, 30)],
      marks: [mark("therapeutic_activities", 12)],
      endedAt: at(30),
    });
    expect(result.unmarkedChildPresentMinutes).toBe(12);
    expect(result.byService).toEqual({ therapeutic_activities: 18 });
  });

  it("leaves all child-present time unmarked when there are no marks", () => {
    const result = serviceMinutes({ segments: [child(0, 25)], marks: [], endedAt: at(25) });
    expect(result.byService).toEqual({});
    expect(result.unmarkedChildPresentMinutes).toBe(25);
    expect(result.childPresentMinutes).toBe(25);
  });

  it("runs a segment still running to the session end", () => {
    const result = serviceMinutes({
      segments: [child(0, 20), caregiver(20, null)],
      marks: [mark("self_care", 0)],
      endedAt: at(35),
    });
    expect(result.byService).toEqual({ self_care: 20 });
    expect(result.caregiverOnlyMinutes).toBe(15);
    expect(result.totalMinutes).toBe(35);
  });

  it("sorts marks given out of order, and the last of two marks at one instant wins", () => {
    const result = serviceMinutes({
      segments: [child(0, 45)],
      marks: [
        mark("sensory_integration", 30),
        mark("therapeutic_activities", 0),
        mark("self_care", 30),
      ],
      endedAt: at(45),
    });
    expect(result.byService).toEqual({ therapeutic_activities: 30, self_care: 15 });
  });

  it("counts a caregiver-training mark with the child present under caregiver training", () => {
    const result = serviceMinutes({
      segments: [child(0, 30)],
      marks: [mark("therapeutic_activities", 0), mark("caregiver_training", 20)],
      endedAt: at(30),
    });
    expect(result.byService).toEqual({ therapeutic_activities: 20, caregiver_training: 10 });
    expect(result.caregiverOnlyMinutes).toBe(0);
    expect(result.childPresentMinutes).toBe(30);
  });

  it("keeps caregiver-only time as caregiver training whatever is marked during it", () => {
    const result = serviceMinutes({
      segments: [child(0, 20), caregiver(20, 40), child(40, 50)],
      marks: [mark("therapeutic_activities", 0), mark("sensory_integration", 25)],
      endedAt: at(50),
    });
    expect(result.byService).toEqual({ therapeutic_activities: 20, sensory_integration: 10 });
    expect(result.caregiverOnlyMinutes).toBe(20);
    expect(result.totalMinutes).toBe(50);
  });

  it("gives the minute lost to rounding down each service to the largest remainder", () => {
    // 10:10 + 10:29 + 10:21 = 31:00; rounding each alone would give only 30 minutes.
    const result = serviceMinutes({
      segments: [{ kind: "child_present", startedAt: at(0), endedAt: at(31) }],
      marks: [
        mark("therapeutic_activities", 0),
        mark("self_care", 10, 10),
        mark("therapeutic_exercise", 20, 39),
      ],
      endedAt: at(31),
    });
    expect(result.byService).toEqual({
      therapeutic_activities: 10,
      self_care: 11,
      therapeutic_exercise: 10,
    });
    expect(result.childPresentMinutes).toBe(31);
  });

  it("breaks a rounding tie toward unmarked time, then the service marked first", () => {
    // Unmarked 10:20, neuromuscular 10:20, therapeutic activities 10:20: 31:00 in all.
    const result = serviceMinutes({
      segments: [child(0, 31)],
      marks: [mark("neuromuscular_reeducation", 10, 20), mark("therapeutic_activities", 20, 40)],
      endedAt: at(31),
    });
    expect(result.unmarkedChildPresentMinutes).toBe(11);
    expect(result.byService).toEqual({ neuromuscular_reeducation: 10, therapeutic_activities: 10 });

    const noUnmarked = serviceMinutes({
      segments: [child(0, 20), { kind: "child_present", startedAt: at(20), endedAt: at(20, 40) }],
      marks: [mark("therapeutic_activities", 10, 20), mark("neuromuscular_reeducation", 0)],
      endedAt: at(21),
    });
    expect(noUnmarked.byService).toEqual({
      neuromuscular_reeducation: 11,
      therapeutic_activities: 10,
    });
    expect(noUnmarked.childPresentMinutes).toBe(21);
  });

  it("rounds caregiver-only time to the nearest minute", () => {
    const minutesFor = (seconds: number) =>
      serviceMinutes({
        segments: [{ kind: "caregiver_only", startedAt: at(0), endedAt: at(7, seconds) }],
        marks: [],
        endedAt: at(60),
      }).caregiverOnlyMinutes;
    expect(minutesFor(29)).toBe(7);
    expect(minutesFor(30)).toBe(8);
  });

  it("clips segments and marks to the session end and ignores a segment ending before it starts", () => {
    const result = serviceMinutes({
      segments: [
        child(0, 40),
        caregiver(10, 5),
        { kind: "caregiver_only", startedAt: at(45), endedAt: null },
      ],
      marks: [mark("therapeutic_activities", 0), mark("self_care", 50)],
      endedAt: at(30),
    });
    expect(result).toEqual({
      byService: { therapeutic_activities: 30 },
      unmarkedChildPresentMinutes: 0,
      caregiverOnlyMinutes: 0,
      childPresentMinutes: 30,
      totalMinutes: 30,
    });
  });

  it("throws a RangeError naming an invalid date or an unknown service", () => {
    expect(() =>
      serviceMinutes({
        segments: [child(0, 10)],
        marks: [mark("self_care", 0), { service: "self_care", at: new Date("soon") }],
        endedAt: at(10),
      }),
    ).toThrow(/marks\[1\]\.at/);
    expect(() =>
      serviceMinutes({
        segments: [child(0, 10)],
        marks: [{ service: "group_therapy" as TreatmentService, at: at(0) }],
        endedAt: at(10),
      }),
    ).toThrow(/marks\[0\]\.service/);
    expect(() =>
      serviceMinutes({ segments: [], marks: [], endedAt: new Date(Number.NaN) }),
    ).toThrow(RangeError);
  });

  it("totals a 60-minute session of 100 segments and 100 marks given in reverse", () => {
    const timed = TREATMENT_SERVICES.filter((s) => s !== "caregiver_training");
    const segments: TimerSegment[] = [];
    const marks: ServiceMark[] = [];
    // 100 stretches of 36 seconds, alternating child present and caregiver only.
    for (let i = 0; i < 100; i += 1) {
      const from = at(0, i * 36);
      const to = at(0, (i + 1) * 36);
      const childPresent = i % 2 === 0;
      segments.push({
        kind: childPresent ? "child_present" : "caregiver_only",
        startedAt: from,
        endedAt: to,
      });
      const service = childPresent ? timed[(i / 2) % timed.length] : "caregiver_training";
      if (service) marks.push({ service, at: from });
    }
    const result = serviceMinutes({
      segments: segments.reverse(),
      marks: marks.reverse(),
      endedAt: at(60),
    });
    // Each timed service gets 10 child-present stretches of 36 seconds: 6 minutes.
    expect(result).toEqual({
      byService: Object.fromEntries(timed.map((s) => [s, 6])),
      unmarkedChildPresentMinutes: 0,
      caregiverOnlyMinutes: 30,
      childPresentMinutes: 30,
      totalMinutes: 60,
    });
  });
});
