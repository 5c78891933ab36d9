import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";

import {
  assertByteRange,
  assertStorageKey,
  createUploadMeter,
  isStorageError,
  parseRangeHeader,
  resolveByteRange,
  StorageError,
} from "./storage";

describe("parseRangeHeader", () => {
  it("reads a single range, open-ended or closed", () => {
    expect(parseRangeHeader("bytes=0-")).toEqual({ start: 0, end: undefined });
    expect(parseRangeHeader("bytes=100-199")).toEqual({ start: 100, end: 199 });
    expect(parseRangeHeader("bytes=0-1")).toEqual({ start: 0, end: 1 });
  });

  it("gives null for what is served whole: none, suffix, several, reversed or malformed", () => {
    for (const header of [null, undefined, "", "bytes=-500", "bytes=0-1,5-9", "bytes=9-2"]) {
      expect(parseRangeHeader(header)).toBeNull();
    }
    expect(parseRangeHeader("items=0-1")).toBeNull();
    expect(parseRangeHeader("bytes=a-b")).toBeNull();
  });
});

describe("resolveByteRange", () => {
  it("clamps the end to the last byte and refuses a start past it", () => {
    expect(resolveByteRange({ start: 10 }, 100)).toEqual({ start: 10, end: 99 });
    expect(resolveByteRange({ start: 10, end: 500 }, 100)).toEqual({ start: 10, end: 99 });
    expect(resolveByteRange({ start: 99, end: 99 }, 100)).toEqual({ start: 99, end: 99 });
    expect(() => resolveByteRange({ start: 100 }, 100)).toThrow(
      expect.objectContaining({ code: "RANGE_NOT_SATISFIABLE", details: { size: 100 } }),
    );
  });

  it("treats a range reversed or negative as the caller's mistake", () => {
    expect(() => assertByteRange({ start: 5, end: 4 })).toThrow(RangeError);
    expect(() => assertByteRange({ start: -1 })).toThrow(RangeError);
    expect(() => assertByteRange({ start: 1.5 })).toThrow(RangeError);
    expect(() => assertByteRange({ start: 0, end: 0 })).not.toThrow();
  });
});

describe("assertStorageKey", () => {
  it("takes a uuid and refuses what could leave the directory or name a temporary file", () => {
    expect(() => assertStorageKey("0f8fad5b-d9cb-469f-a165-70867728950e")).not.toThrow();
    for (const key of [
      "",
      "..",
      "../etc/passwd",
      "a/b",
      "a\\b",
      ".hidden",
      "a.b",
      "x".repeat(129),
    ]) {
      expect(() => assertStorageKey(key), key).toThrow(StorageError);
    }
  });
});

const collect = async (stream: AsyncIterable<unknown>) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

describe("createUploadMeter", () => {
  it("counts and hashes what passes through", async () => {
    const meter = createUploadMeter(9);
    const chunks = [Buffer.from("hello "), Buffer.from("you")];
    let passed = Buffer.alloc(0);
    await pipeline(Readable.from(chunks), meter.stream, async (stream) => {
      passed = await collect(stream);
    });
    expect(passed.toString()).toBe("hello you");
    expect(meter.result()).toEqual({
      bytes: 9,
      sha256: "b283788fa43abed20cc491063bfa3a455ebca761853c409a9e3acec9712632bc",
    });
    expect(meter.tooLarge).toBeNull();
  });

  it("fails with TOO_LARGE as soon as one byte passes the limit", async () => {
    const meter = createUploadMeter(8);
    const flowing = pipeline(
      Readable.from([Buffer.from("hello "), Buffer.from("you")]),
      meter.stream,
      collect,
    );
    await expect(flowing).rejects.toSatisfy((error) => isStorageError(error, "TOO_LARGE"));
    expect(meter.tooLarge?.details).toEqual({ maxBytes: 8 });
  });
});
