import { inflateSync } from "node:zlib";

// Windows-1252 where it differs from Latin-1, as pdfkit's standard fonts encode it.
const CP1252: Record<number, string> = { 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x96: "–" };

/**
 * The text a pdfkit PDF draws, its compressed streams inflated, in drawing order with line breaks
 * as spaces: pdfkit writes each run of text as hex strings in TJ.
 */
export function drawnText(pdf: Buffer): string {
  const source = pdf.toString("latin1");
  const contents = [...source.matchAll(/stream\r?\n/g)].map((match) => {
    const start = (match.index ?? 0) + match[0].length;
    const bytes = pdf.subarray(start, source.indexOf("endstream", start));
    try {
      return inflateSync(bytes).toString("latin1");
    } catch {
      return bytes.toString("latin1");
    }
  });
  const decode = (hex: string) =>
    [...Buffer.from(hex, "hex")].map((b) => CP1252[b] ?? String.fromCharCode(b)).join("");
  return contents
    .flatMap((content) =>
      [...content.matchAll(/\[([^\]]*)\]\s*TJ/g)].map(([, operands]) =>
        [...(operands ?? "").matchAll(/<([0-9a-f]*)>/g)]
          .map(([, hex]) => decode(hex ?? ""))
          .join(""),
      ),
    )
    .join(" ")
    .replace(/\s+/g, " ");
}
