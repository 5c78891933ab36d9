import { INK, MUTED, printable, RULE, SHADE } from "~/lib/pdf-writer";
import type { Cms1500Claim, Cms1500Person } from "./cms1500-claim";

export type Pdf = PDFKit.PDFDocument;
export type Area = { x: number; y: number; w: number; h: number };
type Align = "left" | "center" | "right";
type CaptionStyle = { width?: number; size?: number; align?: Align; bold?: boolean };

export const FORM_LEFT = 22;
export const FORM_WIDTH = 568;
export const LETTERS = "ABCDEFGHIJKL";
const ENTRY_SIZE = 9;
const CHECK = 8;

/** Capitals, which the payers' scanners read best (NUCC 1500 instructions), in drawable characters. */
export const formText = (text: string) => printable(text.toUpperCase()).replace(/\s+/g, " ").trim();

export function ruled(pdf: Pdf, area: Area, shaded = false) {
  if (shaded) pdf.rect(area.x, area.y, area.w, area.h).fill(SHADE);
  pdf.rect(area.x, area.y, area.w, area.h).lineWidth(0.5).strokeColor(RULE).stroke();
}

export function solidRule(pdf: Pdf, x: number, top: number, bottom: number) {
  pdf.moveTo(x, top).lineTo(x, bottom).lineWidth(0.5).strokeColor(RULE).stroke();
}

export function dottedRule(pdf: Pdf, x: number, top: number, bottom: number) {
  pdf.dash(1, { space: 1.5 });
  pdf.moveTo(x, top).lineTo(x, bottom).lineWidth(0.4).strokeColor(RULE).stroke().undash();
}

/** The form's printed words: a box's number and title, wrapped to `width` when given. */
export function caption(pdf: Pdf, text: string, x: number, y: number, style: CaptionStyle = {}) {
  pdf.font(style.bold ? "Helvetica-Bold" : "Helvetica").fontSize(style.size ?? 5.5);
  pdf.fillColor(MUTED).text(printable(text), x, y, {
    ...(style.width ? { width: style.width, align: style.align } : { lineBreak: false }),
    lineGap: -0.8,
  });
}

/** What is filled in, on one line: smaller, then cut short, where it would not fit `width`. */
export function entry(pdf: Pdf, text: string, x: number, y: number, width: number, align?: Align) {
  let words = formText(text);
  if (!words) return;
  let size = ENTRY_SIZE;
  pdf.font("Courier").fontSize(size);
  while (size > 6 && pdf.widthOfString(words) > width) pdf.fontSize((size -= 0.5));
  while (words.length > 1 && pdf.widthOfString(words) > width) words = words.slice(0, -1);
  const at = y + (ENTRY_SIZE - size) / 2;
  pdf.fillColor(INK).text(words, x, at, { width: width + 2, align, lineBreak: false });
}

/** A ruled box, its caption at the top and its entry along the bottom. */
export function box(pdf: Pdf, area: Area, title: string, value?: string | null, shaded = false) {
  ruled(pdf, area, shaded);
  caption(pdf, title, area.x + 2, area.y + 1.5, { width: area.w - 4 });
  if (value) entry(pdf, value, area.x + 3, area.y + area.h - 10.5, area.w - 6);
}

/** Check boxes in a row, each after its caption; the one captioned `marked` gets an X. */
export function checks(
  pdf: Pdf,
  texts: readonly string[],
  x: number,
  y: number,
  marked: string | null,
  size = 6.5,
) {
  let at = x;
  for (const text of texts) {
    caption(pdf, text, at, y + (CHECK - size) / 2 + 0.5, { size });
    at += pdf.widthOfString(printable(text)) + 2;
    pdf.rect(at, y, CHECK, CHECK).lineWidth(0.6).strokeColor(MUTED).stroke();
    if (text === marked) {
      pdf.font("Courier-Bold").fontSize(10).fillColor(INK);
      pdf.text("X", at, y + 0.2, { width: CHECK, align: "center", lineBreak: false });
    }
    at += CHECK + 5;
  }
}

/** A YYYY-MM-DD date as the form's date boxes take it: "MM DD YY" or "MM DD YYYY". */
export function formDate(date: string, year: "YY" | "YYYY"): [string, string, string] {
  const [yyyy = "", mm = "", dd = ""] = date.split("-");
  return [mm, dd, year === "YY" ? yyyy.slice(2) : yyyy];
}

/** A date in the form's MM | DD | YY columns, each part centred in its third of `width`. */
function dateColumns(pdf: Pdf, date: string, x: number, y: number, width: number) {
  const third = width / 3;
  formDate(date, "YY").forEach((part, i) => entry(pdf, part, x + i * third, y, third, "center"));
}

/**
 * An amount as the form's charge boxes take it: whole dollars right-aligned left of the dotted
 * line, cents after it, no "$", comma or point (NUCC 1500 instructions, items 24F and 28).
 */
export function amount(pdf: Pdf, cents: number, x: number, y: number, width: number, top: number) {
  const split = x + width - 16;
  dottedRule(pdf, split, top, y + 10);
  entry(pdf, String(Math.floor(cents / 100)), x, y, split - x - 3, "right");
  entry(pdf, String(cents % 100).padStart(2, "0"), split + 1, y, 14);
}

/** A US phone as the form's "( )" box takes it: area code in the brackets, no hyphen. */
export function formPhone(phone: string | null | undefined): string {
  const digits = (phone ?? "").replace(/\D/g, "").replace(/^1(?=\d{10}$)/, "");
  return digits.length === 10 ? `(${digits.slice(0, 3)}) ${digits.slice(3)}` : (phone ?? "");
}

export const streetLine = (address: { line1: string; line2?: string | null }) =>
  [address.line1, address.line2].filter(Boolean).join(" ");

export const cityLine = (a: { city: string | null; state: string | null; zip: string | null }) =>
  [a.city, a.state, a.zip].filter(Boolean).join(" ");

/** Boxes 5 and 7: street, city, state, ZIP and phone in their own boxes, 68 high. */
export function addressBoxes(pdf: Pdf, area: Area, title: string, person: Cms1500Person) {
  const { x, y, w } = area;
  const zip = Math.round(w * 0.4);
  box(pdf, { x, y, w, h: 24 }, title, streetLine(person.address));
  box(pdf, { x, y: y + 24, w: w - 48, h: 22 }, "CITY", person.address.city);
  box(pdf, { x: x + w - 48, y: y + 24, w: 48, h: 22 }, "STATE", person.address.state);
  box(pdf, { x, y: y + 46, w: zip, h: 22 }, "ZIP CODE", person.address.zip);
  const phone = "TELEPHONE (Include Area Code)";
  box(pdf, { x: x + zip, y: y + 46, w: w - zip, h: 22 }, phone, formPhone(person.phone));
}

/** Boxes 3 and 11a: a birth date and a sex marked M or F (neither when unknown). */
export function birthBox(pdf: Pdf, area: Area, title: string, person: Cms1500Person) {
  const { x, y, h } = area;
  ruled(pdf, area);
  caption(pdf, title, x + 2, y + 1.5);
  caption(pdf, "MM DD YYYY", x + 3, y + 7, { size: 4.5 });
  entry(pdf, formDate(person.dateOfBirth, "YYYY").join(" "), x + 3, y + h - 9.5, 62);
  caption(pdf, "SEX", x + 86, y + 1.5);
  checks(pdf, ["M", "F"], x + 78, y + h - 11, person.sex === "U" ? null : person.sex);
}

export function yesNoBox(pdf: Pdf, area: Area, title: string, answer: "YES" | "NO" | null) {
  box(pdf, area, title);
  checks(pdf, ["YES", "NO"], area.x + 20, area.y + area.h - 11, answer, 6);
}

/** Box 21's twelve places, A to L in rows of four, under their caption. */
export function diagnosisPlaces(pdf: Pdf, codes: readonly string[], x: number, y: number) {
  [...LETTERS].forEach((letter, i) => {
    const left = x + 4 + (i % 4) * 91;
    const top = y + 13 + Math.floor(i / 4) * 13;
    caption(pdf, `${letter}.`, left, top + 2.5, { size: 6 });
    pdf
      .moveTo(left + 9, top + 10)
      .lineTo(left + 80, top + 10)
      .stroke();
    // NUCC 1500 instructions, item 21: the decimal point is implied, not printed.
    entry(pdf, codes[i]?.replace(".", "") ?? "", left + 11, top + 1, 68);
  });
}

/** One row of box 24 as it is printed: the pointers already letters. */
export type FormLine = {
  serviceDate: string;
  placeOfService: string;
  code: string;
  modifiers: readonly string[];
  pointers: string;
  chargeCents: number;
  units: number;
  npi: string;
};

export const LINE_HEIGHT = 24;
const SHADED = 9;
const LINE_HEADER = 26;
// Box 24's columns (A from, A to, B … J) as offsets from the form's left edge.
const COLUMN = { from: 0, to: 60, pos: 120, emg: 144, code: 164, modifiers: 210, pointer: 290 };
const COLUMN_RIGHT = { charges: 330, units: 392, epsdt: 420, qualifier: 444, npi: 468 };
const EDGES = [...Object.values(COLUMN), ...Object.values(COLUMN_RIGHT)].slice(1);
const HEADINGS: [text: string, x: number, y: number, width: number, align?: Align][] = [
  ["24. A. DATE(S) OF SERVICE", 2, 1.5, 116, "center"],
  ["From", 2, 9, 56, "center"],
  ["MM DD YY", 2, 17, 56, "center"],
  ["To", 62, 9, 56, "center"],
  ["MM DD YY", 62, 17, 56, "center"],
  ["B. PLACE OF SERVICE", COLUMN.pos + 1, 1.5, 22],
  ["C. EMG", COLUMN.emg + 1, 1.5, 18],
  [
    "D. PROCEDURES, SERVICES, OR SUPPLIES (Explain Unusual Circumstances)",
    COLUMN.code + 2,
    1.5,
    122,
  ],
  ["CPT/HCPCS", COLUMN.code + 2, 17, 44],
  ["MODIFIER", COLUMN.modifiers, 17, 80, "center"],
  ["E. DIAGNOSIS POINTER", COLUMN.pointer + 1.5, 1.5, 37],
  ["F. $ CHARGES", COLUMN_RIGHT.charges + 1.5, 1.5, 59],
  ["G. DAYS OR UNITS", COLUMN_RIGHT.units + 1.5, 1.5, 25],
  ["H. EPSDT Family Plan", COLUMN_RIGHT.epsdt + 1.5, 1.5, 21],
  ["I. ID. QUAL.", COLUMN_RIGHT.qualifier + 1.5, 1.5, 21],
  ["J. RENDERING PROVIDER ID. #", COLUMN_RIGHT.npi + 1.5, 1.5, 97],
];

/** Box 24's column captions; returns the top of the first service line. */
export function serviceLineHeader(pdf: Pdf, y: number): number {
  const x = FORM_LEFT;
  ruled(pdf, { x, y, w: FORM_WIDTH, h: LINE_HEADER });
  for (const edge of EDGES.filter((e) => e !== COLUMN.to && e !== COLUMN.modifiers))
    solidRule(pdf, x + edge, y, y + LINE_HEADER);
  for (const [text, dx, dy, width, align] of HEADINGS)
    caption(pdf, text, x + dx, y + dy, { size: 4.8, width, align });
  return y + LINE_HEADER;
}

/** One of box 24's six rows, numbered in the margin: shaded above, the service on its lower half. */
export function serviceLine(pdf: Pdf, y: number, number: number, line: FormLine | undefined) {
  const x = FORM_LEFT;
  const [middle, bottom] = [y + SHADED, y + LINE_HEIGHT];
  ruled(pdf, { x, y, w: FORM_WIDTH, h: SHADED }, true);
  ruled(pdf, { x, y: middle, w: FORM_WIDTH, h: LINE_HEIGHT - SHADED });
  solidRule(pdf, x + COLUMN_RIGHT.qualifier, y, middle);
  solidRule(pdf, x + COLUMN_RIGHT.npi, y, middle);
  for (const edge of EDGES) solidRule(pdf, x + edge, middle, bottom);
  // The MM | DD | YY parts of both dates and the four modifier places.
  for (const edge of [20, 40, 80, 100, 230, 250, 270]) dottedRule(pdf, x + edge, middle, bottom);
  caption(pdf, String(number), x - 10, middle + 3, { size: 7, bold: true });
  const at = middle + 3.5;
  if (line) {
    dateColumns(pdf, line.serviceDate, x + COLUMN.from, at, 60);
    dateColumns(pdf, line.serviceDate, x + COLUMN.to, at, 60);
    entry(pdf, line.placeOfService, x + COLUMN.pos, at, 24, "center");
    entry(pdf, line.code, x + COLUMN.code + 3, at, 42);
    line.modifiers.forEach((modifier, i) =>
      entry(pdf, modifier, x + COLUMN.modifiers + i * 20, at, 20, "center"),
    );
    entry(pdf, line.pointers, x + COLUMN.pointer + 3, at, 34);
    amount(pdf, line.chargeCents, x + COLUMN_RIGHT.charges + 2, at, 60, middle);
    entry(pdf, String(line.units), x + COLUMN_RIGHT.units + 2, at, 24, "right");
  }
  caption(pdf, "NPI", x + COLUMN_RIGHT.qualifier + 2, middle + 5, { size: 6.5 });
  if (line) entry(pdf, line.npi, x + COLUMN_RIGHT.npi + 4, at, 92);
}

const SIGNATURE =
  "31. SIGNATURE OF PHYSICIAN OR SUPPLIER INCLUDING DEGREES OR CREDENTIALS (I certify that the statements on the reverse apply to this bill and are made a part thereof.)";

/** Boxes 25 to 33: who bills, the total, and who signs. */
export function providerBoxes(
  pdf: Pdf,
  claim: Cms1500Claim,
  top: number,
  totalCents: number | null,
) {
  const { billingProvider: billing } = claim;
  const L = FORM_LEFT;
  let y = top;
  const taxId = billing.taxId.replace(/\D/g, "");
  box(pdf, { x: L, y, w: 150, h: 28 }, "25. FEDERAL TAX I.D. NUMBER", taxId);
  checks(pdf, ["SSN", "EIN"], L + 96, y + 16, "EIN", 5.5);
  box(pdf, { x: L + 150, y, w: 110, h: 28 }, "26. PATIENT'S ACCOUNT NO.", claim.controlNumber);
  box(pdf, { x: L + 260, y, w: 90, h: 28 }, "27. ACCEPT ASSIGNMENT?");
  caption(pdf, "(For govt. claims, see back)", L + 262, y + 8, { size: 4.5 });
  checks(pdf, ["YES", "NO"], L + 270, y + 16, "YES", 6);
  box(pdf, { x: L + 350, y, w: 80, h: 28 }, "28. TOTAL CHARGE");
  caption(pdf, "$", L + 352, y + 18, { size: 6 });
  if (totalCents === null) entry(pdf, "CONTINUED", L + 358, y + 16.5, 70);
  else amount(pdf, totalCents, L + 358, y + 16.5, 70, y + 9);
  box(pdf, { x: L + 430, y, w: 70, h: 28 }, "29. AMOUNT PAID");
  caption(pdf, "$", L + 432, y + 18, { size: 6 });
  dottedRule(pdf, L + 484, y + 9, y + 28);
  box(pdf, { x: L + 500, y, w: 68, h: 28 }, "30. Rsvd for NUCC Use");

  y += 28;
  box(pdf, { x: L, y, w: 170, h: 56 }, SIGNATURE);
  entry(pdf, claim.renderingProvider.name, L + 3, y + 29, 164);
  caption(pdf, "DATE", L + 3, y + 45.5);
  entry(pdf, formDate(claim.signedOn, "YYYY").join(" "), L + 22, y + 43.5, 90);
  const located = [billing.name, streetLine(billing.address), cityLine(billing.address)];
  const blocks = [
    { x: L + 170, w: 198, title: "32. SERVICE FACILITY LOCATION INFORMATION", phone: null },
    { x: L + 368, w: 200, title: "33. BILLING PROVIDER INFO & PH #", phone: billing.phone },
  ];
  for (const { x, w, title, phone } of blocks) {
    ruled(pdf, { x, y, w, h: 42 });
    caption(pdf, title, x + 2, y + 1.5);
    entry(pdf, formPhone(phone), x + 110, y + 2.5, w - 114);
    located.forEach((text, i) => entry(pdf, text, x + 3, y + 12.5 + i * 9.5, w - 6));
    ruled(pdf, { x, y: y + 42, w: w / 2, h: 14 });
    caption(pdf, "a.", x + 2, y + 45);
    entry(pdf, billing.npi, x + 10, y + 44, w / 2 - 14);
    box(pdf, { x: x + w / 2, y: y + 42, w: w / 2, h: 14 }, "b.", null, true);
  }
}
