import { describe, expect, it } from "vitest";

import { Icd10Code, normalizeIcd10, searchDiagnoses } from "./icd10";
import { DIAGNOSIS_GROUPS, PEDIATRIC_OT_DIAGNOSES } from "./icd10-codes";

const MESSAGE = "Enter an ICD-10-CM code like F82 or F84.0";
const codes = (query: string, limit?: number) => searchDiagnoses(query, limit).map((d) => d.code);

describe("normalizeIcd10", () => {
  it("keeps a dotted upper-case code as it is", () => {
    expect(normalizeIcd10("F84.0")).toBe("F84.0");
    expect(normalizeIcd10("Z62.820")).toBe("Z62.820");
    expect(normalizeIcd10("S52.521A")).toBe("S52.521A");
  });

  it("keeps a three-character category without a dot", () => {
    expect(normalizeIcd10("F82")).toBe("F82");
    expect(normalizeIcd10("f88")).toBe("F88");
  });

  it("upper-cases and adds the missing dot", () => {
    expect(normalizeIcd10("f840")).toBe("F84.0");
    expect(normalizeIcd10("r6331")).toBe("R63.31");
    expect(normalizeIcd10("r63.31")).toBe("R63.31");
  });

  it("accepts a letter in the third place, as in C7A or M1A", () => {
    expect(normalizeIcd10("c7a.010")).toBe("C7A.010");
    expect(normalizeIcd10("M1A")).toBe("M1A");
  });

  it("trims spaces around the code", () => {
    expect(normalizeIcd10("  f84.0 ")).toBe("F84.0");
  });

  it("rejects a code that does not start with a letter then a digit", () => {
    expect(normalizeIcd10("884.0")).toBeNull();
    expect(normalizeIcd10("FF4.0")).toBeNull();
  });

  it("rejects fewer than 3 characters before the dot", () => {
    expect(normalizeIcd10("F8")).toBeNull();
    expect(normalizeIcd10("F8.40")).toBeNull();
  });

  it("rejects more than 4 characters after the dot", () => {
    expect(normalizeIcd10("S52.521AB")).toBeNull();
    expect(normalizeIcd10("S52521AB")).toBeNull();
  });

  it("rejects a dot with nothing after it, inner spaces and symbols", () => {
    expect(normalizeIcd10("F84.")).toBeNull();
    expect(normalizeIcd10("F84 0")).toBeNull();
    expect(normalizeIcd10("F84-0")).toBeNull();
    expect(normalizeIcd10("")).toBeNull();
  });
});

describe("Icd10Code", () => {
  it("normalizes a valid code", () => {
    expect(Icd10Code.parse(" f840 ")).toBe("F84.0");
  });

  it("accepts a code of the right shape outside the offered list", () => {
    expect(PEDIATRIC_OT_DIAGNOSES.some((d) => d.code === "Q05.9")).toBe(false);
    expect(Icd10Code.parse("q059")).toBe("Q05.9");
  });

  it("shows an example for a code of the wrong shape or a value that is not text", () => {
    expect(Icd10Code.safeParse("autism").error?.issues.map((i) => i.message)).toEqual([MESSAGE]);
    expect(Icd10Code.safeParse(840).error?.issues.map((i) => i.message)).toEqual([MESSAGE]);
  });
});

describe("PEDIATRIC_OT_DIAGNOSES", () => {
  it("holds every code in its dotted upper-case form", () => {
    for (const { code } of PEDIATRIC_OT_DIAGNOSES) expect(normalizeIcd10(code)).toBe(code);
  });

  it("lists each code once", () => {
    const all = PEDIATRIC_OT_DIAGNOSES.map((d) => d.code);
    expect(new Set(all).size).toBe(all.length);
  });

  it("gives each code a description and a known group", () => {
    for (const d of PEDIATRIC_OT_DIAGNOSES) {
      expect(d.description.trim()).not.toBe("");
      expect(DIAGNOSIS_GROUPS).toContain(d.group);
    }
  });

  it("offers the codes of DOMAIN.md, with the FY2022 feeding codes instead of R63.3", () => {
    const all = PEDIATRIC_OT_DIAGNOSES.map((d) => d.code);
    for (const code of ["F82", "F84.0", "F88", "F89", "R27.8", "R27.9", "R62.50", "R62.0"])
      expect(all).toContain(code);
    expect(all).toEqual(expect.arrayContaining(["R63.30", "R63.31", "R63.32", "R63.39"]));
    expect(all).toEqual(expect.arrayContaining(["F90.0", "F90.1", "F90.2", "F90.8", "F90.9"]));
    expect(all).not.toContain("R63.3");
  });
});

describe("searchDiagnoses", () => {
  it("finds codes by prefix, in code order", () => {
    expect(codes("F84")).toEqual(["F84.0", "F84.2", "F84.5", "F84.8", "F84.9"]);
    expect(codes("r63")).toEqual(["R63.30", "R63.31", "R63.32", "R63.39"]);
  });

  it("finds a code typed with or without its dot, in any case", () => {
    expect(codes("f84.0")).toEqual(["F84.0"]);
    expect(codes("F840")).toEqual(["F84.0"]);
  });

  it("finds descriptions containing every word, in any case and order", () => {
    expect(codes("motor dev")).toEqual(["F82"]);
    expect(codes("PALSY spastic")).toEqual(["G80.0", "G80.1", "G80.2"]);
  });

  it("finds nothing when one word is missing from every description", () => {
    expect(codes("motor autism")).toEqual([]);
  });

  it("puts code-prefix matches before description matches, each in code order", () => {
    // Q90.9 by its code; G80.0 (quadriplegic) and Z62.0 (inadequate) by their descriptions.
    expect(codes("q")).toEqual(["Q90.9", "G80.0", "Z62.0"]);
  });

  it("lists the first entries in code order for an empty or blank query", () => {
    const first = [...PEDIATRIC_OT_DIAGNOSES.map((d) => d.code)].sort().slice(0, 20);
    expect(codes("")).toEqual(first);
    expect(codes("   ")).toEqual(first);
    expect(codes("", 3)).toEqual(["F50.82", "F80.1", "F80.2"]);
  });

  it("trims the query", () => {
    expect(codes("  F82 ")).toEqual(["F82"]);
  });

  it("reads at most 100 characters of the query", () => {
    expect(codes(`motor${" ".repeat(95)}autism`)).toEqual(["F82"]);
  });

  it("returns at most `limit` matches", () => {
    expect(codes("P07", 3)).toEqual(["P07.30", "P07.31", "P07.32"]);
    expect(codes("P07", 0)).toEqual([]);
  });

  it("throws a RangeError for a negative or fractional limit", () => {
    expect(() => searchDiagnoses("F82", -1)).toThrow(RangeError);
    expect(() => searchDiagnoses("F82", 1.5)).toThrow(/limit/);
  });
});
