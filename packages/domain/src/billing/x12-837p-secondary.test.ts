import { X12Parser, type X12Interchange, type X12Segment } from "node-x12";
import { describe, expect, it } from "vitest";

import { adjustment, paymentFor } from "./demo-remittance";
import { adjudicationOf } from "./primary-adjudication";
import { write837P, type Claim837, type ClaimBatch837, type OtherPayer837 } from "./x12-837p";

const home = { line1: "288 Linden Street", city: "Springfield", state: "IL", zip: "62704" };
const sofia = {
  lastName: "Garcia",
  firstName: "Sofia",
  dateOfBirth: "2019-05-02",
  sex: "F" as const,
  address: home,
};

/** Sofia's visit of November 10, billed to Medicaid first (claim 1042). */
const lines = [
  { code: "97530", modifiers: ["GO", "96"], units: 3, cents: 45_000 },
  { code: "97550", modifiers: ["GO", "96"], units: 1, cents: 12_550 },
];
const serviceOn = "2026-11-10";

/** Medicaid paid it less 20% contractual, with coinsurance on one line and a copay on the other. */
const primaryPayment = paymentFor({ number: 1042, serviceOn, lines }, "1", (cents, index) => [
  adjustment("CO", "45", Math.round(cents * 0.2)),
  index === 0 ? adjustment("PR", "2", 3_600) : adjustment("PR", "3", 2_000),
]);
const adjudication = adjudicationOf(
  [{ payment: primaryPayment, adjudicatedOn: "2026-11-30" }],
  lines.map((line) => ({ ...line, serviceDate: serviceOn })),
);
if (!adjudication) throw new Error("the primary's payment stands");

const medicaid: OtherPayer837 = {
  payer: { name: "Illinois Medicaid (HFS)", payerId: "ILMCD", claimFilingCode: "MC" },
  subscriber: { memberId: "IL0048225838", lastName: "Garcia", firstName: "Sofia" },
  relationship: "self",
  adjudication,
};

/** The same visit to Heartland, Sofia's mother's plan: secondary claim 1050. */
const secondary: Claim837 = {
  controlNumber: "CO-001050",
  frequency: "1",
  placeOfService: "10",
  diagnoses: ["F82"],
  subscriber: {
    memberId: "HHP77000062",
    groupNumber: "GRP-220",
    person: { ...sofia, lastName: "Garcia", firstName: "Elena", dateOfBirth: "1984-09-30" },
  },
  patient: { relationship: "child", person: sofia },
  renderingProvider: {
    lastName: "Chen",
    firstName: "Mei",
    npi: "1245319599",
    taxonomy: "225X00000X",
  },
  lines: lines.map((line) => ({
    code: line.code,
    modifiers: line.modifiers,
    chargeCents: line.cents,
    units: line.units,
    diagnosisPointers: [1],
    serviceDate: serviceOn,
  })),
  otherPayer: medicaid,
};

const batch: ClaimBatch837 = {
  interchangeControlNumber: 77,
  createdOn: "2026-12-07",
  createdAt: "09:30",
  usage: "T",
  submitter: { id: "CO12345", name: "Maple Grove", contactName: "Billing", phone: "2175550142" },
  receiver: { id: "PRAIRIECH", name: "Prairie Claims Clearinghouse" },
  billingProvider: {
    name: "Maple Grove",
    npi: "1245319599",
    taxId: "36-1234567",
    taxonomy: "225X00000X",
    address: { line1: "400 Oak Ave", city: "Springfield", state: "IL", zip: "62701" },
  },
  payer: { name: "Heartland Health Plan", payerId: "HHP22", claimFilingCode: "CI" },
  claims: [secondary],
};

const values = (segment: X12Segment) => segment.elements.map((e) => e.value);
const text = (segment: X12Segment) => [segment.tag, ...values(segment)].join("*");
function segmentsOf(edi: string) {
  const interchange = new X12Parser(true).parse(edi) as X12Interchange;
  return interchange.functionalGroups[0]?.transactions[0]?.segments.map(text) ?? [];
}
const amount = (segment: string | undefined, index: number) =>
  Math.round(Number(segment?.split("*")[index]) * 100);

describe("write837P: a secondary claim carries the primary's adjudication, parsed back by node-x12", () => {
  const segments = segmentsOf(write837P(batch));
  const from = (prefix: string) => segments.findIndex((s) => s.startsWith(prefix));

  it("names Heartland's subscriber as the secondary one (SBR*S) in 2000B", () => {
    expect(segments.slice(from("HL*2"), from("HL*2") + 3)).toEqual([
      "HL*2*1*22*1",
      "SBR*S**GRP-220******CI",
      "NM1*IL*1*GARCIA*ELENA****MI*HHP77000062",
    ]);
  });

  it("writes 2320, 2330A and 2330B after the rendering provider, before the first line", () => {
    expect(segments.slice(from("PRV*PE"), from("LX*1"))).toEqual([
      "PRV*PE*PXC*225X00000X",
      "SBR*P*18*******MC",
      "AMT*D*404.4",
      "AMT*EAF*56",
      "OI***Y***Y",
      "NM1*IL*1*GARCIA*SOFIA****MI*IL0048225838",
      "NM1*PR*2*ILLINOIS MEDICAID (HFS)*****PI*ILMCD",
    ]);
  });

  it("writes each line's 2430: Medicaid's payment, its adjustments and the remittance's day", () => {
    expect(segments.slice(from("LX*1"))).toEqual([
      "LX*1",
      "SV1*HC:97530:GO:96*450*UN*3***1",
      "DTP*472*D8*20261110",
      "SVD*ILMCD*324*HC:97530:GO:96**3",
      "CAS*CO*45*90",
      "CAS*PR*2*36",
      "DTP*573*D8*20261130",
      "LX*2",
      "SV1*HC:97550:GO:96*125.5*UN*1***1",
      "DTP*472*D8*20261110",
      "SVD*ILMCD*80.4*HC:97550:GO:96**1",
      "CAS*CO*45*25.1",
      "CAS*PR*3*20",
      "DTP*573*D8*20261130",
    ]);
  });

  it("balances: each line's charge is its payment and adjustments, and the lines' payments are AMT*D", () => {
    const svd = segments.filter((s) => s.startsWith("SVD"));
    const sv1 = segments.filter((s) => s.startsWith("SV1"));
    sv1.forEach((line, index) => {
      const start = segments.indexOf(svd[index] ?? "");
      const end = segments.indexOf("DTP*573*D8*20261130", start);
      const adjusted = segments.slice(start + 1, end).reduce((sum, cas) => sum + amount(cas, 3), 0);
      expect(amount(svd[index], 2) + adjusted).toBe(amount(line, 2));
    });
    const paid = svd.reduce((sum, line) => sum + amount(line, 2), 0);
    expect(paid).toBe(
      amount(
        segments.find((s) => s.startsWith("AMT*D")),
        2,
      ),
    );
  });

  it("a primary that paid at the claim level only gives its remittance day in 2330B, and claim-level CAS in 2320", () => {
    const claimLevel: OtherPayer837 = {
      ...medicaid,
      relationship: "child",
      subscriber: { ...medicaid.subscriber, groupNumber: "G-1" },
      adjudication: {
        ...adjudication,
        lines: [],
        adjustments: [
          { group: "CO", reason: "45", cents: 11_510 },
          { group: "PR", reason: "2", cents: 3_600 },
          { group: "PR", reason: "3", cents: 2_000 },
        ],
      },
    };
    const only = segmentsOf(
      write837P({ ...batch, claims: [{ ...secondary, otherPayer: claimLevel }] }),
    );
    expect(only.slice(only.indexOf("PRV*PE*PXC*225X00000X") + 1, only.indexOf("LX*1"))).toEqual([
      "SBR*P*19*G-1******MC",
      "CAS*CO*45*115.1",
      "CAS*PR*2*36**3*20",
      "AMT*D*404.4",
      "AMT*EAF*56",
      "OI***Y***Y",
      "NM1*IL*1*GARCIA*SOFIA****MI*IL0048225838",
      "NM1*PR*2*ILLINOIS MEDICAID (HFS)*****PI*ILMCD",
      "DTP*573*D8*20261130",
    ]);
    expect(only.filter((s) => s.startsWith("SVD"))).toEqual([]);
  });

  it("an original claim to the primary payer stays SBR*P, with no other payer", () => {
    const primary = segmentsOf(
      write837P({ ...batch, claims: [{ ...secondary, otherPayer: null }] }),
    );
    expect(primary).toContain("SBR*P**GRP-220******CI");
    expect(primary.filter((s) => /^(AMT|OI|SVD|CAS)\*/.test(s))).toEqual([]);
  });

  it.each([
    [
      "a primary payer with no payer id",
      { ...medicaid, payer: { ...medicaid.payer, payerId: " " } },
    ],
    [
      "a line the claim does not have",
      {
        ...medicaid,
        adjudication: {
          ...adjudication,
          lines: adjudication.lines.map((l) => ({ ...l, lineIndex: 5 })),
        },
      },
    ],
    [
      "a line adjudicated twice",
      {
        ...medicaid,
        adjudication: {
          ...adjudication,
          lines: adjudication.lines.map((l) => ({ ...l, lineIndex: 0 })),
        },
      },
    ],
  ] as [string, OtherPayer837][])("refuses %s", (_, otherPayer) => {
    expect(() => write837P({ ...batch, claims: [{ ...secondary, otherPayer }] })).toThrow(
      RangeError,
    );
  });
});
