import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";

import { insertDocument } from "@carryover/db/queries";
import { FAMILY_DOCUMENT_CATEGORIES, type DocumentCategory } from "@carryover/domain/documents";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import { cannotAddDocuments, requireDocumentsAccess } from "../policy/document-access";
import { UploadFields } from "./document.contracts";
import { MultipartError, readMultipartUpload, type MultipartUpload } from "./multipart-upload";
import { receiveUpload } from "./receive-upload";

export const uploadsUnavailable = () =>
  new AppError(
    "UNAVAILABLE",
    "UPLOADS_UNAVAILABLE",
    "Uploads are unavailable right now; nothing was kept. Please try again in a few minutes.",
  );

function categoryFor(side: "family" | "staff", asked: DocumentCategory | undefined, kind: string) {
  const category = asked ?? (kind === "video" ? "practice_video" : "other");
  const familyMay =
    (FAMILY_DOCUMENT_CATEGORIES as readonly string[]).includes(category) ||
    (category === "practice_video" && kind === "video");
  if (side === "family" && !familyMay)
    throw new AppError(
      "VALIDATION",
      "CATEGORY_NOT_FOR_FAMILIES",
      "Choose referral, school plan, medical record, photo or other.",
      { field: "category" },
    );
  return category;
}

/**
 * A file for a child's documents, streamed to storage: the sender is checked before a byte is kept,
 * the type comes from the content, and a refused, broken or unrecorded upload leaves nothing behind.
 */
export async function uploadDocument(
  ctx: ActorContext,
  fields: UploadFields,
  file: { body: Readable; declaredName: string },
) {
  const { actor } = ctx;
  const { side, mayAdd } = await requireDocumentsAccess(ctx.db, actor, fields.childId);
  if (!mayAdd) throw cannotAddDocuments();
  const asked = fields.category;
  if (side === "family" && asked)
    categoryFor(side, asked, asked === "practice_video" ? "video" : "document");

  const key = randomUUID();
  const received = await receiveUpload({
    storage: ctx.storage,
    scan: ctx.virusScan,
    body: file.body,
    declaredName: file.declaredName,
    key,
  }).catch(() => {
    throw uploadsUnavailable();
  });
  if (!received.ok)
    throw new AppError("UNPROCESSABLE", `UPLOAD_${received.reason}`, received.message, {
      field: "file",
    });

  try {
    return await ctx.db.transaction(async (tx) => {
      const document = await insertDocument(tx, {
        clinicId: actor.clinicId,
        childId: fields.childId,
        storageKey: key,
        fileName: received.fileName,
        mime: received.mime,
        kind: received.kind,
        category: categoryFor(side, asked, received.kind),
        bytes: received.bytes,
        sha256: received.sha256,
        source: side === "family" ? "family" : "clinic",
        uploadedById: actor.userId,
        sharedWithFamily: side === "family" || fields.sharedWithFamily !== "false",
      });
      await audit(tx, ctx.meta, {
        actorId: actor.userId,
        clinicId: actor.clinicId,
        action: "document.upload",
        entityType: "child",
        entityId: fields.childId,
      });
      return document;
    });
  } catch (error) {
    await ctx.storage.remove(key).catch(() => undefined);
    throw error;
  }
}

/**
 * `POST /api/documents`: a multipart body with `childId` (and `category`) before `file`, streamed
 * from the request to storage. Answers the new document.
 */
export async function uploadDocumentFromRequest(
  ctx: ActorContext,
  headers: Record<string, string>,
  body: Readable,
) {
  let upload: MultipartUpload;
  try {
    upload = await readMultipartUpload(headers, body);
  } catch (error) {
    if (error instanceof MultipartError)
      throw new AppError("VALIDATION", "UPLOAD_NOT_MULTIPART", error.message);
    throw error;
  }
  const drop = () => upload.file?.body.resume();
  const fields = UploadFields.safeParse(upload.fields);
  if (!fields.success) {
    drop();
    const issue = fields.error.issues[0];
    throw new AppError("VALIDATION", "UPLOAD_FIELDS", issue?.message ?? "Choose the child.", {
      field: String(issue?.path[0] ?? "childId"),
    });
  }
  if (!upload.file) {
    throw new AppError("VALIDATION", "UPLOAD_WITHOUT_FILE", "Choose a file to upload.", {
      field: "file",
    });
  }
  return uploadDocument(ctx, fields.data, upload.file).finally(drop);
}
