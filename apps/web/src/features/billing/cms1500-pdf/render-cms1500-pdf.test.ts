import { describe, expect, it } from "vitest";

import { drawnText, pageCount } from "~/features/clinical-notes/record-pdf/pdf-text";
import { renderCms1500Pdf, type Cms1500Claim, type Cms1500Person } from "./render-cms1500-pdf";

const home = {
  line1: "48 Willow Court",
  line2: "Apt 2B",
  city: "Springfield",
  state: "IL",
  zip: "62704",
};
const guardian: Cms1500Person = {
  lastName: "Thompson",
  firstName: "Dana",
  dateOfBirth: "1988-06-03",
  sex: "F",
  address: home,
  phone: "217-555-0199",
};
const child: Cms1500Person = {
  lastName: "Thompson",
  firstName: "Maya",
  dateOfBirth: "2019-04-12",
  sex: "F",
  address: home,
  phone: "(217) 555-0199",
};

const claim: Cms1500Claim = {
  payer: {
    name: "Illinois Medicaid",
    addressLine1: "PO Box 19105",
    city: "Springfield",
    state: "IL",
    zip: "62794",
    kind: "medicaid",
  },
  subscriber: { memberId: "MCD448812907", groupNumber: "GRP5521", person: guardian },
  patient: child,
  relationship: "child",
  controlNumber: "CLM-2027-000417",
  frequency: "1",
  replacesPayerClaimNumber: null,
  priorAuthorization: "PA-77031",
  referringProvider: { name: "Dr. Alice Rivera", npi: "1234567893" },
  diagnoses: ["F82", "R62.50", "F80.2"],
  lines: [
    {
      serviceDate: "2027-01-12",
      placeOfService: "11",
      code: "97530",
      modifiers: ["GO", "59"],
      diagnosisPointers: [1, 2],
      chargeCents: 31000,
      units: 4,
    },
    {
      serviceDate: "2027-01-14",
      placeOfService: "10",
      code: "97535",
      modifiers: ["GO", "95"],
      diagnosisPointers: [3, 1],
      chargeCents: 34705,
      units: 3,
    },
  ],
  renderingProvider: { name: "Jordan Lee, OTR/L", npi: "1987654320" },
  billingProvider: {
    name: "Maple Grove Pediatric Therapy",
    npi: "1122334455",
    taxId: "37-1234567",
    phone: "217-555-0142",
    address: { line1: "120 Elm Street", city: "Springfield", state: "IL", zip: "62701" },
  },
  signedOn: "2027-01-20",
};

const render = (changes: Partial<Cms1500Claim> = {}) =>
  renderCms1500Pdf({ claim: { ...claim, ...changes }, compress: false });
const textOf = async (changes: Partial<Cms1500Claim> = {}) => drawnText(await render(changes));
/** What is drawn from `start` up to (not including) `end`. */
function between(text: string, start: string, end: string, from = 0): string {
  const at = text.indexOf(start, from);
  expect(at, `"${start}" is drawn`).toBeGreaterThan(-1);
  const stop = text.indexOf(end, at + start.length);
  expect(stop, `"${end}" is drawn after "${start}"`).toBeGreaterThan(-1);
  return text.slice(at, stop).trim();
}
const count = (text: string, part: string) => text.split(part).length - 1;

const BOX_1 = "1. MEDICARE (Medicare#)";
const BOX_1A = "1a. INSURED'S I.D. NUMBER (For Program in Item 1)";

describe("renderCms1500Pdf", () => {
  it("prints the form's title and the carrier's name and address", async () => {
    const pdf = await render();
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pageCount(pdf)).toBe(1);
    const text = drawnText(pdf);
    expect(text).toContain("Page 1 of 1");
    expect(text).toContain("HEALTH INSURANCE CLAIM FORM");
    expect(text).toContain("APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12");
    expect(between(text, "CARRIER", "HEALTH INSURANCE")).toBe(
      "CARRIER ILLINOIS MEDICAID PO BOX 19105 SPRINGFIELD IL 62794",
    );
  });

  it("fills boxes 1 to 13, each value right after its caption", async () => {
    const text = await textOf();
    expect(between(text, BOX_1, BOX_1A)).toBe(
      "1. MEDICARE (Medicare#) MEDICAID (Medicaid#) X TRICARE (ID#/DoD#) CHAMPVA (Member ID#) GROUP HEALTH PLAN (ID#) FECA BLK LUNG (ID#) OTHER (ID#)",
    );
    for (const box of [
      `${BOX_1A} MCD448812907`,
      "2. PATIENT'S NAME (Last Name, First Name, Middle Initial) THOMPSON, MAYA",
      "3. PATIENT'S BIRTH DATE MM DD YYYY 04 12 2019 SEX M F X",
      "4. INSURED'S NAME (Last Name, First Name, Middle Initial) THOMPSON, DANA",
      "5. PATIENT'S ADDRESS (No., Street) 48 WILLOW COURT APT 2B CITY SPRINGFIELD STATE IL ZIP CODE 62704 TELEPHONE (Include Area Code) (217) 5550199",
      "6. PATIENT RELATIONSHIP TO INSURED Self Spouse Child X Other 8.",
      "7. INSURED'S ADDRESS (No., Street) 48 WILLOW COURT APT 2B CITY SPRINGFIELD STATE IL ZIP CODE 62704 TELEPHONE (Include Area Code) (217) 5550199",
      "a. EMPLOYMENT? (Current or Previous) YES NO X",
      "b. AUTO ACCIDENT? PLACE (State) YES NO X",
      "c. OTHER ACCIDENT? YES NO X",
      "11. INSURED'S POLICY GROUP OR FECA NUMBER GRP5521",
      "a. INSURED'S DATE OF BIRTH MM DD YYYY 06 03 1988 SEX M F X",
      "c. INSURANCE PLAN NAME OR PROGRAM NAME ILLINOIS MEDICAID",
      "d. IS THERE ANOTHER HEALTH BENEFIT PLAN? YES NO If yes",
      "to the party who accepts assignment below. SIGNATURE ON FILE DATE",
      "for services described below. SIGNATURE ON FILE 14.",
    ])
      expect(text).toContain(box);
  });

  it("fills boxes 14 to 23: the referral, the lettered diagnoses and the authorization", async () => {
    const text = await textOf();
    for (const box of [
      "17. NAME OF REFERRING PROVIDER OR OTHER SOURCE DN DR. ALICE RIVERA 17a. 17b. NPI 1234567893",
      "(24E) ICD Ind. 0 A. F82 B. R6250 C. F802 D. E. F. G. H. I. J. K. L. 22.",
      "22. RESUBMISSION CODE ORIGINAL REF. NO. 23. PRIOR AUTHORIZATION NUMBER PA-77031 24.",
    ])
      expect(text).toContain(box);
    const twelve = ["F82", "R62.50", "F80.2", "Q90.9", "F84.0", "R27.8"];
    const all = await textOf({ diagnoses: [...twelve, ...twelve.map((d) => `Z${d.slice(1)}`)] });
    expect(between(all, "ICD Ind.", "22.")).toBe(
      "ICD Ind. 0 A. F82 B. R6250 C. F802 D. Q909 E. F840 F. R278 G. Z82 H. Z6250 I. Z802 J. Z909 K. Z840 L. Z278",
    );
  });

  it("prints each service line across box 24's columns, pointers as letters, then the total", async () => {
    const text = await textOf();
    expect(between(text, "J. RENDERING PROVIDER ID. #", "25.")).toBe(
      [
        "J. RENDERING PROVIDER ID. #",
        "1 01 12 27 01 12 27 11 97530 GO 59 AB 310 00 4 NPI 1987654320",
        "2 01 14 27 01 14 27 10 97535 GO 95 CA 347 05 3 NPI 1987654320",
        "3 NPI 4 NPI 5 NPI 6 NPI",
      ].join(" "),
    );
    expect(text).toContain("28. TOTAL CHARGE $ 657 05 29. AMOUNT PAID");
  });

  it("fills boxes 25 to 33: the EIN, the account number, assignment, signature and provider", async () => {
    const text = await textOf();
    for (const box of [
      "25. FEDERAL TAX I.D. NUMBER 371234567 SSN EIN X 26.",
      "26. PATIENT'S ACCOUNT NO. CLM-2027-000417",
      "27. ACCEPT ASSIGNMENT? (For govt. claims, see back) YES X NO",
      "made a part thereof.) JORDAN LEE, OTR/L DATE 01 20 2027",
      "32. SERVICE FACILITY LOCATION INFORMATION MAPLE GROVE PEDIATRIC THERAPY 120 ELM STREET SPRINGFIELD IL 62701 a. 1122334455 b.",
      "33. BILLING PROVIDER INFO & PH # (217) 5550142 MAPLE GROVE PEDIATRIC THERAPY 120 ELM STREET SPRINGFIELD IL 62701 a. 1122334455 b.",
    ])
      expect(text).toContain(box);
  });

  it("marks the program for each kind of payer, and Self when the child is the subscriber", async () => {
    const marked = {
      medicare: "MEDICARE (Medicare#) X MEDICAID",
      medicaid: "MEDICAID (Medicaid#) X TRICARE",
      commercial: "GROUP HEALTH PLAN (ID#) X FECA",
      self_pay: "OTHER (ID#) X",
    } as const;
    for (const kind of ["medicare", "medicaid", "commercial", "self_pay"] as const) {
      const text = await textOf({ payer: { ...claim.payer, kind } });
      const box1 = between(text, BOX_1, BOX_1A);
      expect(`${box1} `).toContain(marked[kind]);
      expect(count(box1, " X")).toBe(1);
    }
    const self = await textOf({
      relationship: "self",
      subscriber: { ...claim.subscriber, person: child },
    });
    expect(self).toContain("6. PATIENT RELATIONSHIP TO INSURED Self X Spouse Child Other 8.");
    expect(self).toContain("(Last Name, First Name, Middle Initial) THOMPSON, MAYA 5.");
  });

  it("fills box 22 only for a replacement or a void", async () => {
    const replaced = { replacesPayerClaimNumber: "PAYER-99812" };
    for (const frequency of ["7", "8"] as const)
      expect(await textOf({ frequency, ...replaced })).toContain(
        `22. RESUBMISSION CODE ${frequency} ORIGINAL REF. NO. PAYER-99812 23.`,
      );
    const original = await textOf({ frequency: "1", ...replaced });
    expect(original).toContain("22. RESUBMISSION CODE ORIGINAL REF. NO. 23.");
    expect(original).not.toContain("PAYER-99812");
  });

  it("continues seven lines on a second form: the same header boxes, the total on the last", async () => {
    const [first, second] = claim.lines as [Cms1500Claim["lines"][0], Cms1500Claim["lines"][0]];
    const lines = [first, first, first, first, first, first, second];
    const pdf = await render({ lines });
    expect(pageCount(pdf)).toBe(2);
    const text = drawnText(pdf);
    const page2 = text.indexOf("Page 2 of 2");
    expect(text.indexOf("Page 1 of 2")).toBe(0);
    expect(page2).toBeGreaterThan(0);
    expect(count(text, `${BOX_1A} MCD448812907`)).toBe(2);
    expect(count(text, "(LMP)")).toBe(2);
    expect(between(text, "28. TOTAL CHARGE", "29.")).toBe("28. TOTAL CHARGE $ CONTINUED");
    expect(between(text, "J. RENDERING PROVIDER ID. #", "25.", page2)).toBe(
      "J. RENDERING PROVIDER ID. # 1 01 14 27 01 14 27 10 97535 GO 95 CA 347 05 3 NPI 1987654320 2 NPI 3 NPI 4 NPI 5 NPI 6 NPI",
    );
    // 6 × 310.00 + 347.05
    expect(between(text, "28. TOTAL CHARGE", "29.", page2)).toBe("28. TOTAL CHARGE $ 2207 05");
  });

  it("keeps the child's name out of the document's properties", async () => {
    const raw = (await render()).toString("latin1");
    expect(raw).toContain("(CMS-1500 claim CLM-2027-000417)");
    expect(raw).toContain("(Maple Grove Pediatric Therapy)");
    expect(raw).toContain("(Carryover)");
    // The drawn text is hex in the content streams, so a name in plain letters is in the metadata.
    expect(raw).not.toMatch(/thompson|maya/i);
  });

  it("draws text beyond Latin-1 without its accents", async () => {
    const patient = { ...child, lastName: "Nguyễn", firstName: "Łucja" };
    expect(await textOf({ patient })).toContain("Middle Initial) NGUYEN, LUCJA 3.");
  });

  const line = claim.lines[0] as Cms1500Claim["lines"][0];
  it.each<[string, Partial<Cms1500Claim>, RegExp]>([
    ["no service line", { lines: [] }, /no service line/],
    [
      "more than 12 diagnoses",
      { diagnoses: Array(13).fill("F82") as string[] },
      /1 to 12 diagnoses/,
    ],
    ["no diagnosis", { diagnoses: [] }, /1 to 12 diagnoses/],
    [
      "a pointer beyond the diagnoses",
      { lines: [{ ...line, diagnosisPointers: [1, 4] }] },
      /97530 points at a diagnosis the claim does not have/,
    ],
    [
      "charges in fractions of a cent",
      { lines: [{ ...line, chargeCents: 310.5 }] },
      /97530 must charge a whole number of cents/,
    ],
    ["a negative charge", { lines: [{ ...line, chargeCents: -100 }] }, /whole number of cents/],
    ["a replacement without the payer's number", { frequency: "7" }, /payer's claim number/],
    ["a date not written YYYY-MM-DD", { signedOn: "01/20/2027" }, /YYYY-MM-DD/],
  ])("refuses %s with a RangeError", async (_, changes, reason) => {
    const rendering = render(changes);
    await expect(rendering).rejects.toThrow(RangeError);
    await expect(rendering).rejects.toThrow(reason);
  });
});
