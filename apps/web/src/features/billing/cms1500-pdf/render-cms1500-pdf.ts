import PDFDocument from "pdfkit";

import { isCalendarDate } from "@carryover/domain/scheduling";

import { INK, printable } from "~/lib/pdf-writer";
import type { Cms1500Claim, Cms1500Person } from "./cms1500-claim";
import {
  addressBoxes,
  birthBox,
  box,
  caption,
  checks,
  cityLine,
  diagnosisPlaces,
  dottedRule,
  entry,
  FORM_LEFT,
  FORM_WIDTH,
  LETTERS,
  LINE_HEIGHT,
  providerBoxes,
  ruled,
  serviceLine,
  serviceLineHeader,
  yesNoBox,
  type Pdf,
} from "./cms1500-layout";

export type { Cms1500Claim, Cms1500Person } from "./cms1500-claim";

const LINES_PER_FORM = 6;
const L = FORM_LEFT;
const PATIENT = { x: L, w: 238 };
const MIDDLE = { x: L + 238, w: 130 };
const INSURED = { x: L + 368, w: 200 };
const PROGRAMS = [
  ["MEDICARE", "(Medicare#)", 46, "medicare"],
  ["MEDICAID", "(Medicaid#)", 46, "medicaid"],
  ["TRICARE", "(ID#/DoD#)", 50, null],
  ["CHAMPVA", "(Member ID#)", 50, null],
  ["GROUP HEALTH PLAN", "(ID#)", 66, "commercial"],
  ["FECA BLK LUNG", "(ID#)", 52, null],
  // A self-paying family's claim (rare on paper) goes as "Other".
  ["OTHER", "(ID#)", 46, "self_pay"],
] as const;

function requireClaim(claim: Cms1500Claim) {
  const refuse = (problem: string) => {
    throw new RangeError(`Claim ${claim.controlNumber}: ${problem}`);
  };
  if (claim.lines.length === 0) refuse("no service line");
  if (claim.diagnoses.length === 0 || claim.diagnoses.length > LETTERS.length)
    refuse(`1 to ${LETTERS.length} diagnoses are needed`);
  if (claim.frequency !== "1" && !claim.replacesPayerClaimNumber)
    refuse("a replacement or void needs the payer's claim number");
  const people = [claim.patient, claim.subscriber.person];
  const dates = [claim.signedOn, ...people.map((p) => p.dateOfBirth)];
  for (const date of [...dates, ...claim.lines.map((line) => line.serviceDate)])
    if (!isCalendarDate(date)) refuse(`dates are written YYYY-MM-DD, not "${date}"`);
  for (const { code, chargeCents, units, modifiers, diagnosisPointers: pointers } of claim.lines) {
    if (!Number.isInteger(chargeCents) || chargeCents < 0)
      refuse(`${code} must charge a whole number of cents, 0 or more`);
    if (!Number.isInteger(units) || units < 1) refuse(`${code} must bill whole units, 1 or more`);
    if (modifiers.length > 4) refuse(`${code} has more than 4 modifiers`);
    if (pointers.length === 0 || pointers.length > 4) refuse(`${code} needs 1 to 4 pointers`);
    if (pointers.some((p) => !Number.isInteger(p) || p < 1 || p > claim.diagnoses.length))
      refuse(`${code} points at a diagnosis the claim does not have`);
  }
}

const personName = (p: Cms1500Person) => `${p.lastName}, ${p.firstName}`;
function header(pdf: Pdf, claim: Cms1500Claim, page: number, pages: number) {
  pdf.font("Helvetica-Bold").fontSize(8).fillColor(INK);
  pdf.text(`Page ${page} of ${pages}`, L, 16, { width: FORM_WIDTH, align: "right" });
  pdf.fontSize(22).text("1500", L, 26, { lineBreak: false });
  caption(pdf, "CARRIER", INSURED.x, 28, { bold: true });
  const { payer } = claim;
  [payer.name, payer.addressLine1, cityLine(payer)].forEach((text, i) =>
    entry(pdf, text ?? "", INSURED.x, 36 + i * 10, INSURED.w),
  );
  pdf.font("Helvetica-Bold").fontSize(12).fillColor(INK);
  pdf.text("HEALTH INSURANCE CLAIM FORM", L, 72, { width: FORM_WIDTH, align: "center" });
  caption(pdf, "APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12", L, 88);
}

const NAME = "(Last Name, First Name, Middle Initial)";
const RELEASE =
  "12. PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE I authorize the release of any medical or other information necessary to process this claim. I also request payment of government benefits either to myself or to the party who accepts assignment below.";
const ASSIGNMENT =
  "13. INSURED'S OR AUTHORIZED PERSON'S SIGNATURE I authorize payment of medical benefits to the undersigned physician or supplier for services described below.";

/** Boxes 1 to 13: the program, the child and the insured. */
function people(pdf: Pdf, claim: Cms1500Claim, top: number): number {
  const { subscriber, patient } = claim;
  ruled(pdf, { x: L, y: top, w: 368, h: 26 });
  caption(pdf, "1.", L + 2, top + 2);
  let x = L + 10;
  for (const [program, id, width, kind] of PROGRAMS) {
    caption(pdf, program, x, top + 3);
    checks(pdf, [id], x, top + 13, kind === claim.payer.kind ? id : null, 5.5);
    x += width;
  }
  const memberId = "1a. INSURED'S I.D. NUMBER (For Program in Item 1)";
  box(pdf, { ...INSURED, y: top, h: 26 }, memberId, subscriber.memberId);

  let y = top + 26;
  box(pdf, { ...PATIENT, y, h: 24 }, `2. PATIENT'S NAME ${NAME}`, personName(patient));
  birthBox(pdf, { ...MIDDLE, y, h: 24 }, "3. PATIENT'S BIRTH DATE", patient);
  box(pdf, { ...INSURED, y, h: 24 }, `4. INSURED'S NAME ${NAME}`, personName(subscriber.person));

  y += 24;
  addressBoxes(pdf, { ...PATIENT, y, h: 68 }, "5. PATIENT'S ADDRESS (No., Street)", patient);
  box(pdf, { ...MIDDLE, y, h: 24 }, "6. PATIENT RELATIONSHIP TO INSURED");
  const relationship = claim.relationship === "self" ? "Self" : "Child";
  checks(pdf, ["Self", "Spouse", "Child", "Other"], MIDDLE.x + 4, y + 13, relationship, 6);
  box(pdf, { ...MIDDLE, y: y + 24, h: 44 }, "8. RESERVED FOR NUCC USE");
  const insuredAddress = "7. INSURED'S ADDRESS (No., Street)";
  addressBoxes(pdf, { ...INSURED, y, h: 68 }, insuredAddress, subscriber.person);

  y += 68;
  const row = (i: number) => ({ y: y + i * 22, h: 22 });
  box(pdf, { ...PATIENT, ...row(0) }, `9. OTHER INSURED'S NAME ${NAME}`);
  box(pdf, { ...PATIENT, ...row(1) }, "a. OTHER INSURED'S POLICY OR GROUP NUMBER");
  box(pdf, { ...PATIENT, ...row(2) }, "b. RESERVED FOR NUCC USE");
  box(pdf, { ...PATIENT, ...row(3) }, "c. RESERVED FOR NUCC USE");
  box(pdf, { ...PATIENT, ...row(4) }, "d. INSURANCE PLAN NAME OR PROGRAM NAME");
  // The 837P of the same claim sends no related-causes code (CLM11): no accident or work injury.
  box(pdf, { ...MIDDLE, ...row(0) }, "10. IS PATIENT'S CONDITION RELATED TO:");
  yesNoBox(pdf, { ...MIDDLE, ...row(1) }, "a. EMPLOYMENT? (Current or Previous)", "NO");
  yesNoBox(pdf, { ...MIDDLE, ...row(2) }, "b. AUTO ACCIDENT?             PLACE (State)", "NO");
  yesNoBox(pdf, { ...MIDDLE, ...row(3) }, "c. OTHER ACCIDENT?", "NO");
  box(pdf, { ...MIDDLE, ...row(4) }, "10d. CLAIM CODES (Designated by NUCC)");
  const group = "11. INSURED'S POLICY GROUP OR FECA NUMBER";
  box(pdf, { ...INSURED, ...row(0) }, group, subscriber.groupNumber);
  birthBox(pdf, { ...INSURED, ...row(1) }, "a. INSURED'S DATE OF BIRTH", subscriber.person);
  box(pdf, { ...INSURED, ...row(2) }, "b. OTHER CLAIM ID (Designated by NUCC)");
  box(pdf, { ...INSURED, ...row(3) }, "c. INSURANCE PLAN NAME OR PROGRAM NAME", claim.payer.name);
  // Other coverage is not in this claim's input: 11d is left for the biller to answer.
  yesNoBox(pdf, { ...INSURED, ...row(4) }, "d. IS THERE ANOTHER HEALTH BENEFIT PLAN?", null);
  caption(pdf, "If yes, complete items 9, 9a, and 9d.", INSURED.x + 84, row(4).y + 12.5);

  y += 110;
  // The 837P sends the release of information and the assignment of benefits as on file.
  box(pdf, { x: L, y, w: 368, h: 34 }, RELEASE, "SIGNATURE ON FILE");
  caption(pdf, "DATE", L + 260, y + 26);
  box(pdf, { ...INSURED, y, h: 34 }, ASSIGNMENT, "SIGNATURE ON FILE");
  return y + 34;
}

/** Boxes 14 to 23: the referral, the diagnoses, the resubmission and the authorization. */
function claimFacts(pdf: Pdf, claim: Cms1500Claim, top: number): number {
  let y = top;
  box(pdf, { ...PATIENT, y, h: 22 }, "14. DATE OF CURRENT ILLNESS, INJURY, or PREGNANCY (LMP)");
  box(pdf, { ...MIDDLE, y, h: 22 }, "15. OTHER DATE   QUAL.");
  const unable = "16. DATES PATIENT UNABLE TO WORK IN CURRENT OCCUPATION   FROM   TO";
  box(pdf, { ...INSURED, y, h: 22 }, unable);

  y += 22;
  const referring = claim.referringProvider;
  box(pdf, { ...PATIENT, y, h: 24 }, "17. NAME OF REFERRING PROVIDER OR OTHER SOURCE");
  dottedRule(pdf, L + 20, y + 11, y + 24);
  entry(pdf, referring ? "DN" : "", L + 3, y + 13.5, 14);
  entry(pdf, referring?.name ?? "", L + 24, y + 13.5, PATIENT.w - 28);
  box(pdf, { ...MIDDLE, y, h: 12 }, "17a.", null, true);
  ruled(pdf, { ...MIDDLE, y: y + 12, h: 12 });
  caption(pdf, "17b. NPI", MIDDLE.x + 2, y + 15.5);
  entry(pdf, referring?.npi ?? "", MIDDLE.x + 30, y + 14, MIDDLE.w - 34);
  const hospital = "18. HOSPITALIZATION DATES RELATED TO CURRENT SERVICES   FROM   TO";
  box(pdf, { ...INSURED, y, h: 24 }, hospital);

  y += 24;
  box(pdf, { x: L, y, w: 368, h: 20 }, "19. ADDITIONAL CLAIM INFORMATION (Designated by NUCC)");
  yesNoBox(pdf, { ...INSURED, y, h: 20 }, "20. OUTSIDE LAB?                      $ CHARGES", null);

  y += 20;
  ruled(pdf, { x: L, y, w: 368, h: 56 });
  const diagnosis =
    "21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY Relate A-L to service line below (24E)";
  caption(pdf, diagnosis, L + 2, y + 1.5);
  caption(pdf, "ICD Ind.", L + 300, y + 1.5);
  entry(pdf, "0", L + 326, y + 0.5, 12);
  diagnosisPlaces(pdf, claim.diagnoses, L, y);
  const replaces = claim.frequency === "1" ? null : claim;
  ruled(pdf, { ...INSURED, y, h: 28 });
  caption(pdf, "22. RESUBMISSION CODE", INSURED.x + 2, y + 1.5, { width: 64 });
  entry(pdf, replaces?.frequency ?? "", INSURED.x + 3, y + 17, 60);
  dottedRule(pdf, INSURED.x + 68, y + 14, y + 28);
  caption(pdf, "ORIGINAL REF. NO.", INSURED.x + 72, y + 1.5);
  entry(pdf, replaces?.replacesPayerClaimNumber ?? "", INSURED.x + 72, y + 17, INSURED.w - 76);
  const authorization = "23. PRIOR AUTHORIZATION NUMBER";
  box(pdf, { ...INSURED, y: y + 28, h: 28 }, authorization, claim.priorAuthorization);
  return y + 56;
}

function form(pdf: Pdf, claim: Cms1500Claim, page: number, totalCents: number | null) {
  let y = serviceLineHeader(pdf, claimFacts(pdf, claim, people(pdf, claim, 98)));
  const lines = claim.lines.slice((page - 1) * LINES_PER_FORM, page * LINES_PER_FORM);
  for (let i = 0; i < LINES_PER_FORM; i += 1, y += LINE_HEIGHT) {
    const line = lines[i];
    const pointers = line?.diagnosisPointers.map((p) => LETTERS[p - 1]).join("") ?? "";
    const npi = claim.renderingProvider.npi;
    serviceLine(pdf, y, i + 1, line && { ...line, pointers, npi });
  }
  providerBoxes(pdf, claim, y, totalCents);
}

/**
 * The claim on CMS-1500 (02/12) forms, six service lines to a form. A longer claim continues on
 * more forms marked "Page N of M", each repeating every other box; box 28 reads "CONTINUED" on all
 * but the last, which carries the claim's total (the payers' multi-page rule, e.g. HMSA's).
 */
export async function renderCms1500Pdf(input: {
  claim: Cms1500Claim;
  compress?: boolean;
}): Promise<Buffer> {
  const { claim } = input;
  requireClaim(claim);
  const pdf = new PDFDocument({
    size: "LETTER",
    margin: 0,
    compress: input.compress ?? true,
    // No patient's name in the document's properties: a file may be shared or synced.
    info: {
      Title: printable(`CMS-1500 claim ${claim.controlNumber}`),
      Author: printable(claim.billingProvider.name),
      Producer: "Carryover",
    },
  });
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  const pages = Math.ceil(claim.lines.length / LINES_PER_FORM);
  const total = claim.lines.reduce((sum, line) => sum + line.chargeCents, 0);
  for (let page = 1; page <= pages; page += 1) {
    if (page > 1) pdf.addPage();
    header(pdf, claim, page, pages);
    form(pdf, claim, page, page === pages ? total : null);
  }
  pdf.end();
  return done;
}
