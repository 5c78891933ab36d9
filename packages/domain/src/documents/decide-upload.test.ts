import { describe, expect, it } from "vitest";

import { decideUpload, describeUploadRefusal } from "./decide-upload";
import { ALLOWED_UPLOAD_TYPES, UPLOAD_LIMITS } from "./upload-types";

const MB = 1024 * 1024;

describe("decideUpload", () => {
  it("accepts a PDF as a document of at most 25 MB", () => {
    expect(
      decideUpload({ detectedMime: "application/pdf", declaredName: "Evaluation.pdf" }),
    ).toEqual({
      ok: true,
      mime: "application/pdf",
      kind: "document",
      maxBytes: 25 * MB,
      fileName: "Evaluation.pdf",
    });
  });

  it("accepts photos and Word documents as documents", () => {
    for (const mime of ["image/png", "image/jpeg", "image/heic", "image/heif", "image/webp"]) {
      expect(decideUpload({ detectedMime: mime, declaredName: "x" })).toMatchObject({
        ok: true,
        kind: "document",
        maxBytes: 25 * MB,
      });
    }
    const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    expect(decideUpload({ detectedMime: docx, declaredName: "plan.docx" })).toMatchObject({
      ok: true,
      kind: "document",
    });
  });

  it("accepts MP4, MOV and WebM as videos of at most 200 MB", () => {
    for (const mime of ["video/mp4", "video/quicktime", "video/webm"]) {
      expect(decideUpload({ detectedMime: mime, declaredName: "practice" })).toMatchObject({
        ok: true,
        kind: "video",
        maxBytes: 200 * MB,
      });
    }
  });

  it("refuses a type it recognises but does not allow, whatever the name says", () => {
    for (const mime of ["application/x-msdownload", "application/x-elf", "application/zip"]) {
      expect(decideUpload({ detectedMime: mime, declaredName: "report.pdf" })).toEqual({
        ok: false,
        reason: "TYPE_NOT_ALLOWED",
      });
    }
  });

  it("refuses a file whose type was not recognised", () => {
    expect(decideUpload({ detectedMime: undefined, declaredName: "notes.pdf" })).toEqual({
      ok: false,
      reason: "UNKNOWN_TYPE",
    });
    expect(decideUpload({ detectedMime: null, declaredName: "notes.txt" }).ok).toBe(false);
  });

  it("takes the limits it is given", () => {
    const limits = { document: 1000, video: 5000 };
    expect(
      decideUpload({ detectedMime: "image/gif", declaredName: "a.gif", limits }),
    ).toMatchObject({ maxBytes: 1000 });
    expect(
      decideUpload({ detectedMime: "video/mp4", declaredName: "a.mp4", limits }),
    ).toMatchObject({ maxBytes: 5000 });
  });

  it("names the file with the extension of the type it really is", () => {
    const name = (detectedMime: string, declaredName: string) => {
      const decision = decideUpload({ detectedMime, declaredName });
      return decision.ok ? decision.fileName : null;
    };
    expect(name("image/jpeg", "scan.pdf")).toBe("scan.jpg");
    expect(name("image/jpeg", "IMG_0042.JPEG")).toBe("IMG_0042.JPEG");
    expect(name("image/heif", "IMG_1.heic")).toBe("IMG_1.heic");
    expect(name("application/pdf", "Noah.report")).toBe("Noah.report.pdf");
    expect(name("application/pdf", "referral")).toBe("referral.pdf");
    expect(name("video/quicktime", "")).toBe("video.mov");
    expect(name("image/png", "///")).toBe("photo.png");
    expect(name("application/pdf", "")).toBe("document.pdf");
  });

  it("keeps a long name with its added extension within 120 characters", () => {
    const decision = decideUpload({
      detectedMime: "application/pdf",
      declaredName: "z".repeat(200),
    });
    expect(decision.ok && decision.fileName).toBe(`${"z".repeat(116)}.pdf`);
  });

  it("allows only types of the two kinds, each once", () => {
    const mimes = ALLOWED_UPLOAD_TYPES.map((type) => type.mime);
    expect(new Set(mimes).size).toBe(mimes.length);
    expect(ALLOWED_UPLOAD_TYPES.filter((type) => type.kind === "video")).toHaveLength(3);
  });
});

describe("describeUploadRefusal", () => {
  it("tells a parent what they can send instead", () => {
    expect(describeUploadRefusal("TYPE_NOT_ALLOWED")).toBe(
      "This file type can't be uploaded. Send a PDF, a Word document, a photo (JPEG, PNG, HEIC) or a video (MP4, MOV).",
    );
    expect(describeUploadRefusal("UNKNOWN_TYPE")).toMatch(/^We couldn't tell what kind of file/);
  });

  it("says how large a file may be", () => {
    expect(describeUploadRefusal("TOO_LARGE")).toBe(
      "This file is too big. Files can be at most 25 MB (videos 200 MB).",
    );
    expect(describeUploadRefusal("TOO_LARGE", { ...UPLOAD_LIMITS, video: 512 * MB })).toMatch(
      /videos 512 MB/,
    );
  });

  it("explains a virus found and an upload cut short", () => {
    expect(describeUploadRefusal("INFECTED")).toMatch(/virus check found a problem/);
    expect(describeUploadRefusal("INTERRUPTED")).toMatch(/try again/);
  });
});
