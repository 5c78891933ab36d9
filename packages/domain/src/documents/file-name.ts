export const MAX_FILE_NAME_LENGTH = 120;

const RESERVED = new Set(["<", ">", ":", '"', "/", "\\", "|", "?", "*"]);
// Direction marks and overrides (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) can make
// "photo\u202Egpj.exe" read as "photoexe.jpg".
const INVISIBLE_DIRECTION = new Set([
  0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);
const LONGEST_EXTENSION = 10;

function isUnsafe(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
  return control || INVISIBLE_DIRECTION.has(code) || RESERVED.has(character);
}

/** The name and its extension ("report", ".pdf"); an extension is short and has no spaces. */
export function splitExtension(name: string): { stem: string; extension: string } {
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? name.slice(dot) : "";
  if (!/^\.[\p{L}\p{N}]+$/u.test(extension) || [...extension].length > LONGEST_EXTENSION + 1) {
    return { stem: name, extension: "" };
  }
  return { stem: name.slice(0, dot), extension };
}

const tidy = (text: string) =>
  text
    .replace(/\s+/gu, " ")
    .replace(/^[\s.]+/u, "")
    .replace(/[\s.]+$/u, "");

/**
 * A name that is safe to show and to offer as a download: the last part of a path, without control
 * characters, `<>:"/\|?*`, leading dots or trailing dots and spaces, at most 120 characters with its
 * extension kept; `fallback` when nothing readable is left.
 */
export function sanitizeFileName(declared: string, fallback = "file"): string {
  const lastPart = declared.split(/[/\\]/).pop() ?? "";
  const cleaned = tidy(
    [...lastPart.normalize("NFC")].filter((character) => !isUnsafe(character)).join(""),
  );
  const { stem, extension } = splitExtension(cleaned);
  const room = MAX_FILE_NAME_LENGTH - [...extension].length;
  const short = tidy([...stem].slice(0, room).join(""));
  if (!short) return extension ? `${fallback}${extension}` : fallback;
  return `${short}${extension}`;
}
