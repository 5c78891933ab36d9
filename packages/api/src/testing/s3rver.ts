import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";

import { createS3Storage } from "../ports/s3-storage";

/** s3rver is a Koa application: its middleware array is composed when it starts listening. */
export type S3rverServer = {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
  middleware: ((
    context: { method: string; url: string },
    next: () => Promise<void>,
  ) => Promise<void>)[];
};
// s3rver ships no types, and CommonJS: loaded with require and given the little used here.
const S3rver = createRequire(import.meta.url)("s3rver") as new (options: object) => S3rverServer;

const BUCKET = "documents";
const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

/**
 * A local S3-compatible server with one bucket, the storage adapter on it, and its keys listed.
 * `onRequest` hears each request as "METHOD /bucket/key?query".
 */
export async function startS3rver(onRequest?: (request: string) => void) {
  const directory = await mkdtemp(path.join(tmpdir(), "carryover-s3rver-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET }],
  });
  if (onRequest)
    server.middleware.unshift(async (context, next) => {
      onRequest(`${context.method} ${context.url}`);
      await next();
    });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const storage = createS3Storage({
    endpoint,
    region: "us-east-1",
    bucket: BUCKET,
    forcePathStyle: true,
    ...credentials,
  });
  const lister = new S3Client({ endpoint, region: "us-east-1", forcePathStyle: true, credentials });
  return {
    server,
    storage,
    keys: async () =>
      ((await lister.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents ?? []).map(
        (object) => object.Key,
      ),
    stop: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
