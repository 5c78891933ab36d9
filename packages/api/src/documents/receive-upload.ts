import { Readable } from "node:stream";
import { fileTypeFromBuffer } from "file-type";

import {
  decideUpload,
  describeUploadRefusal,
  type DocumentKind,
  type UploadLimits,
  type UploadRefusalReason,
} from "@carryover/domain/documents";

import { isStorageError, type StoragePort } from "../ports/storage";
import type { VirusScanPort } from "../ports/virus-scan";

export type ReceivedUpload =
  | {
      ok: true;
      key: string;
      bytes: number;
      sha256: string;
      mime: string;
      kind: DocumentKind;
      fileName: string;
    }
  | { ok: false; reason: UploadRefusalReason; message: string };

/** file-type's own sample size: what it needs to tell every allowed type apart. */
const HEAD_BYTES = 4100;

/**
 * Reads the body's first bytes for its type, then hands the same stream on, those bytes first.
 * `interrupted` says whether the body itself failed (the sender went away), not what it fed.
 */
async function peekHead(body: Readable) {
  const source = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const state = { interrupted: false };
  const next = async () => {
    try {
      return await source.next();
    } catch (error) {
      state.interrupted = true;
      throw error;
    }
  };
  const chunks: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < HEAD_BYTES && !ended) {
    const chunk = await next();
    if (chunk.done) ended = true;
    else {
      chunks.push(chunk.value);
      length += chunk.value.length;
    }
  }
  const head = Buffer.concat(chunks);
  async function* whole() {
    try {
      if (head.length > 0) yield head;
      for (let chunk = await next(); !chunk.done; chunk = await next()) yield chunk.value;
    } finally {
      await source.return?.();
    }
  }
  return { head: head.subarray(0, HEAD_BYTES), rest: Readable.from(whole()), state };
}

/**
 * Receives one uploaded file: its type from its content against the allow-list, streamed to storage
 * under `key` within its kind's limit, and scanned when a scanner is on. Refused or failed, nothing
 * is left in storage. Failures of storage or of the scanner itself are thrown.
 */
export async function receiveUpload(input: {
  storage: StoragePort;
  scan?: VirusScanPort;
  body: Readable;
  declaredName: string;
  key: string;
  /** The limits by kind; the 25 MB and 200 MB when omitted. */
  limits?: UploadLimits;
}): Promise<ReceivedUpload> {
  const { storage, body, key, limits } = input;
  const refuse = (reason: UploadRefusalReason): ReceivedUpload => {
    body.destroy();
    return { ok: false, reason, message: describeUploadRefusal(reason, limits) };
  };

  let peeked: Awaited<ReturnType<typeof peekHead>>;
  try {
    peeked = await peekHead(body);
  } catch {
    return refuse("INTERRUPTED");
  }
  const detected = await fileTypeFromBuffer(peeked.head);
  const decision = decideUpload({
    detectedMime: detected?.mime,
    declaredName: input.declaredName,
    limits,
  });
  if (!decision.ok) return refuse(decision.reason);

  let stored: { bytes: number; sha256: string };
  try {
    stored = await storage.put(key, peeked.rest, { maxBytes: decision.maxBytes });
  } catch (error) {
    if (isStorageError(error, "TOO_LARGE")) return refuse("TOO_LARGE");
    if (peeked.state.interrupted) return refuse("INTERRUPTED");
    body.destroy();
    throw error;
  }

  if (input.scan?.enabled && !(await scanStored(storage, input.scan, key)).clean) {
    return refuse("INFECTED");
  }
  const { mime, kind, fileName } = decision;
  return { ok: true, key, ...stored, mime, kind, fileName };
}

/** Scans the stored object; removes it when infected, and when no verdict came (fail closed). */
async function scanStored(storage: StoragePort, scan: VirusScanPort, key: string) {
  try {
    const verdict = await scan.scan((await storage.read(key)).body);
    if (!verdict.clean) await storage.remove(key);
    return verdict;
  } catch (error) {
    await storage.remove(key);
    throw error;
  }
}
