/**
 * One CSV cell: quoted when it holds a comma, quote or line break; a leading = + - @ (or a tab or
 * carriage return) gets an apostrophe so a spreadsheet reads it as text, not a formula (OWASP CSV injection).
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text (RFC 4180 line ends), the header first. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
) {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** A download's file name from a label and a date, only letters, digits and dashes before the extension. */
export function safeFileName(label: string, date: string, extension: string): string {
  const slug = `${label}-${date}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${slug || "export"}.${extension}`;
}
