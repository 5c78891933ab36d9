import { createHash } from "node:crypto";
import { Transform, type Readable } from "node:stream";

/**
 * Where uploaded files live: a directory on this machine, or an S3-compatible bucket. Objects are
 * written whole or not at all, and read whole or by byte range (videos play through HTTP ranges).
 */
export interface StoragePort {
  /**
   * Streams `body` to `key`, counting and hashing as it goes. Resolves once the whole object is
   * stored; otherwise rejects (a StorageError TOO_LARGE past `maxBytes`, or the body's own error)
   * and leaves nothing behind: no object, no temporary file, no multipart upload.
   */
  put(key: string, body: Readable, options: { maxBytes: number }): Promise<StoredObject>;
  /** The object, or the range of it asked for; rejects NOT_FOUND or RANGE_NOT_SATISFIABLE. */
  read(key: string, range?: ByteRange): Promise<ObjectRead>;
  /** Removes the object; removing one that is not there is not an error. */
  remove(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export type StoredObject = { bytes: number; sha256: string };

/** Bytes `start` to `end`, both included; without `end`, to the last byte. */
export type ByteRange = { start: number; end?: number };

export type ObjectRead = {
  body: Readable;
  /** How many bytes `body` yields. */
  bytes: number;
  /** The whole object's size, for Content-Range. */
  size: number;
  /** The bytes `body` yields, end clamped to the last byte; null when the whole object was asked. */
  range: { start: number; end: number } | null;
};

export const STORAGE_ERROR_CODES = [
  "INVALID_KEY",
  "TOO_LARGE",
  "NOT_FOUND",
  "RANGE_NOT_SATISFIABLE",
] as const;
export type StorageErrorCode = (typeof STORAGE_ERROR_CODES)[number];

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    /** TOO_LARGE: the limit; RANGE_NOT_SATISFIABLE: the object's size, for the 416's Content-Range. */
    readonly details: { maxBytes?: number; size?: number } = {},
  ) {
    super(message);
    this.name = "StorageError";
  }
}

export const isStorageError = (error: unknown, code: StorageErrorCode): error is StorageError =>
  error instanceof StorageError && error.code === code;

/**
 * Keys are made by the caller (a document's uuid): letters, digits, "-" and "_", at most 128. No dots
 * and no slashes, so a key can never climb out of its directory or name a temporary file.
 */
const KEY = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export function assertStorageKey(key: string): void {
  if (!KEY.test(key)) throw new StorageError("INVALID_KEY", `Invalid storage key: ${key}`);
}

export function assertByteRange(range: ByteRange | undefined): void {
  if (!range) return;
  const { start, end } = range;
  const valid =
    Number.isSafeInteger(start) &&
    start >= 0 &&
    (end === undefined || (Number.isSafeInteger(end) && end >= start));
  if (!valid) throw new RangeError(`Invalid byte range: ${start}-${end ?? ""}`);
}

/** The bytes a range covers in an object of `size` bytes, as HTTP and S3 resolve it. */
export function resolveByteRange(range: ByteRange, size: number): { start: number; end: number } {
  if (range.start >= size) {
    throw new StorageError("RANGE_NOT_SATISFIABLE", "The range starts past the end.", { size });
  }
  return { start: range.start, end: Math.min(range.end ?? size - 1, size - 1) };
}

/**
 * A single range from an HTTP Range header ("bytes=0-", "bytes=100-199"). Null for anything else,
 * suffix ranges ("bytes=-500") and several ranges included: answer those with the whole object and
 * 200, as RFC 9110 §14.2 allows.
 */
export function parseRangeHeader(header: string | null | undefined): ByteRange | null {
  const match = /^bytes=(\d{1,15})-(\d{0,15})$/.exec(header?.trim() ?? "");
  if (!match) return null;
  const start = Number(match[1]);
  const end = match[2] ? Number(match[2]) : undefined;
  return end !== undefined && end < start ? null : { start, end };
}

export type UploadMeter = {
  /** Pass the body through this: it counts and hashes, and fails with TOO_LARGE past the limit. */
  stream: Transform;
  result(): StoredObject;
  /** The TOO_LARGE error it failed with, if it did. */
  readonly tooLarge: StorageError | null;
};

/** What both adapters put a body through while it streams; it never holds more than one chunk. */
export function createUploadMeter(maxBytes: number): UploadMeter {
  const hash = createHash("sha256");
  let bytes = 0;
  let tooLarge: StorageError | null = null;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        tooLarge = new StorageError("TOO_LARGE", `The upload is over ${maxBytes} bytes.`, {
          maxBytes,
        });
        callback(tooLarge);
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  return {
    stream,
    result: () => ({ bytes, sha256: hash.copy().digest("hex") }),
    get tooLarge() {
      return tooLarge;
    },
  };
}
