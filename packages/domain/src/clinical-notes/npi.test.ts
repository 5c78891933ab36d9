import { describe, expect, it } from "vitest";

import { isValidNpi, Npi, npiWithCheckDigit, ReferringPhysician } from "./npi";

const LENGTH = "Enter the 10-digit NPI";
const CHECK_DIGIT = "That NPI's check digit is wrong — check the number";

const messages = (value: unknown) => Npi.safeParse(value).error?.issues.map((i) => i.message);

describe("isValidNpi", () => {
  it("accepts the CMS example 1234567893", () => {
    expect(isValidNpi("1234567893")).toBe(true);
  });

  it("accepts other numbers whose check digit is right", () => {
    expect(isValidNpi("1245319599")).toBe(true);
    expect(isValidNpi("1003000126")).toBe(true);
  });

  it("rejects a wrong check digit", () => {
    expect(isValidNpi("1234567890")).toBe(false);
    expect(isValidNpi("1245319598")).toBe(false);
  });

  it("rejects a swap of two neighbouring digits", () => {
    expect(isValidNpi("2134567893")).toBe(false);
  });

  it("rejects 9 or 11 digits, letters and untrimmed spaces", () => {
    expect(isValidNpi("123456789")).toBe(false);
    expect(isValidNpi("12345678930")).toBe(false);
    expect(isValidNpi("123456789A")).toBe(false);
    expect(isValidNpi(" 1234567893")).toBe(false);
    expect(isValidNpi("")).toBe(false);
  });
});

describe("Npi", () => {
  it("accepts a valid NPI and trims spaces around it", () => {
    expect(Npi.parse("1234567893")).toBe("1234567893");
    expect(Npi.parse("  1234567893 ")).toBe("1234567893");
  });

  it("asks for 10 digits when the length is wrong", () => {
    expect(messages("123456789")).toEqual([LENGTH]);
    expect(messages("12345678930")).toEqual([LENGTH]);
    expect(messages("")).toEqual([LENGTH]);
  });

  it("asks for 10 digits when there are letters or inner spaces", () => {
    expect(messages("12345A7893")).toEqual([LENGTH]);
    expect(messages("12345 67893")).toEqual([LENGTH]);
  });

  it("asks for 10 digits when the value is not text", () => {
    expect(messages(1234567893)).toEqual([LENGTH]);
  });

  it("says the check digit is wrong for 10 digits that fail the check", () => {
    expect(messages("1234567890")).toEqual([CHECK_DIGIT]);
  });
});

describe("ReferringPhysician", () => {
  const physician = { name: "Dr. Ana Ruiz", npi: "1234567893" };

  it("needs only a name and an NPI", () => {
    expect(ReferringPhysician.parse(physician)).toEqual(physician);
  });

  it("keeps a phone and a fax, trimmed", () => {
    expect(
      ReferringPhysician.parse({ ...physician, phone: " (555) 201-3344 ", fax: "555-201-3345" }),
    ).toEqual({ ...physician, phone: "(555) 201-3344", fax: "555-201-3345" });
  });

  it("names the field that is wrong", () => {
    const result = ReferringPhysician.safeParse({
      name: " ",
      npi: "1234567890",
      fax: "call me",
    });
    const byField = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
    );
    expect(byField.name).toBe("Enter a name");
    expect(byField.npi).toBe(CHECK_DIGIT);
    expect(Object.keys(byField).sort()).toEqual(["fax", "name", "npi"]);
  });

  it("rejects a missing NPI", () => {
    expect(ReferringPhysician.safeParse({ name: "Dr. Ana Ruiz" }).success).toBe(false);
  });
});

describe("npiWithCheckDigit", () => {
  it("completes a 9-digit stem with its check digit, and refuses anything else", () => {
    expect(npiWithCheckDigit("123456789")).toBe("1234567893");
    expect(isValidNpi(npiWithCheckDigit("164902817"))).toBe(true);
    expect(() => npiWithCheckDigit("12345678")).toThrow(RangeError);
  });
});
