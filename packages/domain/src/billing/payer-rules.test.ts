import { describe, expect, it } from "vitest";

import { codeEncounter, type Encounter } from "./code-encounter";
import {
  applyPayerRules,
  isAboveTherapyThreshold,
  needsAuthorization,
  withinVisitLimit,
  type PayerRuleSet,
} from "./payer-rules";

const medicare: PayerRuleSet = {
  timedMethod: "cms",
  telehealth: {
    paidCodes: ["97530", "97535", "97110", "97112", "97550", "97551"],
    placeOfService: "as_coded",
    modifier: "95",
  },
  habilitativeModifiers: true,
  visitLimitPerYear: null,
  priorAuthorization: { required: "never" },
  therapyThresholdCents: 248_000,
};
/** A state Medicaid plan that wants telehealth as an office visit marked GT, without 96/97. */
const medicaid: PayerRuleSet = {
  ...medicare,
  telehealth: { ...medicare.telehealth, placeOfService: "11", modifier: "GT" },
  habilitativeModifiers: false,
  priorAuthorization: { required: "always" },
  therapyThresholdCents: null,
};
const commercial: PayerRuleSet = {
  ...medicare,
  timedMethod: "ama",
  telehealth: { ...medicare.telehealth, modifier: "none" },
  visitLimitPerYear: 40,
  priorAuthorization: { required: "after_visits", visits: 20 },
  therapyThresholdCents: null,
};

const videoVisit: Encounter = {
  method: "cms",
  timed: [{ code: "97530", minutes: 38 }],
  modality: "telehealth",
  telehealth: { patientAtHome: true, audioOnly: false },
  habilitative: true,
};

describe("applyPayerRules", () => {
  it("leaves the engine's telehealth claim as it is for a payer that takes it so", () => {
    const coded = codeEncounter(videoVisit);
    expect(applyPayerRules(coded, medicare)).toEqual(coded);
  });

  it("gives a Medicaid plan place of service 11 with GT instead of 10 with 95, and no 96/97", () => {
    expect(applyPayerRules(codeEncounter(videoVisit), medicaid)).toEqual({
      placeOfService: "11",
      lines: [{ code: "97530", units: 3, modifiers: ["GO", "GT"] }],
    });
  });

  it("drops the telehealth modifier for a payer that wants none", () => {
    expect(applyPayerRules(codeEncounter(videoVisit), commercial).lines[0]?.modifiers).toEqual([
      "GO",
      "96",
    ]);
  });

  it("keeps 93 on an audio-only visit whatever the payer marks video with", () => {
    const audio = codeEncounter({
      ...videoVisit,
      telehealth: { patientAtHome: false, audioOnly: true },
    });
    expect(applyPayerRules(audio, medicaid)).toEqual({
      placeOfService: "11",
      lines: [{ code: "97530", units: 3, modifiers: ["GO", "93"] }],
    });
  });

  it("changes nothing of an in-person visit but the habilitative modifier", () => {
    const office = codeEncounter({ ...videoVisit, modality: "clinic", telehealth: undefined });
    expect(applyPayerRules(office, medicaid)).toEqual({
      placeOfService: "11",
      lines: [{ code: "97530", units: 3, modifiers: ["GO"] }],
    });
  });
});

describe("a payer's limits", () => {
  it("prior authorization: never, always, or from the Nth visit of the year", () => {
    expect(needsAuthorization(medicare, 30)).toBe(false);
    expect(needsAuthorization(medicaid, 0)).toBe(true);
    expect(needsAuthorization(commercial, 19)).toBe(false);
    expect(needsAuthorization(commercial, 20)).toBe(true);
  });

  it("KX above the therapy threshold, not at it", () => {
    expect(isAboveTherapyThreshold(medicare, 248_000)).toBe(false);
    expect(isAboveTherapyThreshold(medicare, 248_001)).toBe(true);
    expect(isAboveTherapyThreshold(commercial, 10_000_000)).toBe(false);
  });

  it("a yearly visit limit of 40 pays the 40th visit, not the 41st", () => {
    expect(withinVisitLimit(commercial, 39)).toBe(true);
    expect(withinVisitLimit(commercial, 40)).toBe(false);
    expect(withinVisitLimit(medicare, 400)).toBe(true);
  });
});
