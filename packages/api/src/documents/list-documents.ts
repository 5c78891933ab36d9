import { findDocument, listChildDocuments, setDocumentShared } from "@carryover/db/queries";
import { DOCUMENT_CATEGORIES, FAMILY_DOCUMENT_CATEGORIES } from "@carryover/domain/documents";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import {
  cannotAddDocuments,
  requireDocumentReader,
  requireDocumentsAccess,
} from "../policy/document-access";
import type { ChildDocumentsInput, ShareDocumentInput } from "./document.contracts";

/** A child's documents as the actor sees them, newest first. Audited. */
export async function listDocuments(ctx: ActorContext, input: ChildDocumentsInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const { facts, side, mayAdd } = await requireDocumentsAccess(tx, actor, input.childId);
    const documents = await listChildDocuments(tx, input.childId, side);
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "document.list",
      entityType: "child",
      entityId: input.childId,
    });
    return {
      childId: input.childId,
      childName: facts.childName,
      side,
      uploadCategories: !mayAdd
        ? []
        : side === "family"
          ? [...FAMILY_DOCUMENT_CATEGORIES]
          : DOCUMENT_CATEGORIES.filter((category) => category !== "practice_video"),
      documents: documents.map(({ uploadedById, ...document }) => ({
        ...document,
        mine: uploadedById === actor.userId,
      })),
    };
  });
}

/** Staff share a clinic document with the family, or keep it from them. */
export async function shareDocument(ctx: ActorContext, input: ShareDocumentInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const document = await findDocument(tx, input.documentId);
    if (!document) throw notFound("document");
    const { side, mayAdd } = await requireDocumentReader(tx, actor, document);
    if (side === "family" || document.source === "family") throw notFound("document");
    if (!mayAdd) throw cannotAddDocuments();
    await setDocumentShared(tx, document.id, input.sharedWithFamily);
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: input.sharedWithFamily ? "document.share" : "document.unshare",
      entityType: "document",
      entityId: document.id,
    });
    return { id: document.id, sharedWithFamily: input.sharedWithFamily };
  });
}
