import { pipeline, Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";

import {
  assertByteRange,
  assertStorageKey,
  createUploadMeter,
  StorageError,
  type ByteRange,
  type StoragePort,
} from "./storage";

export type S3StorageConfig = {
  /** An S3-compatible store's address (MinIO, R2…); omitted for AWS itself. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Bucket in the path rather than the host name: most S3-compatible stores want it. */
  forcePathStyle?: boolean;
  /** Multipart part size in bytes (S3's minimum, 5 MiB, by default). */
  partSize?: number;
  /** Parts sent at once. Each holds a part in memory: 2 × 5 MiB per upload by default. */
  queueSize?: number;
};

const MINIMUM_PART_SIZE = 5 * 1024 * 1024;

const isS3Error = (error: unknown, ...names: string[]) =>
  error instanceof S3ServiceException && names.includes(error.name);

const rangeHeader = (range: ByteRange) => `bytes=${range.start}-${range.end ?? ""}`;

/** "bytes 0-99/1000" as S3 answers a range. */
function parseContentRange(header: string | undefined) {
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header ?? "");
  if (!match) throw new Error(`Unexpected Content-Range from the store: ${header}`);
  return { start: Number(match[1]), end: Number(match[2]), size: Number(match[3]) };
}

/**
 * Objects in an S3 bucket, streamed in with a multipart upload. An upload that fails (too large, the
 * body broke, the store refused) is aborted, so neither the object nor its parts stay.
 */
export function createS3Storage(config: S3StorageConfig): StoragePort {
  const client = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    // The SDK's default checksums stream as aws-chunked trailers, which many S3-compatible stores
    // refuse; send them only where S3 requires them.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = config.bucket;

  async function head(key: string) {
    return client.send(new HeadObjectCommand({ Bucket, Key: key }));
  }

  async function get(key: string, range: ByteRange | undefined) {
    try {
      return await client.send(
        new GetObjectCommand({ Bucket, Key: key, Range: range && rangeHeader(range) }),
      );
    } catch (error) {
      if (isS3Error(error, "NoSuchKey", "NotFound")) {
        throw new StorageError("NOT_FOUND", `No object ${key}.`);
      }
      if (!isS3Error(error, "InvalidRange")) throw error;
      const { ContentLength } = await head(key);
      throw new StorageError("RANGE_NOT_SATISFIABLE", "The range starts past the end.", {
        size: ContentLength ?? 0,
      });
    }
  }

  return {
    async put(key, body, { maxBytes }) {
      assertStorageKey(key);
      const meter = createUploadMeter(maxBytes);
      let bodyError: unknown = null;
      body.once("error", (error) => (bodyError = error));
      // Errors reach the upload through the meter it reads; this callback has nothing left to do.
      pipeline(body, meter.stream, () => undefined);
      const upload = new Upload({
        client,
        params: { Bucket, Key: key, Body: meter.stream },
        partSize: Math.max(config.partSize ?? MINIMUM_PART_SIZE, MINIMUM_PART_SIZE),
        queueSize: config.queueSize ?? 2,
        leavePartsOnError: false,
      });
      try {
        await upload.done();
        return meter.result();
      } catch (error) {
        meter.stream.destroy();
        // The upload's own error may be the abort's, when a store cannot abort: name the real cause.
        throw meter.tooLarge ?? bodyError ?? error;
      }
    },

    async read(key, range) {
      assertStorageKey(key);
      assertByteRange(range);
      const response = await get(key, range);
      // In Node the SDK answers with the HTTP response itself, an IncomingMessage.
      if (!(response.Body instanceof Readable)) throw new Error("The store sent no body.");
      const bytes = response.ContentLength ?? 0;
      // A store that ignores the range answers with the whole object, as HTTP allows.
      if (!range || !response.ContentRange) {
        return { body: response.Body, bytes, size: bytes, range: null };
      }
      const { size, ...resolved } = parseContentRange(response.ContentRange);
      return { body: response.Body, bytes, size, range: resolved };
    },

    async remove(key) {
      assertStorageKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },

    async exists(key) {
      assertStorageKey(key);
      try {
        await head(key);
        return true;
      } catch (error) {
        if (isS3Error(error, "NotFound", "NoSuchKey")) return false;
        throw error;
      }
    },
  };
}
