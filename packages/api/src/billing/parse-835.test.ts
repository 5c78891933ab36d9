import { describe, expect, it } from "vitest";

import { write835, type Remittance } from "@carryover/domain/billing";

import { parse835 } from "./parse-835";

const remittance: Remittance = {
  payer: { name: "BLUE PRAIRIE HEALTH", id: "BPH01" },
  payee: { name: "MAPLE GROVE PEDIATRIC THERAPY", npi: "1245319599" },
  paymentCents: 25_950,
  method: "ACH",
  paidOn: "2026-12-10",
  traceNumber: "EFT0042",
  claims: [
    {
      controlNumber: "CO-000102",
      status: "1",
      chargedCents: 45_000,
      paidCents: 24_000,
      patientResponsibilityCents: 6_000,
      payerClaimNumber: "2026340000002",
      adjustments: [],
      lines: [
        {
          code: "97530",
          modifiers: ["GO", "95"],
          chargedCents: 45_000,
          paidCents: 24_000,
          units: 3,
          serviceDate: "2026-11-10",
          adjustments: [
            { group: "CO", reason: "45", cents: 15_000, quantity: null },
            { group: "PR", reason: "2", cents: 6_000, quantity: null },
          ],
          remarks: ["N130"],
        },
      ],
      remarks: [],
      line: 0,
    },
    {
      controlNumber: "CO-000103",
      status: "4",
      chargedCents: 15_000,
      paidCents: 0,
      patientResponsibilityCents: 0,
      payerClaimNumber: null,
      adjustments: [{ group: "CO", reason: "197", cents: 15_000, quantity: null }],
      lines: [],
      remarks: ["MA130"],
      line: 0,
    },
  ],
  providerAdjustments: [
    { reason: "WO", reference: "2026300000099", cents: -2_000, fiscalPeriodEnd: "2026-12-31" },
    { reason: "L6", reference: null, cents: 50, fiscalPeriodEnd: "2026-12-31" },
  ],
};

const edi = write835({ ...remittance, interchangeControlNumber: 7, createdOn: "2026-12-08" });
const lines = edi.split("\n");
const lineOf = (prefix: string) => lines.findIndex((line) => line.startsWith(prefix)) + 1;
const problemOf = (content: string) => {
  const result = parse835(content);
  return result.ok ? null : result.problem;
};

describe("parse835", () => {
  it("reads a file write835 wrote back into the same remittance, each claim at its CLP's line", () => {
    expect(parse835(edi)).toEqual({
      ok: true,
      remittance: {
        ...remittance,
        claims: remittance.claims.map((claim) => ({
          ...claim,
          line: lineOf(`CLP*${claim.controlNumber}`),
        })),
      },
    });
  });

  it("reads composites whatever component separator ISA16 names", () => {
    const result = parse835(edi.replaceAll(":", ">"));
    expect(result.ok && result.remittance.claims[0]?.lines[0]?.modifiers).toEqual(["GO", "95"]);
  });

  it("counts lines from the file's start when blank lines come before ISA", () => {
    const result = parse835(`\n\n${edi}`);
    expect(result.ok && result.remittance.claims[0]?.line).toBe(lineOf("CLP*CO-000102") + 2);
  });

  it("refuses a file cut short, naming its last whole segment's line", () => {
    const cut = edi.slice(0, edi.indexOf("CAS*PR") + 4);
    expect(problemOf(cut)).toMatchObject({ tag: "SE", line: lineOf("CAS*CO") });
    expect(problemOf(cut)?.message).toMatch(/ends before SE .* cut short/);
  });

  it("refuses a file without its IEA", () => {
    const problem = problemOf(edi.slice(0, edi.lastIndexOf("IEA")));
    expect(problem).toMatchObject({ tag: "IEA", line: lineOf("GE*") });
  });

  it("refuses a transaction whose SE01 does not count its segments, at the SE", () => {
    const problem = problemOf(edi.replace(/SE\*\d+\*0001/, "SE*5*0001"));
    expect(problem).toMatchObject({ tag: "SE", line: lineOf("SE*") });
    expect(problem?.message).toMatch(/^SE01 says 5, which does not match/);
  });

  it("refuses, never throws, wherever the file is cut", () => {
    for (let end = 0; end < edi.length; end++) expect(parse835(edi.slice(0, end)).ok).toBe(false);
  });

  it("names a segment outside any transaction and its line", () => {
    const problem = problemOf(edi.replace("ST*835", "XX*835"));
    expect(problem).toMatchObject({ tag: "XX", line: 3, position: 3 });
    expect(problem?.message).toBe("XX sits outside a transaction: an ST is missing before it.");
  });

  it("refuses text that is not X12", () => {
    expect(problemOf("Dear billing team, please find our payment attached.")).toMatchObject({
      tag: "ISA",
      line: 1,
      message: "The file does not begin with ISA: it is not an X12 file.",
    });
    expect(problemOf(`ISA*${"garbage ".repeat(20)}`)?.message).toMatch(/ISA segment is not 106/);
  });

  it("refuses an empty file and one over 5 MB", () => {
    expect(problemOf(" \n")?.message).toBe("The file is empty.");
    expect(problemOf(edi + " ".repeat(5_000_000))?.message).toMatch(/over 5 MB/);
  });

  it("refuses another transaction, saying it is not an 835", () => {
    const claim837 = [
      lines[0],
      "GS*HC*CARRYOVER01*BPH01*20261206*1405*7*X*005010X222A1~",
      "ST*837*0001*005010X222A1~",
      "BHT*0019*00*0001*20261206*1405*CH~",
      "SE*3*0001~",
      "GE*1*7~",
      "IEA*1*000000007~",
    ].join("\n");
    expect(problemOf(claim837)).toMatchObject({
      tag: "ST",
      line: 3,
      position: 3,
      message: "This is an 837 transaction, not an 835 remittance.",
    });
  });
});
