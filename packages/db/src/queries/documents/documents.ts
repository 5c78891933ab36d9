import { and, desc, eq, or } from "drizzle-orm";

import type { Queryable } from "../../client";
import { documents, users } from "../../schema";

export type NewDocument = typeof documents.$inferInsert;
export type DocumentRow = typeof documents.$inferSelect;

export async function insertDocument(q: Queryable, document: NewDocument) {
  const [row] = await q.insert(documents).values(document).returning();
  if (!row) throw new Error("document not kept");
  return row;
}

/** A document by id, with whose child it is; the caller decides who may see it. */
export async function findDocument(q: Queryable, documentId: string) {
  const [row] = await q.select().from(documents).where(eq(documents.id, documentId));
  return row ?? null;
}

/**
 * A child's documents, newest first, with who uploaded them. The family sees what the clinic shared
 * and what the family uploaded; the care team sees everything.
 */
export function listChildDocuments(q: Queryable, childId: string, view: "family" | "staff") {
  const visible =
    view === "family"
      ? and(
          eq(documents.childId, childId),
          or(eq(documents.sharedWithFamily, true), eq(documents.source, "family")),
        )
      : eq(documents.childId, childId);
  return q
    .select({
      id: documents.id,
      fileName: documents.fileName,
      mime: documents.mime,
      kind: documents.kind,
      category: documents.category,
      bytes: documents.bytes,
      source: documents.source,
      sharedWithFamily: documents.sharedWithFamily,
      uploadedById: documents.uploadedById,
      uploadedByName: users.name,
      createdAt: documents.createdAt,
    })
    .from(documents)
    .leftJoin(users, eq(users.id, documents.uploadedById))
    .where(visible)
    .orderBy(desc(documents.createdAt), desc(documents.id));
}

export async function setDocumentShared(q: Queryable, documentId: string, shared: boolean) {
  await q.update(documents).set({ sharedWithFamily: shared }).where(eq(documents.id, documentId));
}
