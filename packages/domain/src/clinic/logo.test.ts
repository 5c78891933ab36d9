import { describe, expect, it } from "vitest";

import { logoRefusal, MAX_LOGO_BYTES, sniffLogoType } from "./logo";

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);
const ascii = (text: string) => new TextEncoder().encode(text);

describe("a clinic logo's type", () => {
  it("is read from the first bytes", () => {
    expect(sniffLogoType(png)).toBe("image/png");
    expect(sniffLogoType(jpeg)).toBe("image/jpeg");
  });

  it("is none for a GIF, an SVG, an HTML page or a cut-off signature", () => {
    expect(sniffLogoType(ascii("GIF89a\u0001\u0000"))).toBeNull();
    expect(sniffLogoType(ascii('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffLogoType(ascii("<!doctype html><script>alert(1)</script>"))).toBeNull();
    expect(sniffLogoType(png.slice(0, 8))).toBeNull();
  });
});

describe("what refuses a logo", () => {
  it("says the size over the cap, emptiness and a wrong type in words", () => {
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(png);
    expect(logoRefusal(big)).toBe("That image is 201 kB. Choose one of at most 200 kB.");
    expect(logoRefusal(new Uint8Array())).toContain("empty");
    expect(logoRefusal(ascii("GIF89a……"))).toContain("not a PNG or JPEG");
  });

  it("takes a PNG or JPEG up to the cap", () => {
    const full = new Uint8Array(MAX_LOGO_BYTES);
    full.set(jpeg);
    expect(logoRefusal(full)).toBeNull();
    expect(logoRefusal(png)).toBeNull();
  });
});
