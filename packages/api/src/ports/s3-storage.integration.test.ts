import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { receiveUpload } from "../documents/receive-upload";
import { MB, readAll, sha256, streamOf } from "../testing/byte-streams";
import { startS3rver } from "../testing/s3rver";
import { isStorageError } from "./storage";

/** The requests s3rver received, as "METHOD /bucket/key?query". */
const requests: string[] = [];
let s3: Awaited<ReturnType<typeof startS3rver>>;
let storage: Awaited<ReturnType<typeof startS3rver>>["storage"];
const keysInBucket = () => s3.keys();

beforeAll(async () => {
  s3 = await startS3rver((request) => requests.push(request));
  storage = s3.storage;
});
afterAll(() => s3.stop());
beforeEach(() => {
  requests.length = 0;
});
const abortsSent = () =>
  requests.filter((request) => /^DELETE .*[?&]uploadId=/.test(request)).length;

describe("the S3 storage adapter against s3rver", () => {
  it("stores a small body in one request and reads it back whole and by range", async () => {
    const key = randomUUID();
    const data = randomBytes(300_000);
    expect(await storage.put(key, streamOf(data), { maxBytes: MB })).toEqual({
      bytes: data.length,
      sha256: sha256(data),
    });
    expect(await storage.exists(key)).toBe(true);
    expect(await keysInBucket()).toContain(key);

    const whole = await storage.read(key);
    expect(whole).toMatchObject({ bytes: 300_000, size: 300_000, range: null });
    expect((await readAll(whole.body)).equals(data)).toBe(true);

    const middle = await storage.read(key, { start: 1000, end: 1999 });
    expect(middle).toMatchObject({ bytes: 1000, size: 300_000, range: { start: 1000, end: 1999 } });
    expect((await readAll(middle.body)).equals(data.subarray(1000, 2000))).toBe(true);

    const rest = await storage.read(key, { start: 299_000 });
    expect(rest).toMatchObject({ bytes: 1000, range: { start: 299_000, end: 299_999 } });
    expect((await readAll(rest.body)).equals(data.subarray(299_000))).toBe(true);
    await storage.remove(key);
  });

  it("streams a large body in parts and reads a range across two of them", async () => {
    const key = randomUUID();
    const data = randomBytes(12 * MB);
    expect(await storage.put(key, streamOf(data), { maxBytes: 25 * MB })).toEqual({
      bytes: data.length,
      sha256: sha256(data),
    });
    const across = await storage.read(key, { start: 5 * MB - 10, end: 5 * MB + 9 });
    expect((await readAll(across.body)).equals(data.subarray(5 * MB - 10, 5 * MB + 10))).toBe(true);
    await storage.remove(key);
    expect(await storage.exists(key)).toBe(false);
  });

  it("refuses a body past the limit, leaving no object", async () => {
    const put = storage.put(randomUUID(), streamOf(randomBytes(5000)), { maxBytes: 1000 });
    await expect(put).rejects.toSatisfy((error) => isStorageError(error, "TOO_LARGE"));
    expect(await keysInBucket()).toEqual([]);
  });

  it("aborts the multipart upload of a body past the limit, leaving no object", async () => {
    const body = streamOf(randomBytes(14 * MB));
    const put = storage.put(randomUUID(), body, { maxBytes: 11 * MB });
    await expect(put).rejects.toSatisfy((error) => isStorageError(error, "TOO_LARGE"));
    expect(body.destroyed).toBe(true);
    expect(await keysInBucket()).toEqual([]);
    // s3rver neither aborts nor lists multipart uploads (it answers MethodNotAllowed): what can be
    // checked here is that the abort was asked for, and that the error still names the real cause.
    // S3 and MinIO carry the abort out.
    expect(abortsSent()).toBe(1);
  });

  it("leaves no object when the body breaks after 1 MB, or after a part was sent", async () => {
    for (const failAfter of [MB, 6 * MB]) {
      const put = storage.put(randomUUID(), streamOf(randomBytes(12 * MB), failAfter), {
        maxBytes: 25 * MB,
      });
      await expect(put).rejects.toThrow("connection reset");
    }
    expect(await keysInBucket()).toEqual([]);
    expect(abortsSent()).toBe(1);
  });

  it("refuses a range past the end with the object's size, and a missing object", async () => {
    const key = randomUUID();
    await storage.put(key, streamOf(randomBytes(100)), { maxBytes: MB });
    await expect(storage.read(key, { start: 100 })).rejects.toMatchObject({
      code: "RANGE_NOT_SATISFIABLE",
      details: { size: 100 },
    });
    await expect(storage.read(randomUUID())).rejects.toSatisfy((error) =>
      isStorageError(error, "NOT_FOUND"),
    );
    expect(await storage.exists(randomUUID())).toBe(false);
    await storage.remove(key);
    await storage.remove(key);
  });

  it("refuses a key that could name another object", async () => {
    await expect(storage.put("../x", streamOf(randomBytes(1)), { maxBytes: 10 })).rejects.toSatisfy(
      (error) => isStorageError(error, "INVALID_KEY"),
    );
    expect(requests).toEqual([]);
  });
});

describe("receiveUpload into S3", () => {
  // A JPEG's type is in its first three bytes, whatever follows.
  const jpeg = Buffer.from("ffd8ffe0", "hex");

  it("keeps a photo, and keeps nothing of an executable or of an upload cut short", async () => {
    const key = randomUUID();
    const photo = Buffer.concat([jpeg, randomBytes(100_000)]);
    expect(
      await receiveUpload({ storage, body: streamOf(photo), declaredName: "a.jpg", key }),
    ).toMatchObject({
      ok: true,
      bytes: photo.length,
      sha256: sha256(photo),
    });
    await storage.remove(key);

    const executable = Buffer.concat([Buffer.from("MZ"), randomBytes(10_000)]);
    const refused = await receiveUpload({
      storage,
      body: streamOf(executable),
      declaredName: "report.pdf",
      key: randomUUID(),
    });
    expect(refused).toMatchObject({ ok: false, reason: "TYPE_NOT_ALLOWED" });

    const cut = await receiveUpload({
      storage,
      body: streamOf(Buffer.concat([jpeg, randomBytes(3 * MB)]), MB),
      declaredName: "a.jpg",
      key: randomUUID(),
    });
    expect(cut).toMatchObject({ ok: false, reason: "INTERRUPTED" });
    expect(await keysInBucket()).toEqual([]);
  });
});
