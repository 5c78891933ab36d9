import { z } from "zod";

import { DOCUMENT_CATEGORIES, DOCUMENT_KINDS } from "@carryover/domain/documents";

/** The text fields of `POST /api/documents`, sent before the file. */
export const UploadFields = z.object({
  childId: z.uuid("Choose the child the document is for"),
  category: z.enum(DOCUMENT_CATEGORIES, "Choose what kind of document it is").optional(),
  /** Staff only: "false" keeps a clinic document from the family. */
  sharedWithFamily: z.enum(["true", "false"]).optional(),
});
export type UploadFields = z.infer<typeof UploadFields>;

/** A document's id as `GET /api/documents/<id>` takes it. */
export const DocumentId = z.uuid();

export const ChildDocumentsInput = z.object({ childId: z.uuid("That child link is not valid") });
export type ChildDocumentsInput = z.infer<typeof ChildDocumentsInput>;

export const ShareDocumentInput = z.object({
  documentId: z.uuid("That document link is not valid"),
  sharedWithFamily: z.boolean(),
});
export type ShareDocumentInput = z.infer<typeof ShareDocumentInput>;

export const DocumentSummary = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mime: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  category: z.enum(DOCUMENT_CATEGORIES),
  bytes: z.number(),
  source: z.enum(["clinic", "family"]),
  sharedWithFamily: z.boolean(),
  uploadedByName: z.string().nullable(),
  /** Whether the person asking uploaded it. */
  mine: z.boolean(),
  createdAt: z.date(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const ChildDocuments = z.object({
  childId: z.uuid(),
  childName: z.string(),
  /** Whether the person sees the clinic's documents kept from the family, and may share them. */
  side: z.enum(["family", "staff"]),
  /** What the person may upload as: the family's kinds, or every kind for staff. */
  uploadCategories: z.array(z.enum(DOCUMENT_CATEGORIES)),
  documents: z.array(DocumentSummary),
});
export type ChildDocuments = z.infer<typeof ChildDocuments>;

export const SharedDocument = z.object({ id: z.uuid(), sharedWithFamily: z.boolean() });
