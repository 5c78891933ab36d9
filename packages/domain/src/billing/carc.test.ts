import { describe, expect, it } from "vitest";

import {
  CARC_FIX_KINDS,
  CARC_TABLE,
  describeCarc,
  describeGroup,
  describeRarc,
  RARC_TABLE,
} from "./carc";
import { ADJUSTMENT_GROUPS } from "./remittance";

describe("CARC in plain words", () => {
  it("describes a known code with the payer's words, the family's words and the fix", () => {
    expect(describeCarc("197")).toEqual({
      code: "197",
      description: "Precertification/notification/authorization/pre-treatment absent.",
      plain: "The plan needed an authorization for this visit and has none on file.",
      fix: {
        kind: "authorization",
        words: "Add or renew the authorization, then send a corrected claim.",
      },
    });
  });

  it("sends the family's share to the family and the contracted rate to nobody", () => {
    expect(["1", "2", "3"].map((code) => describeCarc(code).fix)).toEqual(
      Array(3).fill({ kind: "family", words: "This is the family's share." }),
    );
    expect(describeCarc("45").fix).toEqual({
      kind: "none",
      words: "The contracted rate; nothing to do.",
    });
    expect(describeCarc("29").fix.kind).toBe("timely_filing");
  });

  it("reads letter codes whatever their case", () => {
    expect(describeCarc(" b13").code).toBe("B13");
    expect(describeCarc("b13").plain).toBe(CARC_TABLE.B13?.plain);
  });

  it("shows a code not in the table by number, pointing at the remittance advice", () => {
    expect(describeCarc("P21")).toEqual({
      code: "P21",
      description: "Reason code P21.",
      plain: "See the payer's remittance advice.",
      fix: { kind: "none", words: "See the payer's remittance advice." },
    });
  });

  it("has the codes a pediatric OT clinic meets most", () => {
    const codes =
      "1 2 3 4 5 6 11 15 16 18 22 23 26 27 29 31 39 45 50 55 96 97 107 109 119 140 146 150 151 167 170 181 182 185 189 197 198 199 200 204 226 227 234 236 242 252 253 256 B7 B9 B11 B13 B15 B16";
    expect(codes.split(" ").filter((code) => !CARC_TABLE[code])).toEqual([]);
  });

  it("gives every entry a description, plain words and a fix of a known kind", () => {
    for (const [code, entry] of Object.entries(CARC_TABLE)) {
      expect(entry.description.trim(), code).not.toBe("");
      expect(entry.plain.trim(), code).not.toBe("");
      expect(entry.fix.words.trim(), code).not.toBe("");
      expect(CARC_FIX_KINDS, code).toContain(entry.fix.kind);
    }
  });
});

describe("group codes and remark codes", () => {
  it("names every adjustment group", () => {
    expect(ADJUSTMENT_GROUPS.map(describeGroup)).toEqual([
      "Contractual obligation",
      "Patient responsibility",
      "Other adjustment",
      "Payer initiated reduction",
      "Correction or reversal",
    ]);
  });

  it("describes a known remark code and falls back for an unknown one", () => {
    expect(describeRarc("n130").plain).toBe(RARC_TABLE.N130?.plain);
    expect(describeRarc("N9999")).toEqual({
      code: "N9999",
      description: "Remark code N9999.",
      plain: "See the payer's remittance advice.",
    });
  });

  it("has the common remark codes, each in plain words", () => {
    const codes =
      "N4 N30 N115 N362 M15 M80 MA130 N130 N286 N290 N425 N432 N522 N657 M86 N20 N19 MA04 N479 N3";
    expect(codes.split(" ").filter((code) => !RARC_TABLE[code]?.plain)).toEqual([]);
  });
});
