import { describe, expect, it } from "vitest";

import { ClinicAddress, ClinicPhone, telHref } from "./contact";

describe("ClinicPhone", () => {
  it("takes numbers as people write them", () => {
    expect(ClinicPhone.parse(" (555) 010-2000 ")).toBe("(555) 010-2000");
    expect(ClinicPhone.parse("+1 555.010.2000")).toBe("+1 555.010.2000");
  });
  it("refuses letters, too few and too many digits", () => {
    expect(ClinicPhone.safeParse("call us").success).toBe(false);
    expect(ClinicPhone.safeParse("555-01").success).toBe(false);
    expect(ClinicPhone.safeParse("1234567890123456").success).toBe(false);
  });
});

describe("ClinicAddress", () => {
  it("keeps one line per line, dropping blank ones", () => {
    expect(ClinicAddress.parse("120 Elm Street\r\n\n Springfield, IL 62701 ")).toBe(
      "120 Elm Street\nSpringfield, IL 62701",
    );
  });
  it("refuses more than four lines and NUL", () => {
    expect(ClinicAddress.safeParse("a\nb\nc\nd\ne").success).toBe(false);
    expect(ClinicAddress.safeParse("a\u0000b").success).toBe(false);
  });
});

describe("telHref", () => {
  it("dials digits only, keeping a leading +", () => {
    expect(telHref("(555) 010-2000")).toBe("tel:5550102000");
    expect(telHref("+1 555 010 2000")).toBe("tel:+15550102000");
  });
});
