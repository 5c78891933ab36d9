import { describe, expect, it } from "vitest";

import { describePaymentStatus, describeProviderAdjustment } from "./claim-payment-status";

describe("describePaymentStatus", () => {
  it("says what the payer did in words", () => {
    expect(describePaymentStatus("1")).toBe("Paid as primary");
    expect(describePaymentStatus("4")).toBe("Denied");
    expect(describePaymentStatus("22")).toBe("Reversal of an earlier payment");
  });

  it("names a status it does not know by number", () => {
    expect(describePaymentStatus("99")).toBe("Status 99: see the payer's remittance advice");
  });
});

describe("describeProviderAdjustment", () => {
  it("says what a provider-level adjustment is", () => {
    expect(describeProviderAdjustment("L6")).toBe("Interest owed");
    expect(describeProviderAdjustment("WO")).toBe("Overpayment recovery");
    expect(describeProviderAdjustment("ZZ")).toMatch(/^Adjustment ZZ/);
  });
});
