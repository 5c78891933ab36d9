import { describe, expect, it } from "vitest";

import { PayerDetails, type Payer } from "@carryover/api/contracts/payer";

import { draftOfPayer, payerFieldOf, payerInputOf } from "./payer-draft";

const bluePrairie: Payer = {
  id: "6f1d7a52-5d0f-4b8e-9a4e-0c2b7d1e9f10",
  name: "Blue Prairie PPO",
  kind: "commercial",
  payerId: "BPP01",
  address: { addressLine1: "PO Box 7700", city: "Chicago", state: "IL", zip: "60680" },
  rules: {
    timedMethod: "ama",
    telehealth: { paidCodes: ["97530", "97535"], placeOfService: "as_coded", modifier: "95" },
    habilitativeModifiers: true,
    visitLimitPerYear: 40,
    priorAuthorization: { required: "after_visits", visits: 20 },
    therapyThresholdCents: 248_000,
  },
  archivedAt: null,
  plansInForce: 2,
};

describe("a payer's draft", () => {
  it("reads back as the payer it was drawn from", () => {
    const { id: _id, archivedAt: _a, plansInForce: _p, ...details } = bluePrairie;
    expect(PayerDetails.parse(payerInputOf(draftOfPayer(bluePrairie)))).toEqual(details);
  });

  it("reads empty optional fields as none: no payer id, address, limit or threshold", () => {
    const draft = {
      ...draftOfPayer(null),
      name: "Self-pay families",
      kind: "self_pay" as const,
      priorAuthorization: "always" as const,
    };
    expect(PayerDetails.parse(payerInputOf(draft))).toMatchObject({
      payerId: null,
      address: null,
      rules: {
        visitLimitPerYear: null,
        therapyThresholdCents: null,
        priorAuthorization: { required: "always" },
      },
    });
  });

  it("reads dollars as cents, and what is not a number as the contract's refusal", () => {
    const draft = { ...draftOfPayer(bluePrairie), therapyThreshold: "$2,480.5", visitLimit: "3o" };
    const parsed = PayerDetails.safeParse(payerInputOf(draft));
    expect(parsed.error?.issues.map((i) => [payerFieldOf(i.path.join(".")), i.message])).toEqual([
      ["visitLimit", "Enter a whole number from 0 to 100,000"],
    ]);
    const fixed = PayerDetails.parse(payerInputOf({ ...draft, visitLimit: "30" }));
    expect(fixed.rules.therapyThresholdCents).toBe(248_050);
  });

  it("places every path's message under its field", () => {
    expect(payerFieldOf("address.zip")).toBe("zip");
    expect(payerFieldOf("payerId")).toBe("payerId");
    expect(payerFieldOf("rules.telehealth.paidCodes.2")).toBe("paidCodes");
    expect(payerFieldOf("rules.priorAuthorization.visits")).toBe("authorizationAfter");
    expect(payerFieldOf("rules.therapyThresholdCents")).toBe("therapyThreshold");
    expect(payerFieldOf("elsewhere")).toBeNull();
  });
});
