import PDFDocument from "pdfkit";

// The page and the ink every printed document of Carryover shares (US Letter, for US clinics).
export const MARGIN = 54;
export const INK = "#1c1917";
export const MUTED = "#57534e";
export const RULE = "#a8a29e";
export const SHADE = "#f5f5f4";

// The standard PDF fonts encode Windows-1252 only: these are its characters beyond Latin-1.
const CP1252_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const REPLACEMENTS: Record<string, string> = {
  "→": "->",
  "←": "<-",
  "≥": ">=",
  "≤": "<=",
  // Letters with no decomposition to a base letter and a mark.
  Ł: "L",
  ł: "l",
  Đ: "D",
  đ: "d",
  ı: "i",
};

/** Text the built-in Helvetica can draw: other characters lose their accents, or become "?". */
export function printable(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff))
      out += char;
    else if (CP1252_EXTRA.has(char)) out += char;
    else if (REPLACEMENTS[char]) out += REPLACEMENTS[char];
    else {
      const plain = char.normalize("NFKD").replace(/\p{M}/gu, "");
      out += /^[\x20-\x7e]+$/.test(plain) ? plain : "?";
    }
  }
  return out;
}

type TextStyle = { font?: string; size?: number; color?: string };

/**
 * A Letter-size document written top to bottom: headings, paragraphs and lists that move to a new
 * page when they would not fit, and a footer on every page when it is finished.
 */
export function createPdfWriter(input: { title: string; author: string; compress?: boolean }) {
  const doc = new PDFDocument({
    size: "LETTER",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    compress: input.compress ?? true,
    // No names in the document's properties: a file may be shared or synced.
    info: { Title: input.title, Author: printable(input.author), Producer: "Carryover" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;

  /** Starts a new page unless `height` fits on this one; true when it did. */
  const ensureRoom = (height: number) => {
    if (doc.y + height <= doc.page.height - MARGIN) return false;
    doc.addPage();
    return true;
  };
  const paragraph = (text: string, style: TextStyle = {}) => {
    doc
      .font(style.font ?? "Helvetica")
      .fontSize(style.size ?? 11)
      .fillColor(style.color ?? INK)
      .text(printable(text), left, doc.y, { width, lineGap: 2 });
  };
  const heading = (text: string) => {
    ensureRoom(60);
    doc.moveDown(0.6);
    doc.font("Helvetica-Bold").fontSize(15).fillColor(INK).text(printable(text), left, doc.y, {
      width,
    });
    doc.moveDown(0.3);
  };
  /** Items with a hanging marker ("1.", "•"), so wrapped lines stay clear of it. */
  const list = (items: readonly string[], marker: (i: number) => string, indent = 0) => {
    doc.font("Helvetica").fontSize(11).fillColor(INK);
    for (const [i, item] of items.entries()) {
      ensureRoom(doc.currentLineHeight(true) * 2);
      const y = doc.y;
      doc.text(marker(i), left + indent, y, { width: 18, lineBreak: false });
      doc.text(printable(item), left + indent + 18, y, { width: width - indent - 18, lineGap: 2 });
      doc.moveDown(0.15);
    }
  };
  const label = (text: string) => {
    ensureRoom(40);
    doc.moveDown(0.3);
    paragraph(text, { font: "Helvetica-Bold", size: 11 });
    doc.moveDown(0.1);
  };

  /** Writes "<footer> · page N of M" in the bottom margin of every page and ends the document. */
  const finish = (footer: string): Promise<Buffer> => {
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i += 1) {
      doc.switchToPage(i);
      // No bottom margin while the footer is written, so it starts no new page.
      const saved = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc
        .font("Helvetica")
        .fontSize(9)
        .fillColor(MUTED)
        .text(
          printable(`${footer} · page ${i - range.start + 1} of ${range.count}`),
          left,
          doc.page.height - MARGIN + 18,
          { width, align: "center", lineBreak: false },
        );
      doc.page.margins.bottom = saved;
    }
    doc.end();
    return done;
  };

  return {
    doc,
    left,
    width,
    ensureRoom,
    heading,
    paragraph,
    label,
    numbered: (items: readonly string[], indent = 0) => list(items, (i) => `${i + 1}.`, indent),
    bullets: (items: readonly string[], indent = 0) => list(items, () => "•", indent),
    finish,
  };
}
