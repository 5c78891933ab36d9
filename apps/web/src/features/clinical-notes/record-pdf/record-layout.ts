import { createPdfWriter, INK, MUTED, printable, RULE, SHADE } from "~/lib/pdf-writer";
import { formatCalendarDateLong } from "~/lib/time";

export type PdfWriter = ReturnType<typeof createPdfWriter>;

/** What heads every page of the record: the clinic, the child, the diagnoses and the referral. */
export type Letterhead = {
  clinic: {
    name: string;
    address: string | null;
    phone: string | null;
    /** PNG or JPEG bytes; anything else is left out. */
    logo: Uint8Array | null;
  };
  child: { name: string; dateOfBirth: string };
  diagnoses: readonly { kind: string; code: string; description: string }[];
  /** Left out (undefined) where the document has no referral to show, as on the physician's link. */
  physician?: { name: string; npi: string } | null;
};

const LOGO_BOX = { width: 120, height: 48 };

/** A new document for one part of the record; `compress: false` lets tests read its text. */
export const createRecordWriter = (title: string, clinicName: string, compress?: boolean) =>
  createPdfWriter({ title, author: clinicName, compress });

function drawLogo(w: PdfWriter, logo: Uint8Array, top: number): boolean {
  try {
    w.doc.image(Buffer.from(logo), w.left + w.width - LOGO_BOX.width, top, {
      fit: [LOGO_BOX.width, LOGO_BOX.height],
      align: "right",
    });
    return true;
  } catch {
    // A logo pdfkit cannot read (a damaged file) leaves the letterhead without it.
    return false;
  }
}

/** The clinic's letterhead, the document's title and the child's identifying facts. */
export function writeLetterhead(w: PdfWriter, head: Letterhead, title: string, subtitle: string) {
  const { doc, left, width } = w;
  const top = doc.y;
  const hasLogo = head.clinic.logo ? drawLogo(w, head.clinic.logo, top) : false;
  const textWidth = hasLogo ? width - LOGO_BOX.width - 12 : width;
  doc.font("Helvetica-Bold").fontSize(14).fillColor(INK);
  doc.text(printable(head.clinic.name), left, top, { width: textWidth });
  const address = head.clinic.address?.trim().replace(/\s*\n\s*/g, ", ");
  const contact = [address, head.clinic.phone && `Phone ${head.clinic.phone}`]
    .filter((part): part is string => !!part)
    .join(" · ");
  if (contact)
    doc.font("Helvetica").fontSize(10).fillColor(MUTED).text(printable(contact), left, doc.y, {
      width: textWidth,
    });
  doc.y = Math.max(doc.y, hasLogo ? top + LOGO_BOX.height : 0) + 8;
  doc
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .lineWidth(1)
    .strokeColor(RULE)
    .stroke();
  doc.moveDown(0.6);
  doc.font("Helvetica-Bold").fontSize(18).fillColor(INK).text(printable(title), left, doc.y, {
    width,
  });
  w.paragraph(subtitle, { color: MUTED, size: 10 });
  doc.moveDown(0.5);
  facts(w, [
    ["Child", head.child.name],
    ["Date of birth", formatCalendarDateLong(head.child.dateOfBirth)],
    ...(head.physician === undefined
      ? []
      : ([
          [
            "Referring physician",
            head.physician ? `${head.physician.name}, NPI ${head.physician.npi}` : "Not recorded",
          ],
        ] as const)),
  ]);
  const diagnoses = head.diagnoses.map(
    (d) => `${d.code} ${d.description}${d.kind === "medical" ? " (medical)" : ""}`,
  );
  facts(w, [["Diagnoses", diagnoses.length ? diagnoses.join("\n") : "None recorded"]]);
  doc.moveDown(0.3);
}

/** Label and value pairs, the labels in a narrow column. */
export function facts(w: PdfWriter, rows: readonly (readonly [string, string])[]) {
  const { doc, left, width } = w;
  const labelWidth = 130;
  for (const [label, value] of rows) {
    doc.font("Helvetica").fontSize(10.5);
    const height = doc.heightOfString(printable(value || "-"), {
      width: width - labelWidth,
      lineGap: 1,
    });
    w.ensureRoom(height + 4);
    const y = doc.y;
    doc
      .font("Helvetica-Bold")
      .fillColor(MUTED)
      .text(printable(label), left, y, {
        width: labelWidth - 8,
      });
    doc
      .font("Helvetica")
      .fillColor(INK)
      .text(printable(value || "-"), left + labelWidth, y, {
        width: width - labelWidth,
        lineGap: 1,
      });
    doc.y = Math.max(doc.y, y + height) + 3;
  }
}

/** A titled block of prose; an empty one says so rather than disappearing. */
export function section(w: PdfWriter, title: string, text: string | null | undefined) {
  w.label(title);
  w.paragraph(text?.trim() ? text : "Nothing written.", text?.trim() ? {} : { color: MUTED });
}

/**
 * A simple table: a shaded header row, then rows that move to a new page whole, the header drawn
 * again at the top of each page the table continues on.
 */
export function table(
  w: PdfWriter,
  columns: readonly { header: string; width: number }[],
  rows: readonly (readonly string[])[],
) {
  const { doc, left } = w;
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * w.width);
  const fontOf = (header: boolean) =>
    doc.font(header ? "Helvetica-Bold" : "Helvetica").fontSize(10);
  const heightOf = (cells: readonly string[], header: boolean) => {
    fontOf(header);
    return (
      Math.max(
        ...cells.map((cell, i) =>
          doc.heightOfString(printable(cell || "-"), {
            width: (widths[i] ?? 0) - 8,
            lineGap: 1,
          }),
        ),
      ) + 6
    );
  };
  const drawRow = (cells: readonly string[], header: boolean, height: number) => {
    fontOf(header);
    const y = doc.y;
    if (header) doc.rect(left, y, w.width, height).fill(SHADE);
    let x = left;
    for (const [i, cell] of cells.entries()) {
      doc
        .fillColor(INK)
        .text(printable(cell || "-"), x + 4, y + 3, { width: (widths[i] ?? 0) - 8, lineGap: 1 });
      x += widths[i] ?? 0;
    }
    doc
      .moveTo(left, y + height)
      .lineTo(left + w.width, y + height)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.y = y + height + 1;
  };
  const headers = columns.map((c) => c.header);
  const drawHeader = () => drawRow(headers, true, heightOf(headers, true));
  // The header keeps its first row with it.
  w.ensureRoom(60);
  drawHeader();
  for (const row of rows) {
    const height = heightOf(row, false);
    if (w.ensureRoom(height + 2)) drawHeader();
    drawRow(row, false, height);
  }
  doc.x = left;
  doc.moveDown(0.3);
}

/** "DRAFT - not signed" in a box under the title, and faintly across every page. */
export function draftBanner(w: PdfWriter, words: string) {
  const { doc, left, width } = w;
  const y = doc.y;
  doc.rect(left, y, width, 28).lineWidth(2).strokeColor("#b91c1c").stroke();
  doc
    .font("Helvetica-Bold")
    .fontSize(14)
    .fillColor("#b91c1c")
    .text(words, left, y + 8, {
      width,
      align: "center",
    });
  doc.y = y + 36;
  doc.fillColor(INK);
}

export function watermarkEveryPage(w: PdfWriter, words: string) {
  const { doc } = w;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const { width, height } = doc.page;
    doc.save();
    doc.rotate(-35, { origin: [width / 2, height / 2] });
    doc.fillOpacity(0.12).fillColor("#b91c1c").font("Helvetica-Bold").fontSize(64);
    doc.text(words, 0, height / 2 - 32, { width, align: "center", lineBreak: false });
    doc.restore();
    doc.page.margins.bottom = saved;
  }
}
