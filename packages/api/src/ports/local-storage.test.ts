import { randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { MB, readAll, sha256, streamOf } from "../testing/byte-streams";
import { createLocalStorage } from "./local-storage";
import { isStorageError, type StoragePort } from "./storage";

let directory: string;
let storage: StoragePort;

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "carryover-storage-"));
  storage = createLocalStorage({ directory: path.join(directory, "documents") });
});
afterEach(() => rm(directory, { recursive: true, force: true }));

const filesLeft = () => readdir(path.join(directory, "documents")).catch(() => []);

describe("the local storage adapter", () => {
  it("stores a body as one file named by its key, with its size and SHA-256", async () => {
    const key = randomUUID();
    const data = randomBytes(MB + 123);
    expect(await storage.put(key, streamOf(data), { maxBytes: 2 * MB })).toEqual({
      bytes: data.length,
      sha256: sha256(data),
    });
    expect(await filesLeft()).toEqual([key]);
    expect((await readFile(path.join(directory, "documents", key))).equals(data)).toBe(true);
    expect(await storage.exists(key)).toBe(true);
  });

  it("keeps a body of exactly the limit, and refuses one byte more leaving nothing", async () => {
    const data = randomBytes(1000);
    await expect(storage.put("exact", streamOf(data), { maxBytes: 1000 })).resolves.toMatchObject({
      bytes: 1000,
    });
    const over = storage.put("over", streamOf(randomBytes(1001)), { maxBytes: 1000 });
    await expect(over).rejects.toSatisfy((error) => isStorageError(error, "TOO_LARGE"));
    expect(await filesLeft()).toEqual(["exact"]);
  });

  it("stops reading a body past the limit instead of draining it", async () => {
    const body = streamOf(randomBytes(4 * MB));
    await expect(storage.put(randomUUID(), body, { maxBytes: MB })).rejects.toThrow(/over/);
    expect(body.destroyed).toBe(true);
    expect(await filesLeft()).toEqual([]);
  });

  it("leaves nothing when the body breaks after 1 MB", async () => {
    const body = streamOf(randomBytes(3 * MB), MB);
    await expect(storage.put(randomUUID(), body, { maxBytes: 25 * MB })).rejects.toThrow(
      "connection reset",
    );
    expect(await filesLeft()).toEqual([]);
  });

  it("keeps an object as it was when a later upload under its key fails", async () => {
    const key = randomUUID();
    const first = randomBytes(5000);
    await storage.put(key, streamOf(first), { maxBytes: MB });
    await expect(
      storage.put(key, streamOf(randomBytes(MB), 1000), { maxBytes: MB }),
    ).rejects.toThrow();
    expect((await readAll((await storage.read(key)).body)).equals(first)).toBe(true);
    expect(await filesLeft()).toEqual([key]);
  });

  it("shows no object under its key until the whole body has arrived", async () => {
    const key = randomUUID();
    const body = new PassThrough();
    const stored = storage.put(key, body, { maxBytes: MB });
    body.write(randomBytes(300_000));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await storage.exists(key)).toBe(false);
    await expect(storage.read(key)).rejects.toSatisfy((error) =>
      isStorageError(error, "NOT_FOUND"),
    );
    body.end(randomBytes(10));
    await expect(stored).resolves.toMatchObject({ bytes: 300_010 });
    expect(await storage.exists(key)).toBe(true);
  });

  it("reads exactly the bytes of a range, and the whole object without one", async () => {
    const key = randomUUID();
    const data = randomBytes(200_000);
    await storage.put(key, streamOf(data), { maxBytes: MB });

    const whole = await storage.read(key);
    expect(whole).toMatchObject({ bytes: 200_000, size: 200_000, range: null });
    expect((await readAll(whole.body)).equals(data)).toBe(true);

    const middle = await storage.read(key, { start: 70_000, end: 130_000 });
    expect(middle).toMatchObject({
      bytes: 60_001,
      size: 200_000,
      range: { start: 70_000, end: 130_000 },
    });
    expect((await readAll(middle.body)).equals(data.subarray(70_000, 130_001))).toBe(true);

    const tail = await storage.read(key, { start: 199_990, end: 500_000 });
    expect(tail).toMatchObject({ bytes: 10, range: { start: 199_990, end: 199_999 } });
    expect((await readAll(tail.body)).equals(data.subarray(199_990))).toBe(true);

    const first = await storage.read(key, { start: 0, end: 0 });
    expect((await readAll(first.body)).equals(data.subarray(0, 1))).toBe(true);
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
  });

  it("removes an object, and removing it again is not an error", async () => {
    const key = randomUUID();
    await storage.put(key, streamOf(randomBytes(10)), { maxBytes: MB });
    await storage.remove(key);
    await storage.remove(key);
    expect(await storage.exists(key)).toBe(false);
    expect(await filesLeft()).toEqual([]);
  });

  it("refuses a key that would leave its directory, before touching the disk", async () => {
    await writeFile(path.join(directory, "secret"), "kept");
    for (const key of ["../secret", "a/b", ".partial"]) {
      await expect(storage.put(key, streamOf(randomBytes(10)), { maxBytes: MB })).rejects.toSatisfy(
        (error) => isStorageError(error, "INVALID_KEY"),
      );
      await expect(storage.read(key)).rejects.toSatisfy((error) =>
        isStorageError(error, "INVALID_KEY"),
      );
    }
    await expect(storage.remove("../secret")).rejects.toThrow();
    expect(await readFile(path.join(directory, "secret"), "utf8")).toBe("kept");
  });
});
