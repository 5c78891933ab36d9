import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";

import type { Queryable } from "@carryover/db";
import { insertDocument } from "@carryover/db/queries";
import { UPLOAD_LIMITS, type DocumentCategory } from "@carryover/domain/documents";

import type { ServiceDeps } from "../context";

export type GeneratedDocument = {
  clinicId: string;
  childId: string;
  category: DocumentCategory;
  fileName: string;
  mime: "application/pdf" | "video/webm";
  bytes: Uint8Array;
  uploadedById: string | null;
  sharedWithFamily: boolean;
  /** Who it came from: the clinic unless said (the demo's family uploads). */
  source?: "clinic" | "family";
};

/**
 * A document Carryover made (a signed form's PDF) kept in storage and recorded, in `q`'s transaction
 * when given. The object is removed if the record cannot be written; a caller whose transaction
 * later rolls back removes it with `storage.remove(storageKey)`.
 */
export async function storeGeneratedDocument(
  deps: Pick<ServiceDeps, "db" | "storage">,
  input: GeneratedDocument,
  q: Queryable = deps.db,
) {
  const storageKey = randomUUID();
  const { bytes, ...rest } = input;
  const stored = await deps.storage.put(storageKey, Readable.from([Buffer.from(bytes)]), {
    maxBytes: UPLOAD_LIMITS.video,
  });
  try {
    const document = await insertDocument(q, {
      ...rest,
      storageKey,
      kind: rest.mime.startsWith("video/") ? "video" : "document",
      bytes: stored.bytes,
      sha256: stored.sha256,
      source: rest.source ?? "clinic",
    });
    return { id: document.id, sha256: stored.sha256, storageKey };
  } catch (error) {
    await deps.storage.remove(storageKey).catch(() => undefined);
    throw error;
  }
}
