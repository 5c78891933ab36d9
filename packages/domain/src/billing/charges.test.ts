import { describe, expect, it } from "vitest";

import { chargeChanges, chargesForVisit, type VisitToCharge } from "./charges";
import type { PayerRuleSet } from "./payer-rules";

const cms: PayerRuleSet = {
  timedMethod: "cms",
  telehealth: { paidCodes: ["97530", "97535"], placeOfService: "as_coded", modifier: "95" },
  habilitativeModifiers: true,
  visitLimitPerYear: null,
  priorAuthorization: { required: "never" },
  therapyThresholdCents: null,
};
const ama: PayerRuleSet = { ...cms, timedMethod: "ama" };

/** A 60-minute video visit: 25 minutes of activities, 13 of self-care, 20 caregiver-only. */
const videoVisit: VisitToCharge = {
  minutes: {
    byService: { therapeutic_activities: 25, self_care: 13 },
    unmarkedChildPresent: 0,
    caregiverOnly: 20,
  },
  modality: "telehealth",
  telehealth: { patientAtHome: true, audioOnly: false },
  habilitative: true,
  rules: cms,
  payerFees: { "97530": 9_000, "97535": 8_500 },
  standardFees: { "97530": 15_000, "97535": 14_500, "97550": 18_000 },
};

const summary = (visit: VisitToCharge) =>
  chargesForVisit(visit).lines.map((l) => `${l.code}×${l.units}@${l.unitCents}=${l.cents}`);

describe("chargesForVisit", () => {
  it("codes a CMS payer's visit by total time and prices it from the payer's schedule, else the clinic's", () => {
    // 38 timed minutes: 3 units — 97530 one whole unit and the larger leftover, 97535 one.
    expect(summary(videoVisit)).toEqual([
      "97530×2@9000=18000",
      "97535×1@8500=8500",
      "97550×1@18000=18000",
    ]);
    const charges = chargesForVisit(videoVisit);
    expect(charges.totalCents).toBe(44_500);
    expect(charges.placeOfService).toBe("10");
    expect(charges.lines[0]?.modifiers).toEqual(["GO", "96", "95"]);
  });

  it("codes the same minutes for an AMA payer code by code", () => {
    // 25 → 2 units (10 left over ≥ 8), 13 → 1 unit: the same here; 7 + 7 shows the difference.
    const small = {
      ...videoVisit,
      minutes: { ...videoVisit.minutes, byService: { therapeutic_activities: 7, self_care: 7 } },
    };
    expect(summary(small).filter((l) => !l.startsWith("97550"))).toEqual(["97530×1@9000=9000"]);
    expect(summary({ ...small, rules: ama }).filter((l) => !l.startsWith("97550"))).toEqual([]);
  });

  it("keeps the minutes no code bills apart: before the first mark, and caregiver training with the child there", () => {
    const charges = chargesForVisit({
      ...videoVisit,
      minutes: {
        byService: { therapeutic_activities: 25, caregiver_training: 10 },
        unmarkedChildPresent: 4,
        caregiverOnly: 0,
      },
    });
    expect(charges.unassignedMinutes).toBe(14);
    expect(charges.lines.map((l) => l.code)).toEqual(["97530"]);
  });

  it("bills group caregiver training once for two or more patients represented", () => {
    expect(
      summary({
        ...videoVisit,
        patientsRepresented: 3,
        standardFees: { ...videoVisit.standardFees, "97552": 7_500 },
      }),
    ).toContain("97552×1@7500=7500");
  });

  it("names the codes with no fee anywhere, and prices them at nothing", () => {
    const charges = chargesForVisit({ ...videoVisit, untimed: ["97165"] });
    expect(charges.unpricedCodes).toEqual(["97165"]);
    expect(charges.lines.find((l) => l.code === "97165")?.cents).toBe(0);
  });

  it("adapts the lines to the payer's telehealth rules", () => {
    const medicaid = {
      ...cms,
      telehealth: { ...cms.telehealth, placeOfService: "11" as const, modifier: "GT" as const },
      habilitativeModifiers: false,
    };
    const charges = chargesForVisit({ ...videoVisit, rules: medicaid });
    expect(charges.placeOfService).toBe("11");
    expect(charges.lines[0]?.modifiers).toEqual(["GO", "GT"]);
  });
});

describe("chargeChanges", () => {
  it("shows only the codes an addendum's minutes changed, in units and cents", () => {
    const before = chargesForVisit(videoVisit).lines;
    const after = chargesForVisit({
      ...videoVisit,
      minutes: { ...videoVisit.minutes, byService: { therapeutic_activities: 40, self_care: 13 } },
    }).lines;
    expect(chargeChanges(before, after)).toEqual([
      { code: "97530", unitsBefore: 2, unitsAfter: 3, centsChange: 9_000 },
    ]);
  });

  it("a code gone and a code new both show", () => {
    const before = chargesForVisit(videoVisit).lines;
    const after = chargesForVisit({
      ...videoVisit,
      minutes: { ...videoVisit.minutes, caregiverOnly: 0 },
      untimed: ["97168"],
      standardFees: { ...videoVisit.standardFees, "97168": 16_000 },
    }).lines;
    expect(chargeChanges(before, after)).toEqual([
      { code: "97550", unitsBefore: 1, unitsAfter: 0, centsChange: -18_000 },
      { code: "97168", unitsBefore: 0, unitsAfter: 1, centsChange: 16_000 },
    ]);
  });

  it("no change shows nothing", () => {
    const lines = chargesForVisit(videoVisit).lines;
    expect(chargeChanges(lines, lines)).toEqual([]);
  });
});
