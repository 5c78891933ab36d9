import { X12Parser, type X12Interchange, type X12Segment } from "node-x12";
import { describe, expect, it } from "vitest";

import { write837P, type Claim837, type ClaimBatch837, type ClaimLine837 } from "./x12-837p";

const home = { line1: "12 Elm St", city: "Springfield", state: "IL", zip: "62704-1234" };

/** Maya, covered by her mother's commercial plan: two telehealth lines. */
const mayasClaim: Claim837 = {
  controlNumber: "CO-000101",
  frequency: "1",
  placeOfService: "10",
  diagnoses: ["F82", "R27.8"],
  subscriber: {
    memberId: "XJH123456789",
    groupNumber: "GRP-77",
    person: {
      lastName: "Johnson",
      firstName: "Dana",
      dateOfBirth: "1988-04-02",
      sex: "F",
      address: home,
    },
  },
  patient: {
    relationship: "child",
    person: {
      lastName: "Johnson",
      firstName: "Maya",
      dateOfBirth: "2020-06-15",
      sex: "F",
      address: home,
    },
  },
  renderingProvider: {
    lastName: "Rivera",
    firstName: "Alex",
    npi: "1234567893",
    taxonomy: "225X00000X",
  },
  lines: [
    {
      code: "97530",
      modifiers: ["GO", "96", "95"],
      chargeCents: 45_000,
      units: 3,
      diagnosisPointers: [1, 2],
      serviceDate: "2026-11-10",
    },
    {
      code: "97550",
      modifiers: ["GO", "96", "95"],
      chargeCents: 12_550,
      units: 1,
      diagnosisPointers: [1],
      serviceDate: "2026-11-10",
    },
  ],
};

/** Eli, his own Medicaid member: a replacement of a claim the payer numbered. */
const elisReplacement: Claim837 = {
  controlNumber: "CO-000102",
  frequency: "7",
  replacesPayerClaimNumber: "2026314000123",
  placeOfService: "11",
  diagnoses: ["F84.0"],
  subscriber: {
    memberId: "IL0099887766",
    person: {
      lastName: "Okafor",
      firstName: "Eli",
      dateOfBirth: "2019-01-20",
      sex: "M",
      address: home,
    },
  },
  patient: null,
  renderingProvider: {
    lastName: "Chen",
    firstName: "Sam",
    npi: "1245319599",
    taxonomy: "225XP0200X",
  },
  lines: [
    {
      code: "97165",
      modifiers: ["GO", "96"],
      chargeCents: 21_000,
      units: 1,
      diagnosisPointers: [1],
      serviceDate: "2026-11-12",
    },
  ],
};

const batch: ClaimBatch837 = {
  interchangeControlNumber: 42,
  createdOn: "2026-12-06",
  createdAt: "14:05",
  usage: "T",
  submitter: {
    id: "CARRYOVER01",
    name: "Maple Grove Pediatric Therapy",
    contactName: "Pat Admin",
    phone: "(217) 555-0142",
  },
  receiver: { id: "CLEARINGHSE", name: "Clearing House" },
  billingProvider: {
    name: "Maple Grove Pediatric Therapy",
    npi: "1245319599",
    taxId: "36-1234567",
    taxonomy: "225X00000X",
    address: {
      line1: "400 Oak Ave",
      line2: "Suite 2",
      city: "Springfield",
      state: "IL",
      zip: "62701",
    },
  },
  payer: { name: "Blue Prairie Health", payerId: "BPH01", claimFilingCode: "CI" },
  claims: [mayasClaim, elisReplacement],
};

const parsed = (edi: string) => new X12Parser(true).parse(edi) as X12Interchange;
const values = (segment: X12Segment | undefined) => segment?.elements.map((e) => e.value) ?? [];
/** Each segment as its tag and elements, "NM1*IL*1*JOHNSON…". */
const lines = (segments: X12Segment[]) => segments.map((s) => [s.tag, ...values(s)].join("*"));

describe("write837P, parsed back by node-x12", () => {
  const edi = write837P(batch);
  const interchange = parsed(edi);
  const [group] = interchange.functionalGroups;
  const [transaction] = group?.transactions ?? [];

  it("has one interchange, one group and one transaction set, their counts and control numbers matching", () => {
    expect(edi.split("~")[0]).toHaveLength(105);
    const isa = values(interchange.header);
    expect(isa[5]).toBe("CARRYOVER01    ");
    // The parser reads ISA13 as a number; the file carries it in nine digits.
    expect(edi.split("~")[0]?.split("*")[13]).toBe("000000042");
    expect(Number(isa[12])).toBe(42);
    expect(isa[14]).toBe("T");
    expect(values(interchange.trailer).map(Number)).toEqual([1, 42]);
    expect(interchange.functionalGroups).toHaveLength(1);
    expect(values(group?.header)).toEqual([
      "HC",
      "CARRYOVER01",
      "CLEARINGHSE",
      "20261206",
      "1405",
      "42",
      "X",
      "005010X222A1",
    ]);
    expect(values(group?.trailer)).toEqual(["1", "42"]);
    expect(group?.transactions).toHaveLength(1);
    expect(values(transaction?.header)).toEqual(["837", "0001", "005010X222A1"]);
    // SE counts the segments from ST to SE, both included.
    expect(values(transaction?.trailer)).toEqual([
      String((transaction?.segments.length ?? 0) + 2),
      "0001",
    ]);
  });

  it("writes the submitter, receiver and billing provider loops", () => {
    expect(lines(transaction?.segments.slice(0, 10) ?? [])).toEqual([
      "BHT*0019*00*000000042*20261206*1405*CH",
      "NM1*41*2*MAPLE GROVE PEDIATRIC THERAPY*****46*CARRYOVER01",
      "PER*IC*PAT ADMIN*TE*2175550142",
      "NM1*40*2*CLEARING HOUSE*****46*CLEARINGHSE",
      "HL*1**20*1",
      "PRV*BI*PXC*225X00000X",
      "NM1*85*2*MAPLE GROVE PEDIATRIC THERAPY*****XX*1245319599",
      "N3*400 OAK AVE*SUITE 2",
      "N4*SPRINGFIELD*IL*62701",
      "REF*EI*361234567",
    ]);
  });

  it("puts the child as patient under the guardian subscriber, then the claim and its lines", () => {
    expect(lines(transaction?.segments.slice(10, 37) ?? [])).toEqual([
      "HL*2*1*22*1",
      "SBR*P**GRP-77******CI",
      "NM1*IL*1*JOHNSON*DANA****MI*XJH123456789",
      "N3*12 ELM ST",
      "N4*SPRINGFIELD*IL*627041234",
      "DMG*D8*19880402*F",
      "NM1*PR*2*BLUE PRAIRIE HEALTH*****PI*BPH01",
      "HL*3*2*23*0",
      "PAT*19",
      "NM1*QC*1*JOHNSON*MAYA",
      "N3*12 ELM ST",
      "N4*SPRINGFIELD*IL*627041234",
      "DMG*D8*20200615*F",
      "CLM*CO-000101*575.5***10:B:1*Y*A*Y*Y",
      "HI*ABK:F82*ABF:R278",
      "NM1*82*1*RIVERA*ALEX****XX*1234567893",
      "PRV*PE*PXC*225X00000X",
      "LX*1",
      "SV1*HC:97530:GO:96:95*450*UN*3***1:2",
      "DTP*472*D8*20261110",
      "LX*2",
      "SV1*HC:97550:GO:96:95*125.5*UN*1***1",
      "DTP*472*D8*20261110",
      "HL*4*1*22*0",
      "SBR*P*18*******CI",
      "NM1*IL*1*OKAFOR*ELI****MI*IL0099887766",
      "N3*12 ELM ST",
    ]);
  });

  it("writes a child who is the subscriber without a patient loop, and a replacement with the claim it replaces", () => {
    expect(lines(transaction?.segments.slice(37) ?? [])).toEqual([
      "N4*SPRINGFIELD*IL*627041234",
      "DMG*D8*20190120*M",
      "NM1*PR*2*BLUE PRAIRIE HEALTH*****PI*BPH01",
      "CLM*CO-000102*210***11:B:7*Y*A*Y*Y",
      "REF*F8*2026314000123",
      "HI*ABK:F840",
      "NM1*82*1*CHEN*SAM****XX*1245319599",
      "PRV*PE*PXC*225XP0200X",
      "LX*1",
      "SV1*HC:97165:GO:96*210*UN*1***1",
      "DTP*472*D8*20261112",
    ]);
  });

  it("each claim's total is the sum of its lines", () => {
    const segments = transaction?.segments ?? [];
    const claims = segments.filter((s) => s.tag === "CLM").map((s) => Number(values(s)[1]));
    const charges = segments.filter((s) => s.tag === "SV1").map((s) => Number(values(s)[1]));
    expect(claims).toEqual([575.5, 210]);
    const [first = NaN, second = NaN] = charges;
    expect(first + second).toBeCloseTo(claims[0] ?? NaN);
  });
});

describe("write837P refuses what the payer would", () => {
  const withClaim = (claim: Partial<Claim837>) => ({
    ...batch,
    claims: [{ ...mayasClaim, ...claim }],
  });
  const [firstLine] = mayasClaim.lines;
  if (!firstLine) throw new Error("Maya's claim has no line");
  const withLine = (line: Partial<ClaimLine837>) =>
    withClaim({ lines: [{ ...firstLine, ...line }] });
  it.each([
    ["no claim", { ...batch, claims: [] }],
    ["a control number of 0", { ...batch, interchangeControlNumber: 0 }],
    ["a control number over nine digits", { ...batch, interchangeControlNumber: 1_000_000_000 }],
    ["a claim without lines", withClaim({ lines: [] })],
    ["a claim without diagnoses", withClaim({ diagnoses: [] })],
    ["a replacement that names no claim", withClaim({ frequency: "7" })],
    ["a pointer past the diagnoses", withLine({ diagnosisPointers: [3] })],
    ["five modifiers", withLine({ modifiers: ["GO", "96", "95", "CO", "KX"] })],
    ["fractional cents", withLine({ chargeCents: 10.5 })],
    ["no unit", withLine({ units: 0 })],
    ["a service date that is not a day", withLine({ serviceDate: "11/10/2026" })],
  ] as [string, ClaimBatch837][])("%s", (_, bad) => {
    expect(() => write837P(bad)).toThrow(RangeError);
  });
});

describe("write837P: the referring physician and the prior authorization", () => {
  it("writes the referring provider (2310A) before the rendering one, and REF*G1 after the claim", () => {
    const edi = write837P({
      ...batch,
      claims: [
        {
          ...mayasClaim,
          priorAuthorization: "PA-2026-3100",
          referringProvider: { lastName: "Patel", firstName: "Anita", npi: "1234567893" },
        },
      ],
    });
    const transaction = parsed(edi).functionalGroups[0]?.transactions[0];
    const tags = lines(transaction?.segments ?? []);
    const at = (prefix: string) => tags.findIndex((line) => line.startsWith(prefix));
    expect(tags).toContain("REF*G1*PA-2026-3100");
    expect(tags).toContain("NM1*DN*1*PATEL*ANITA****XX*1234567893");
    expect(at("CLM")).toBeLessThan(at("REF*G1"));
    expect(at("REF*G1")).toBeLessThan(at("HI"));
    expect(at("NM1*DN")).toBeLessThan(at("NM1*82"));
  });
});
