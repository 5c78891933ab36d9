import { describe, expect, it } from "vitest";

import { readRemittance } from "./read-remittance";
import {
  centsOf,
  isDenial,
  isReversal,
  type ClaimPayment,
  type Remittance,
  type RemittanceSegment,
} from "./remittance";
import { x12SignedAmount } from "./x12";
import { write835 } from "./x12-835-writer";

/** A tiny splitter, so the domain's tests need no parser: "~" between segments, "*" between elements. */
const segmentsOf = (texts: string[]): RemittanceSegment[] =>
  texts.map((text, index) => {
    const [tag = "", ...elements] = text.trim().split("*");
    return { tag, elements, line: index + 1, position: index + 1 };
  });
const splitFile = (edi: string) => segmentsOf(edi.split("~").filter((s) => s.trim() !== ""));

const claim = (payment: Partial<ClaimPayment> & Pick<ClaimPayment, "controlNumber">) => ({
  status: "1",
  chargedCents: 0,
  paidCents: 0,
  patientResponsibilityCents: 0,
  payerClaimNumber: null,
  adjustments: [],
  lines: [],
  remarks: [],
  line: 0,
  ...payment,
});

const paid = claim({
  controlNumber: "CO-000101",
  chargedCents: 21_000,
  paidCents: 21_000,
  payerClaimNumber: "2026340000001",
  lines: [
    {
      code: "97165",
      modifiers: ["GO"],
      chargedCents: 21_000,
      paidCents: 21_000,
      units: 1,
      serviceDate: "2026-11-12",
      adjustments: [],
      remarks: [],
    },
  ],
});

const partlyPaid = claim({
  controlNumber: "CO-000102",
  chargedCents: 57_550,
  paidCents: 30_000,
  patientResponsibilityCents: 7_500,
  payerClaimNumber: "2026340000002",
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
      remarks: [],
    },
    {
      code: "97550",
      modifiers: ["GO"],
      chargedCents: 12_550,
      paidCents: 6_000,
      units: 1,
      serviceDate: "2026-11-10",
      adjustments: [
        { group: "CO", reason: "45", cents: 5_050, quantity: null },
        { group: "PR", reason: "3", cents: 1_500, quantity: null },
      ],
      remarks: [],
    },
  ],
});

const denied = claim({
  controlNumber: "CO-000103",
  status: "4",
  chargedCents: 15_000,
  remarks: ["MA130", "N286"],
  lines: [
    {
      code: "97530",
      modifiers: ["GO"],
      chargedCents: 15_000,
      paidCents: 0,
      units: 1,
      serviceDate: "2026-11-14",
      adjustments: [{ group: "CO", reason: "197", cents: 15_000, quantity: null }],
      remarks: ["N130"],
    },
  ],
});

const reversal = claim({
  controlNumber: "CO-000099",
  status: "22",
  chargedCents: -21_000,
  paidCents: -18_000,
  patientResponsibilityCents: -3_000,
  payerClaimNumber: "2026300000099",
  lines: [
    {
      code: "97165",
      modifiers: ["GO"],
      chargedCents: -21_000,
      paidCents: -18_000,
      units: 1,
      serviceDate: "2026-10-01",
      adjustments: [{ group: "PR", reason: "3", cents: -3_000, quantity: null }],
      remarks: [],
    },
  ],
});

const secondary = claim({
  controlNumber: "CO-000104",
  status: "2",
  chargedCents: 10_000,
  paidCents: 2_000,
  adjustments: [{ group: "OA", reason: "23", cents: 8_000, quantity: null }],
});

const sixTriplets = claim({
  controlNumber: "CO-000105",
  chargedCents: 30_000,
  paidCents: 10_000,
  patientResponsibilityCents: 4_000,
  lines: [
    {
      code: "97110",
      modifiers: ["GO"],
      chargedCents: 30_000,
      paidCents: 10_000,
      units: 2,
      serviceDate: "2026-11-20",
      adjustments: [
        { group: "CO", reason: "45", cents: 6_000, quantity: null },
        { group: "CO", reason: "59", cents: 4_000, quantity: 1 },
        { group: "CO", reason: "97", cents: 3_000, quantity: null },
        { group: "CO", reason: "253", cents: 200, quantity: null },
        { group: "CO", reason: "23", cents: 1_800, quantity: null },
        { group: "CO", reason: "94", cents: 1_000, quantity: null },
        { group: "PR", reason: "1", cents: 4_000, quantity: null },
      ],
      remarks: [],
    },
  ],
});

const remittance: Remittance = {
  payer: { name: "BLUE PRAIRIE HEALTH", id: "BPH01" },
  payee: { name: "MAPLE GROVE PEDIATRIC THERAPY", npi: "1245319599" },
  paymentCents: 40_125,
  method: "ACH",
  paidOn: "2026-12-10",
  traceNumber: "EFT0042",
  claims: [paid, partlyPaid, denied, reversal, secondary, sixTriplets],
  providerAdjustments: [
    { reason: "WO", reference: "2026300000099", cents: 5_000, fiscalPeriodEnd: "2026-12-31" },
    { reason: "L6", reference: null, cents: -125, fiscalPeriodEnd: "2026-12-31" },
  ],
};

const edi = write835({ ...remittance, interchangeControlNumber: 7, createdOn: "2026-12-08" });
const read = (segments: RemittanceSegment[]) => {
  const result = readRemittance(segments);
  if (!result.ok) throw new Error(result.problem.message);
  return result.remittance;
};
const problemOf = (texts: string[]) => {
  const result = readRemittance(segmentsOf(texts));
  return result.ok ? null : result.problem;
};
const withoutLines = (r: Remittance) => ({
  ...r,
  claims: r.claims.map((c) => ({ ...c, line: 0 })),
});

const header = [
  "ST*835*0001",
  "BPR*I*100*C*CHK************20261210",
  "TRN*1*CHK1001*1999999999",
  "N1*PR*ACME HEALTH",
  "N1*PE*MAPLE GROVE*XX*1245319599",
];
const file = (...detail: string[]) => [...header, ...detail, "SE*9*0001"];

describe("centsOf reads X12 decimals by string arithmetic", () => {
  it.each([
    ["0", 0],
    ["84.2", 8_420],
    ["84.20", 8_420],
    ["-84.20", -8_420],
    [".5", 50],
    ["100", 10_000],
    ["-0", 0],
    ["99999999.99", 9_999_999_999],
  ])("%s is %i cents", (text, cents) => {
    expect(centsOf(text)).toBe(cents);
  });

  it.each(["1.234", "1e3", "", "-", ".", "84.", "12a", "+5", " 5"])(
    "'%s' is not an amount",
    (text) => {
      expect(centsOf(text)).toBeNull();
    },
  );

  it("reads back every signed amount the writer writes", () => {
    for (const cents of [-8_420, -5, 0, 5, 50, 8_420, 9_999_999_999])
      expect(centsOf(x12SignedAmount(cents))).toBe(cents);
  });
});

describe("readRemittance, on a file write835 wrote", () => {
  const back = read(splitFile(edi));

  it("reads back the remittance it was written from", () => {
    expect(withoutLines(back)).toEqual(remittance);
  });

  it("gives each claim payment the line of its CLP", () => {
    const lines = edi.split("\n");
    expect(back.claims.map((c) => lines[c.line - 1]?.split("*")[1])).toEqual(
      remittance.claims.map((c) => c.controlNumber),
    );
  });

  it("writes the six CO triplets in one CAS and the PR one in the next", () => {
    expect(edi).toContain("CAS*CO*45*60**59*40*1*97*30**253*2**23*18**94*10~\nCAS*PR*1*40~");
  });

  it("reads LQ*HE as the line's remarks and MOA03–MOA07 as the claim's", () => {
    const [line] = back.claims[2]?.lines ?? [];
    expect(line?.remarks).toEqual(["N130"]);
    expect(back.claims[2]?.remarks).toEqual(["MA130", "N286"]);
  });

  it("reads a CAS before any SVC as the claim's", () => {
    expect(back.claims[4]?.adjustments).toEqual([
      { group: "OA", reason: "23", cents: 8_000, quantity: null },
    ]);
  });

  it("reads each PLB pair, its reference and the fiscal period end", () => {
    expect(edi).toContain("PLB*1245319599*20261231*WO:2026300000099*50*L6*-1.25~");
    expect(back.providerAdjustments).toEqual(remittance.providerAdjustments);
  });
});

describe("readRemittance, element by element", () => {
  it("takes the payer id from N1*PR's N104 first, then REF*2U, else none", () => {
    const payer = (...segments: string[]) =>
      read(segmentsOf(["ST*835*1", header[1] ?? "", header[2] ?? "", ...segments, "SE*6*1"])).payer
        .id;
    const payee = "N1*PE*MAPLE GROVE";
    expect(payer("N1*PR*ACME*XV*ACME1", "REF*2U*OTHER", payee)).toBe("ACME1");
    expect(payer("N1*PR*ACME", "REF*2U*ACME2", payee)).toBe("ACME2");
    expect(payer("N1*PR*ACME", payee, "REF*2U*NOT-THE-PAYERS")).toBeNull();
  });

  it("reads the payee's NPI only when N103 is XX", () => {
    const payee = (n1: string) => read(segmentsOf([...header.slice(0, 4), n1, "SE*6*0001"])).payee;
    expect(payee("N1*PE*MAPLE GROVE*XX*1245319599").npi).toBe("1245319599");
    expect(payee("N1*PE*MAPLE GROVE*FI*361234567")).toEqual({ name: "MAPLE GROVE", npi: null });
  });

  it("a debit (BPR03 D) is a negative payment", () => {
    const debit = read(segmentsOf(["ST*835*1", "BPR*I*12.5*D*ACH", ...header.slice(2), "SE*6*1"]));
    expect(debit).toMatchObject({ paymentCents: -1_250, paidOn: null, method: "ACH" });
  });

  it("splits SVC01 on '>' as well as ':' and counts one unit when SVC05 is empty", () => {
    const [line] =
      read(segmentsOf(file("CLP*C1*1*100*80", "SVC*HC>97530>GO>KX*100*80"))).claims[0]?.lines ?? [];
    expect(line).toMatchObject({ code: "97530", modifiers: ["GO", "KX"], units: 1 });
  });

  it("takes DTM*472 as the service date, DTM*150 only without it, and skips claim dates", () => {
    const dates = (...dtms: string[]) =>
      read(segmentsOf(file("CLP*C1*1*100*80", "DTM*232*20261101", "SVC*HC:97530*100*80", ...dtms)))
        .claims[0]?.lines[0]?.serviceDate;
    expect(dates("DTM*150*20261103", "DTM*472*20261104")).toBe("2026-11-04");
    expect(dates("DTM*472*20261104", "DTM*150*20261103")).toBe("2026-11-04");
    expect(dates("DTM*150*20261103", "DTM*151*20261105")).toBe("2026-11-03");
    expect(dates()).toBeNull();
  });

  it("adds several transactions into the first one's payment", () => {
    const second = ["ST*835*0002", "BPR*I*50*C*ACH", "TRN*1*EFT9*1", "N1*PR*OTHER", "N1*PE*X"];
    const both = read(
      segmentsOf([
        ...file("CLP*C1*1*100*100", "PLB*1*20261231*L6*-1"),
        ...second,
        "CLP*C2*1*50*50",
        "PLB*1*20261231*WO:R1*2",
        "SE*8*0002",
      ]),
    );
    expect(both).toMatchObject({ payer: { name: "ACME HEALTH" }, traceNumber: "CHK1001" });
    expect(both.paymentCents).toBe(15_000);
    expect(both.claims.map((c) => c.controlNumber)).toEqual(["C1", "C2"]);
    expect(both.providerAdjustments.map((a) => a.reason)).toEqual(["L6", "WO"]);
  });
});

describe("denials and reversals", () => {
  it("a reversal is CLP02 22", () => {
    expect([reversal, paid].map(isReversal)).toEqual([true, false]);
  });

  it("a denial is CLP02 4, or nothing paid and nothing owed by the family (reversals aside)", () => {
    expect(isDenial(denied)).toBe(true);
    expect(isDenial({ ...paid, paidCents: 0 })).toBe(true);
    expect(isDenial({ ...paid, paidCents: 0, patientResponsibilityCents: 2_500 })).toBe(false);
    expect(isDenial({ ...reversal, paidCents: 0, patientResponsibilityCents: 0 })).toBe(false);
    expect(isDenial(paid)).toBe(false);
  });
});

describe("readRemittance refuses, naming the segment and its line", () => {
  it("a file without BPR, where it should have been", () => {
    const problem = problemOf(["ST*835*1", ...header.slice(2), "SE*5*1"]);
    expect(problem).toMatchObject({ tag: "BPR", line: 2, position: 2 });
    expect(problem?.message).toMatch(/Expected BPR.*found TRN/);
  });

  it("a file without TRN, after BPR", () => {
    const problem = problemOf(["ST*835*1", header[1] ?? "", ...header.slice(3), "SE*5*1"]);
    expect(problem).toMatchObject({ tag: "TRN", line: 3 });
  });

  it("a file without the payee's N1*PE, before the claims", () => {
    const problem = problemOf([...header.slice(0, 4), "LX*1", "CLP*C1*1*1*1", "SE*7*1"]);
    expect(problem).toMatchObject({ tag: "N1", line: 5 });
    expect(problem?.message).toContain("N1*PE");
  });

  it("an amount that is not one, naming the element", () => {
    expect(problemOf(file("CLP*C1*1*100*84.2x"))).toEqual({
      tag: "CLP",
      line: 6,
      position: 6,
      message: "CLP04 must be an amount like 84.20; got '84.2x'.",
    });
  });

  it("an amount in the fourth CAS triplet, naming CAS12", () => {
    const cas = "CAS*CO*45*1**59*1**97*1**253*x";
    expect(problemOf(file("CLP*C1*1*4*0", cas))?.message).toBe(
      "CAS12 must be an amount like 84.20; got 'x'.",
    );
  });

  it("a date that is not a day", () => {
    const problem = problemOf(file("CLP*C1*1*1*1", "SVC*HC:97530*1*1", "DTM*472*20261340"));
    expect(problem).toMatchObject({ tag: "DTM", line: 8 });
    expect(problem?.message).toBe("DTM02 must be a date written CCYYMMDD; got '20261340'.");
  });

  it("an unknown adjustment group", () => {
    const problem = problemOf(file("CLP*C1*1*1*1", "CAS*XX*45*1"));
    expect(problem).toMatchObject({ tag: "CAS", line: 7 });
    expect(problem?.message).toContain("CAS01");
  });

  it("a CLP without its control number or status", () => {
    expect(problemOf(file("CLP**1*1*1"))?.message).toMatch(/^CLP01/);
    expect(problemOf(file("CLP*C1**1*1"))?.message).toMatch(/^CLP02/);
  });

  it("a CAS or SVC before any CLP", () => {
    expect(problemOf(file("LX*1", "CAS*CO*45*1"))).toMatchObject({ tag: "CLP", line: 7 });
  });

  it("a transaction that is not an 835", () => {
    const problem = problemOf(["ST*837*0001", "BHT*0019*00*1*20261206*1405*CH", "SE*3*0001"]);
    expect(problem).toMatchObject({ tag: "ST", line: 1 });
    expect(problem?.message).toContain("not an 835");
  });

  it("a transaction that the file ends before SE closes", () => {
    const texts = file("CLP*C1*1*1*1").slice(0, -1);
    expect(problemOf(texts)).toMatchObject({ tag: "SE", line: texts.length });
  });

  it("a file with no transaction", () => {
    expect(problemOf(["GS*HP*A*B*20261206*0000*1*X*005010X221A1", "GE*0*1"])).toMatchObject({
      tag: "ST",
      line: 2,
    });
    expect(problemOf([])).toMatchObject({ tag: "ST", line: 1 });
  });
});
