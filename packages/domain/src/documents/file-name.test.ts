import { describe, expect, it } from "vitest";

import { MAX_FILE_NAME_LENGTH, sanitizeFileName } from "./file-name";

describe("sanitizeFileName", () => {
  it("keeps an ordinary name as it is, accents and spaces included", () => {
    expect(sanitizeFileName("Noah's speech report.pdf")).toBe("Noah's speech report.pdf");
    expect(sanitizeFileName("Évaluation orthophonie 2027.docx")).toBe(
      "Évaluation orthophonie 2027.docx",
    );
  });

  it("keeps only the last part of a Windows or a Unix path", () => {
    expect(sanitizeFileName("C:\\Users\\grace\\Desktop\\report.pdf")).toBe("report.pdf");
    expect(sanitizeFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitizeFileName("/home/grace/photo.jpg")).toBe("photo.jpg");
  });

  it('removes control characters and <>:"|?*', () => {
    expect(sanitizeFileName('re<po>rt:"v2"|final?*.pdf')).toBe("reportv2final.pdf");
    expect(sanitizeFileName("line\nbreak\ttab\u0000nul\u007f.png")).toBe("linebreaktabnul.png");
  });

  it("removes the invisible marks that turn an extension around", () => {
    expect(sanitizeFileName("photo\u202Egpj.exe")).toBe("photogpj.exe");
  });

  it("removes leading dots, and trailing dots and spaces", () => {
    expect(sanitizeFileName(".hidden.pdf")).toBe("hidden.pdf");
    expect(sanitizeFileName("...notes")).toBe("notes");
    expect(sanitizeFileName("report. . ")).toBe("report");
    expect(sanitizeFileName("  many   spaces  .pdf")).toBe("many spaces.pdf");
  });

  it("trims a long name to 120 characters and keeps its extension", () => {
    const name = sanitizeFileName(`${"a".repeat(300)}.pdf`);
    expect(name).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith("a.pdf")).toBe(true);
  });

  it("counts characters, not UTF-16 units, and never cuts one in half", () => {
    const name = sanitizeFileName(`${"🙂".repeat(200)}.jpg`);
    expect([...name]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith("🙂.jpg")).toBe(true);
  });

  it("treats a long or spaced ending as part of the name, not an extension", () => {
    const name = sanitizeFileName(`${"b".repeat(130)}.this is not an extension`);
    expect([...name]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.startsWith("bbb")).toBe(true);
  });

  it("is never empty", () => {
    expect(sanitizeFileName("")).toBe("file");
    expect(sanitizeFileName("...")).toBe("file");
    expect(sanitizeFileName("C:\\folder\\")).toBe("file");
    expect(sanitizeFileName("???", "photo")).toBe("photo");
  });

  it("gives the same name when applied twice", () => {
    for (const name of ["a/b/..c.pdf", `${"x".repeat(200)}.docx`, " .mov", "ok.png"]) {
      expect(sanitizeFileName(sanitizeFileName(name))).toBe(sanitizeFileName(name));
    }
  });
});
