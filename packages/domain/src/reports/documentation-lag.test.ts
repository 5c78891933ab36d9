import { describe, expect, it } from "vitest";

import {
  documentationLagReport,
  hoursOverDeadline,
  type DocumentedVisit,
} from "./documentation-lag";

const HOUR = 3_600_000;
const ended = new Date("2026-03-02T15:00:00Z");
const now = new Date("2026-03-20T12:00:00Z");

const visit = (
  therapistName: string,
  signedAfterHours: number | null,
  sentAfterHours: number | null = null,
): DocumentedVisit => ({
  key: `${therapistName}-${String(signedAfterHours)}-${String(sentAfterHours)}`,
  therapistId: therapistName.toLowerCase(),
  therapistName,
  childName: "Maya Johnson",
  serviceOn: "2026-03-02",
  visitEndedAt: ended,
  signedAt: signedAfterHours === null ? null : new Date(+ended + signedAfterHours * HOUR),
  claimSentAt: sentAfterHours === null ? null : new Date(+ended + sentAfterHours * HOUR),
});

describe("hoursOverDeadline", () => {
  it("is null for a note signed at the limit, and whole hours for one signed after it", () => {
    expect(hoursOverDeadline(visit("Rivera", 24), now, 24)).toBeNull();
    expect(hoursOverDeadline(visit("Rivera", 24.01), now, 24)).toBe(0);
    expect(hoursOverDeadline(visit("Rivera", 30), now, 24)).toBe(6);
  });

  it("counts a note still unsigned as late from the limit until now, by the clinic's own limit", () => {
    const unsigned = visit("Rivera", null);
    expect(hoursOverDeadline(unsigned, new Date(+ended + 47 * HOUR), 48)).toBeNull();
    expect(hoursOverDeadline(unsigned, new Date(+ended + 50 * HOUR), 48)).toBe(2);
  });
});

describe("documentationLagReport", () => {
  it("gives each therapist's median and 90th percentile days to sign and to claim", () => {
    const report = documentationLagReport(
      [
        visit("Rivera", 3, 24),
        visit("Rivera", 12, 48),
        visit("Rivera", 72, 96),
        visit("Chen", 6, null),
        visit("Chen", null),
      ],
      { now },
    );
    expect(report.limitHours).toBe(24);
    const [chen, rivera] = report.byTherapist;
    expect(rivera).toMatchObject({
      therapistName: "Rivera",
      visits: 3,
      signed: 3,
      claimsSent: 3,
      overDeadline: 1,
      toSign: { medianDays: 0.5, p90Days: 3 },
      toClaim: { medianDays: 2, p90Days: 4 },
    });
    expect(chen).toMatchObject({
      visits: 2,
      signed: 1,
      claimsSent: 0,
      overDeadline: 1,
      toSign: { medianDays: 0.3, p90Days: 0.3 },
      toClaim: { medianDays: null, p90Days: null },
    });
    expect(report.all).toMatchObject({ visits: 5, signed: 4, overDeadline: 2 });
  });

  it("lists the late visits, the newest first, with how late each was", () => {
    const older = {
      ...visit("Rivera", 30),
      key: "older",
      visitEndedAt: new Date(+ended - 48 * HOUR),
    };
    const report = documentationLagReport([older, visit("Chen", null), visit("Chen", 2)], {
      now,
      limitHours: 24,
    });
    expect(report.lateCount).toBe(2);
    expect(report.late.map((late) => [late.therapistName, late.signedAt === null])).toEqual([
      ["Chen", true],
      ["Rivera", false],
    ]);
    expect(report.late[1]?.hoursLate).toBe(54);
  });
});
