/** A clinic's logo: small, and only the two formats every browser shows without surprises. */
export const MAX_LOGO_BYTES = 200 * 1024;

export const LOGO_TYPES = ["image/png", "image/jpeg"] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The logo's type from its first bytes, never its name or what the browser said: a PNG named
 * "logo.jpg" is a PNG; a GIF, an SVG (which can carry script) or an HTML page is none of them.
 */
export function sniffLogoType(bytes: Uint8Array): LogoType | null {
  if (bytes.length > PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b))
    return "image/png";
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return "image/jpeg";
  return null;
}

/** Why a file cannot be the logo, in words; null when it can. */
export function logoRefusal(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return "That file is empty. Choose a PNG or JPEG image.";
  if (bytes.length > MAX_LOGO_BYTES)
    return `That image is ${Math.ceil(bytes.length / 1024)} kB. Choose one of at most ${MAX_LOGO_BYTES / 1024} kB.`;
  if (!sniffLogoType(bytes)) return "That file is not a PNG or JPEG image. Choose a PNG or JPEG.";
  return null;
}
