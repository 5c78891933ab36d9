import { describe, expect, it } from "vitest";

import { checkSigningAnswer, signingFieldOf } from "./signing-form";

const TOKEN = "a".repeat(43);

describe("checkSigningAnswer", () => {
  it("accepts a name, a valid NPI and the attestation, dated the clinic's today", () => {
    const checked = checkSigningAnswer(TOKEN, "2026-12-06", {
      physicianName: "Dr. Ana Ortiz",
      npi: "1234567893",
      attest: true,
    });
    expect(checked).toEqual({
      ok: true,
      input: {
        token: TOKEN,
        signedOn: "2026-12-06",
        physicianName: "Dr. Ana Ortiz",
        npi: "1234567893",
        attest: true,
      },
    });
  });

  it("puts the NPI check-digit message beside the NPI", () => {
    const checked = checkSigningAnswer(TOKEN, "2026-12-06", {
      physicianName: "Dr. Ana Ortiz",
      npi: "1234567890",
      attest: true,
    });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.npi).toMatch(/check digit/);
  });

  it("asks for the name, the NPI and the attestation when all are missing", () => {
    const checked = checkSigningAnswer(TOKEN, "2026-12-06", {
      physicianName: "",
      npi: "",
      attest: false,
    });
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(Object.keys(checked.errors).sort()).toEqual(["attest", "npi", "physicianName"]);
      expect(checked.errors.attest).toMatch(/reviewed and certify/);
    }
  });

  it("reports an incomplete link above the form, not on a field", () => {
    const checked = checkSigningAnswer("short", "2026-12-06", {
      physicianName: "Dr. Ana Ortiz",
      npi: "1234567893",
      attest: true,
    });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problem).toMatch(/incomplete/);
  });
});

describe("signingFieldOf", () => {
  it("names the form's own fields only", () => {
    expect(signingFieldOf("npi")).toBe("npi");
    expect(signingFieldOf("signedOn")).toBeNull();
    expect(signingFieldOf("token")).toBeNull();
  });
});
