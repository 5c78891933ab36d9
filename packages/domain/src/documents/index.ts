export {
  ALLOWED_UPLOAD_TYPES,
  DOCUMENT_KINDS,
  findAllowedUploadType,
  UPLOAD_LIMITS,
  type AllowedUploadType,
  type DocumentKind,
  type UploadLimits,
} from "./upload-types";
export { MAX_FILE_NAME_LENGTH, sanitizeFileName } from "./file-name";
export {
  decideUpload,
  describeUploadRefusal,
  type UploadDecision,
  type UploadRefusalReason,
} from "./decide-upload";
export {
  DOCUMENT_CATEGORIES,
  DOCUMENT_CATEGORY_LABELS,
  FAMILY_DOCUMENT_CATEGORIES,
  isVisibleToFamily,
  type DocumentCategory,
} from "./categories";
