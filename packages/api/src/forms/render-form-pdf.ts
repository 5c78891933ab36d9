import PDFDocument from "pdfkit";

import type { CompletedForm } from "@carryover/domain/forms";

const MARGIN = 54;
const INK = "#1c1917";
const MUTED = "#57534e";

/** Text the built-in Helvetica (Windows-1252) can draw: accents dropped where needed, else "?". */
function printable(text: string): string {
  return [...text]
    .map((char) => {
      const code = char.codePointAt(0) ?? 0;
      if (code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff))
        return char;
      const plain = char.normalize("NFKD").replace(/\p{M}/gu, "");
      return /^[\x20-\x7e]+$/.test(plain) ? plain : "?";
    })
    .join("");
}

/**
 * The completed form as a PDF, the same bytes every time for the same form: its dates come from the
 * signature, so the hash kept with the form is the hash of this file.
 */
export async function renderFormPdf(form: CompletedForm): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "LETTER",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: {
      Title: printable(form.title),
      Author: printable(form.clinicName),
      Producer: "Carryover",
      Creator: "Carryover",
      CreationDate: form.signature.signedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const write = (text: string, font: string, size: number, color = INK) =>
    doc.font(font).fontSize(size).fillColor(color).text(printable(text), MARGIN, doc.y, {
      width,
      lineGap: 2,
    });

  write(form.clinicName, "Helvetica", 10, MUTED);
  write(form.title, "Helvetica-Bold", 18);
  write(`For ${form.childName}`, "Helvetica", 11, MUTED);
  for (const section of form.sections) {
    doc.moveDown(0.8);
    write(section.title, "Helvetica-Bold", 14);
    if (section.intro) write(section.intro, "Helvetica", 10, MUTED);
    for (const entry of section.entries) {
      doc.moveDown(0.4);
      write(entry.label, "Helvetica-Bold", 10);
      write(entry.answer, "Helvetica", 11);
    }
  }
  writeSignature(doc, form.signature, write);
  doc.end();
  return new Uint8Array(await done);
}

function writeSignature(
  doc: PDFKit.PDFDocument,
  signature: CompletedForm["signature"],
  write: (text: string, font: string, size: number, color?: string) => unknown,
) {
  doc.moveDown(1.2);
  write("Electronic signature", "Helvetica-Bold", 14);
  write(signature.consent, "Helvetica", 10, MUTED);
  doc.moveDown(0.4);
  write(`Signed by ${signature.signerName}`, "Helvetica", 11);
  write(`Signed at ${signature.signedAt.toISOString()} (UTC)`, "Helvetica", 11);
  write(`From IP address ${signature.ip ?? "not known"}`, "Helvetica", 11);
  if (signature.drawnSignature) {
    const png = Buffer.from(
      signature.drawnSignature.replace(/^data:image\/png;base64,/, ""),
      "base64",
    );
    doc.moveDown(0.4);
    doc.image(png, MARGIN, doc.y, { fit: [240, 80] });
  }
}
