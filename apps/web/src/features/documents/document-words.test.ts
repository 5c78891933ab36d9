import { describe, expect, it } from "vitest";

import { UPLOAD_LIMITS } from "@carryover/domain/documents";

import { acceptFor, fileSize, refuseBeforeSending, sharedBy } from "./document-words";

describe("fileSize", () => {
  it("reads bytes, kilobytes and megabytes", () => {
    expect(fileSize(512)).toBe("512 bytes");
    expect(fileSize(1_500)).toBe("1 KB");
    expect(fileSize(840 * 1024)).toBe("840 KB");
    expect(fileSize(3.24 * 1024 * 1024)).toBe("3.2 MB");
  });
});

describe("sharedBy", () => {
  const family = { clinicName: "Maple Grove", side: "family" } as const;
  const staff = { clinicName: "Maple Grove", side: "staff" } as const;

  it("names the clinic to the family, and the therapist to staff", () => {
    const document = { source: "clinic", uploadedByName: "Ana Rivera", mine: false } as const;
    expect(sharedBy(document, family)).toBe("Maple Grove");
    expect(sharedBy({ ...document, mine: true }, staff)).toBe("You");
    expect(sharedBy(document, staff)).toBe("Ana Rivera");
  });

  it("says You for the viewer's own upload, even beside a namesake's, and names the other guardian's", () => {
    const theirs = { source: "family", uploadedByName: "Jordan Johnson", mine: false } as const;
    expect(sharedBy({ ...theirs, mine: true }, family)).toBe("You");
    expect(sharedBy(theirs, family)).toBe("Jordan Johnson");
    expect(sharedBy({ source: "family", uploadedByName: null, mine: false }, staff)).toBe(
      "The family",
    );
  });
});

describe("refuseBeforeSending", () => {
  it("refuses an empty file and one over its kind's limit, and sends the rest", () => {
    expect(refuseBeforeSending({ size: 0, type: "application/pdf" })).toMatch(/empty/);
    expect(
      refuseBeforeSending({ size: UPLOAD_LIMITS.document + 1, type: "application/pdf" }),
    ).toMatch(/too big/);
    expect(refuseBeforeSending({ size: UPLOAD_LIMITS.document + 1, type: "video/mp4" })).toBeNull();
    expect(refuseBeforeSending({ size: 2_000, type: "" })).toBeNull();
  });
});

describe("acceptFor", () => {
  it("offers videos to staff only", () => {
    expect(acceptFor(false)).toContain("application/pdf");
    expect(acceptFor(false)).toContain(".docx");
    expect(acceptFor(false)).not.toContain("video/mp4");
    expect(acceptFor(true)).toContain("video/mp4");
  });
});
