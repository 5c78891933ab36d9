// Windows-1252 where it differs from Latin-1 (Node's TextDecoder reads it as Latin-1).
const CP1252: Record<number, string> = {
  0x91: "‘",
  0x92: "’",
  0x93: "“",
  0x94: "”",
  0x95: "•",
  0x96: "–",
  0x97: "—",
};

/**
 * The text an uncompressed PDF draws, its line breaks as spaces so a wrapped sentence reads whole:
 * pdfkit writes each line as hex strings in TJ. For tests.
 */
export function drawnText(pdf: Buffer): string {
  const source = pdf.toString("latin1");
  const decode = (hex: string) =>
    [...Buffer.from(hex, "hex")].map((b) => CP1252[b] ?? String.fromCharCode(b)).join("");
  const lines = [...source.matchAll(/\[([^\]]*)\]\s*TJ/g)].map(([, operands]) =>
    [...(operands ?? "").matchAll(/<([0-9a-f]*)>/g)].map(([, hex]) => decode(hex ?? "")).join(""),
  );
  return lines.join(" ").replace(/\s+/g, " ");
}

export const pageCount = (pdf: Buffer) =>
  pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
