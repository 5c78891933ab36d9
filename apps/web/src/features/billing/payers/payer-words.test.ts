import { describe, expect, it } from "vitest";

import type { PayerRuleSet } from "@carryover/domain/billing";

import { describeRules } from "./payer-words";

const medicaid: PayerRuleSet = {
  timedMethod: "ama",
  telehealth: { paidCodes: ["97530"], placeOfService: "11", modifier: "GT" },
  habilitativeModifiers: false,
  visitLimitPerYear: 30,
  priorAuthorization: { required: "always" },
  therapyThresholdCents: null,
};

describe("describeRules", () => {
  it("says a Medicaid plan's rules as the billing home shows them", () => {
    expect(describeRules(medicaid).join(" · ")).toBe(
      "AMA method · telehealth: POS 11 with GT · prior authorization on every visit · 30 visits a year · no 96/97 modifiers",
    );
  });

  it("says a Medicare plan's threshold, authorization after visits and unpaid telehealth", () => {
    expect(
      describeRules({
        timedMethod: "cms",
        telehealth: { paidCodes: [], placeOfService: "as_coded", modifier: "95" },
        habilitativeModifiers: true,
        visitLimitPerYear: null,
        priorAuthorization: { required: "after_visits", visits: 1 },
        therapyThresholdCents: 248_000,
      }),
    ).toEqual([
      "CMS 8-minute rule",
      "telehealth not paid",
      "prior authorization after 1 visit a year",
      "no visit limit",
      "96/97 modifiers",
      "KX above $2,480.00 a year",
    ]);
  });

  it("says a commercial plan that takes telehealth as coded without a modifier", () => {
    const rules: PayerRuleSet = {
      ...medicaid,
      telehealth: { paidCodes: ["97530"], placeOfService: "as_coded", modifier: "none" },
      priorAuthorization: { required: "never" },
    };
    expect(describeRules(rules)).toContain("telehealth: POS as coded (10 or 02) no modifier");
    expect(describeRules(rules)).toContain("no prior authorization");
  });
});
