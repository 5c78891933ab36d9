import { sanitizeFileName, splitExtension } from "./file-name";
import {
  ALLOWED_UPLOAD_TYPES,
  findAllowedUploadType,
  UPLOAD_LIMITS,
  type AllowedUploadType,
  type DocumentKind,
  type UploadLimits,
} from "./upload-types";

export type UploadDecision =
  | { ok: true; mime: string; kind: DocumentKind; maxBytes: number; fileName: string }
  | { ok: false; reason: "TYPE_NOT_ALLOWED" | "UNKNOWN_TYPE" };

/** Every way an upload can be refused, the type's and those found while it streams. */
export type UploadRefusalReason =
  Extract<UploadDecision, { ok: false }>["reason"] | "TOO_LARGE" | "INFECTED" | "INTERRUPTED";

const KNOWN_EXTENSIONS = new Set(ALLOWED_UPLOAD_TYPES.flatMap((type) => type.extensions));

/** The name with an extension of the type it really is: a JPEG sent as "scan.pdf" is kept as "scan.jpg". */
function withTypeExtension(name: string, type: AllowedUploadType): string {
  const { stem, extension } = splitExtension(name);
  const current = extension.slice(1).toLowerCase();
  if (type.extensions.includes(current)) return name;
  const canonical = `.${type.extensions[0] ?? ""}`;
  return KNOWN_EXTENSIONS.has(current) ? `${stem}${canonical}` : `${name}${canonical}`;
}

function fallbackName(type: AllowedUploadType): string {
  if (type.kind === "video") return "video";
  return type.mime.startsWith("image/") ? "photo" : "document";
}

/**
 * Whether a file may be uploaded, from the type detected in its first bytes (null or undefined when
 * nothing was recognised); the name the browser declared only names it.
 */
export function decideUpload(input: {
  detectedMime: string | null | undefined;
  declaredName: string;
  limits?: UploadLimits;
}): UploadDecision {
  if (!input.detectedMime) return { ok: false, reason: "UNKNOWN_TYPE" };
  const type = findAllowedUploadType(input.detectedMime);
  if (!type) return { ok: false, reason: "TYPE_NOT_ALLOWED" };
  const named = sanitizeFileName(input.declaredName, fallbackName(type));
  return {
    ok: true,
    mime: type.mime,
    kind: type.kind,
    maxBytes: (input.limits ?? UPLOAD_LIMITS)[type.kind],
    // Sanitized again: the added extension may take the name past its length.
    fileName: sanitizeFileName(withTypeExtension(named, type)),
  };
}

const WHAT_TO_SEND =
  "Send a PDF, a Word document, a photo (JPEG, PNG, HEIC) or a video (MP4, MOV).";

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** What a family or a therapist is told when an upload is refused, and what to do next. */
export function describeUploadRefusal(
  reason: UploadRefusalReason,
  limits: UploadLimits = UPLOAD_LIMITS,
): string {
  switch (reason) {
    case "TYPE_NOT_ALLOWED":
      return `This file type can't be uploaded. ${WHAT_TO_SEND}`;
    case "UNKNOWN_TYPE":
      return `We couldn't tell what kind of file this is, so it wasn't uploaded. ${WHAT_TO_SEND}`;
    case "TOO_LARGE":
      return `This file is too big. Files can be at most ${megabytes(limits.document)} (videos ${megabytes(limits.video)}).`;
    case "INFECTED":
      return "Our virus check found a problem in this file, so it wasn't uploaded. Please send a different copy.";
    case "INTERRUPTED":
      return "The upload stopped before the whole file arrived. Please try again.";
  }
}
