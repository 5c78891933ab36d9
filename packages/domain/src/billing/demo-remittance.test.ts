import { describe, expect, it } from "vitest";

import { adjustment, paymentFor, reversalOf } from "./demo-remittance";
import { balanceOf, postingsOf } from "./remittance-postings";

const claim = {
  number: 1042,
  serviceOn: "2026-11-02",
  lines: [
    { code: "97530", modifiers: ["GO"], units: 2, cents: 24_000 },
    { code: "97535", modifiers: ["GO"], units: 1, cents: 11_000 },
  ],
};

describe("paymentFor", () => {
  it("pays each line what its adjustments leave, and totals the claim", () => {
    const payment = paymentFor(claim, "1", (cents, index) => [
      adjustment("CO", "45", cents / 5),
      ...(index === 0 ? [adjustment("PR", "3", 2_000)] : []),
    ]);
    expect(payment).toMatchObject({
      controlNumber: "CO-001042",
      chargedCents: 35_000,
      paidCents: 35_000 - 7_000 - 2_000,
      patientResponsibilityCents: 2_000,
    });
    expect(payment.lines.map((line) => line.paidCents)).toEqual([17_200, 8_800]);
  });
});

describe("reversalOf", () => {
  it("posts exactly what undoes the payment it reverses", () => {
    const payment = paymentFor(claim, "1", (cents) => [
      adjustment("CO", "45", 1_000),
      adjustment("PR", "1", cents / 10),
    ]);
    const reversal = reversalOf(payment);
    expect(reversal.status).toBe("22");
    const indexes = [0, 1];
    expect(balanceOf([...postingsOf(payment, indexes), ...postingsOf(reversal, indexes)])).toEqual({
      insurance: 0,
      family: 0,
      total: 0,
    });
  });
});
