import { findDocument } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { auditRead } from "../policy/audit";
import { requireDocumentReader } from "../policy/document-access";
import { isStorageError, type ByteRange } from "../ports/storage";
import { DocumentId } from "./document.contracts";

/**
 * A document's bytes for the one who may open it, whole or the range asked (videos stream by range).
 * Audited: a document is part of the child's record.
 */
export async function openDocument(
  ctx: ActorContext,
  input: { documentId: string; range?: ByteRange },
) {
  if (!DocumentId.safeParse(input.documentId).success) throw notFound("document");
  const document = await findDocument(ctx.db, input.documentId);
  if (!document) throw notFound("document");
  await requireDocumentReader(ctx.db, ctx.actor, document);
  // A range request is one video seeking: the first read of the file is the one recorded.
  if (!input.range || input.range.start === 0)
    await ctx.db.transaction((tx) =>
      auditRead(tx, ctx.meta, {
        actorId: ctx.actor.userId,
        clinicId: ctx.actor.clinicId,
        action: "document.read",
        entityType: "document",
        entityId: document.id,
      }),
    );
  try {
    return { document, read: await ctx.storage.read(document.storageKey, input.range) };
  } catch (error) {
    if (isStorageError(error, "NOT_FOUND")) throw notFound("document");
    throw error;
  }
}
