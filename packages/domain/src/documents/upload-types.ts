export const DOCUMENT_KINDS = ["document", "video"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type UploadLimits = Record<DocumentKind, number>;

const MEGABYTE = 1024 * 1024;

/**
 * Issue 21: documents up to 25 MB, videos up to 200 MB. Binary megabytes, the larger reading, so a
 * file a phone or a Mac shows as "25 MB" (decimal) is never refused.
 */
export const UPLOAD_LIMITS: UploadLimits = { document: 25 * MEGABYTE, video: 200 * MEGABYTE };

export type AllowedUploadType = {
  /** The MIME type as detected from the file's first bytes, never as the browser declared it. */
  mime: string;
  kind: DocumentKind;
  /** Extensions a file of this type may carry; the first is the one given to a name without one. */
  extensions: readonly string[];
};

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// Every type here was checked against file-type 21 on its first 4100 bytes: none had to be dropped.
// A DOCX is recognised only when its [Content_Types].xml entry lies in those bytes, as Word and
// LibreOffice write it (first).
export const ALLOWED_UPLOAD_TYPES: readonly AllowedUploadType[] = [
  { mime: "application/pdf", kind: "document", extensions: ["pdf"] },
  { mime: "image/png", kind: "document", extensions: ["png"] },
  { mime: "image/jpeg", kind: "document", extensions: ["jpg", "jpeg"] },
  { mime: "image/heic", kind: "document", extensions: ["heic"] },
  { mime: "image/heif", kind: "document", extensions: ["heic", "heif"] },
  { mime: "image/webp", kind: "document", extensions: ["webp"] },
  { mime: "image/gif", kind: "document", extensions: ["gif"] },
  { mime: DOCX, kind: "document", extensions: ["docx"] },
  { mime: "video/mp4", kind: "video", extensions: ["mp4", "m4v"] },
  { mime: "video/quicktime", kind: "video", extensions: ["mov"] },
  { mime: "video/webm", kind: "video", extensions: ["webm"] },
];

/** The allowed type a detected MIME type is, or null when it may not be uploaded. */
export function findAllowedUploadType(mime: string): AllowedUploadType | null {
  return ALLOWED_UPLOAD_TYPES.find((type) => type.mime === mime) ?? null;
}
