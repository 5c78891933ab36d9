import {
  ALLOWED_UPLOAD_TYPES,
  describeUploadRefusal,
  DOCUMENT_CATEGORY_LABELS,
  UPLOAD_LIMITS,
  type DocumentCategory,
} from "@carryover/domain/documents";

/** "840 KB", "3.2 MB": a file's size as a phone shows it. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** Who shared a document, in the viewer's words: the clinic, "You", or the other guardian's name. */
export function sharedBy(
  document: { source: "clinic" | "family"; uploadedByName: string | null; mine: boolean },
  viewer: { clinicName: string; side: "family" | "staff" },
): string {
  if (document.source === "clinic" && viewer.side === "family") return viewer.clinicName;
  if (document.mine) return "You";
  return document.uploadedByName ?? (document.source === "clinic" ? "The clinic" : "The family");
}

/** The category options for an upload form, in the order the server lists them. */
export const categoryOptions = (categories: readonly DocumentCategory[]) =>
  categories.map((value) => ({ value, label: DOCUMENT_CATEGORY_LABELS[value] }));

/** The file picker's filter: the allowed documents (and videos, for staff), by type and extension. */
export function acceptFor(withVideos: boolean): string {
  return ALLOWED_UPLOAD_TYPES.filter((type) => withVideos || type.kind === "document")
    .flatMap((type) => [type.mime, ...type.extensions.map((extension) => `.${extension}`)])
    .join(",");
}

/**
 * The server's own refusal for a file sure to be over the limit, before a byte is sent; null to send
 * it. The browser's declared type only picks the limit: the server still decides from the content.
 */
export function refuseBeforeSending(file: { size: number; type: string }): string | null {
  if (file.size === 0) return "This file is empty. Choose another one.";
  const limit = file.type.startsWith("video/") ? UPLOAD_LIMITS.video : UPLOAD_LIMITS.document;
  return file.size > limit ? describeUploadRefusal("TOO_LARGE") : null;
}
