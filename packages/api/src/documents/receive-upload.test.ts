import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { crc32, deflateSync } from "node:zlib";
import { supportedMimeTypes } from "file-type";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { ALLOWED_UPLOAD_TYPES } from "@carryover/domain/documents";

import { createLocalStorage } from "../ports/local-storage";
import type { StoragePort } from "../ports/storage";
import type { VirusScanPort } from "../ports/virus-scan";
import { MB, sha256 } from "../testing/byte-streams";
import { receiveUpload } from "./receive-upload";

function pngChunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A real 1×1 white PNG. */
function png() {
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(Buffer.from([0, 255, 255, 255]))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A real one-page PDF, its cross-reference table pointing at each object. */
function pdf() {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
  ];
  let text = "%PDF-1.4\n";
  const offsets = objects.map((object, index) => {
    const offset = text.length;
    text += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = text.length;
  text += `xref\n0 4\n0000000000 65535 f \n`;
  text += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  text += `trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(text, "latin1");
}

function box(type: string, body: Buffer) {
  const size = Buffer.alloc(4);
  size.writeUInt32BE(8 + body.length);
  return Buffer.concat([size, Buffer.from(type, "latin1"), body]);
}

/** An ISO media file: its ftyp box with a brand, then media data. */
const isoMedia = (brand: string, bytes = 2000) =>
  Buffer.concat([
    box("ftyp", Buffer.from(`${brand}\0\0\x02\0isomiso2mp41`, "latin1")),
    box("mdat", Buffer.alloc(bytes, 7)),
  ]);

function docx() {
  const name = Buffer.from("[Content_Types].xml");
  const content = Buffer.from(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt32LE(crc32(content), 14);
  header.writeUInt32LE(content.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name, content]);
}

/** A file's first bytes, given in hex, then `padding` bytes of `fill`. */
const bytes = (hex: string, padding = 100, fill = 0) =>
  Buffer.concat([Buffer.from(hex, "hex"), Buffer.alloc(padding, fill)]);

const webm = "1a45dfa39f4286810142f7810142f2810442f381084282847765626d4287810442858102";
const elf = () => bytes("7f454c46020101000000000000000000", 3000);
const windowsExecutable = () => bytes("4d5a", 3000, 0x90);

/** `size` bytes beginning with `head`, made as they are read, in 64 KiB chunks; it may break at `failAfter`. */
function generated(head: Buffer, size: number, failAfter?: number) {
  const counter = { produced: 0 };
  const body = Readable.from(
    (function* () {
      const chunk = Buffer.alloc(64 * 1024, 1);
      while (counter.produced < size) {
        if (failAfter !== undefined && counter.produced >= failAfter) {
          throw new Error("connection reset");
        }
        const next = counter.produced === 0 ? head : chunk.subarray(0, size - counter.produced);
        counter.produced += next.length;
        yield next;
      }
    })(),
  );
  return { body, counter };
}

/** `data` in chunks of `size` bytes, so the type's bytes arrive in pieces. */
const chunked = (data: Buffer, size = 1000) =>
  Readable.from(
    Array.from({ length: Math.ceil(data.length / size) }, (_, i) =>
      data.subarray(i * size, (i + 1) * size),
    ),
  );

let directory: string;
let storage: StoragePort;
beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "carryover-upload-"));
  storage = createLocalStorage({ directory });
});
afterEach(() => rm(directory, { recursive: true, force: true }));

const stored = () => readdir(directory);
const refused = (reason: string) => ({ ok: false, reason });
const upload = (
  body: Readable,
  declaredName: string,
  extra: Partial<Parameters<typeof receiveUpload>[0]> = {},
) => receiveUpload({ storage, body, declaredName, key: randomUUID(), ...extra });

describe("receiveUpload", () => {
  it.each([
    ["a PDF", pdf(), "Evaluation.pdf", "application/pdf", "document"],
    ["a PNG", png(), "drawing.png", "image/png", "document"],
    ["an MP4", isoMedia("isom", 50_000), "practice.mp4", "video/mp4", "video"],
  ])("keeps %s with its size and SHA-256", async (_what, data, name, mime, kind) => {
    const key = randomUUID();
    const result = await receiveUpload({ storage, body: chunked(data), declaredName: name, key });
    const expected = { key, bytes: data.length, sha256: sha256(data), mime, kind, fileName: name };
    expect(result).toEqual({ ok: true, ...expected });
    expect((await readFile(path.join(directory, key))).equals(data)).toBe(true);
  });

  it("recognises every allowed type from its first bytes", async () => {
    const samples: [Buffer, string][] = [
      [bytes("ffd8ffe000104a46494600"), "image/jpeg"],
      [isoMedia("heic"), "image/heic"],
      [isoMedia("mif1"), "image/heif"],
      [bytes(Buffer.from("RIFF\0\0\0\0WEBPVP8 ").toString("hex")), "image/webp"],
      [bytes(Buffer.from("GIF89a").toString("hex")), "image/gif"],
      [docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      [isoMedia("qt  "), "video/quicktime"],
      [bytes(webm, 500), "video/webm"],
    ];
    for (const [data, mime] of samples) {
      expect(await upload(chunked(data, 7), "file"), mime).toMatchObject({ ok: true, mime });
    }
    for (const type of ALLOWED_UPLOAD_TYPES)
      expect(supportedMimeTypes.has(type.mime as never)).toBe(true);
  });

  it("refuses an executable named report.pdf, keeping nothing", async () => {
    for (const data of [elf(), windowsExecutable()]) {
      const result = await upload(chunked(data), "report.pdf");
      expect(result).toEqual({
        ok: false,
        reason: "TYPE_NOT_ALLOWED",
        message: expect.stringMatching(/can't be uploaded/) as string,
      });
    }
    expect(await stored()).toEqual([]);
  });

  it("refuses plain text and an empty file as of unknown type", async () => {
    expect(
      await upload(chunked(Buffer.from("Noah said 12 words today.\n".repeat(50))), "notes.pdf"),
    ).toMatchObject(refused("UNKNOWN_TYPE"));
    expect(await upload(Readable.from([]), "empty.pdf")).toMatchObject(refused("UNKNOWN_TYPE"));
    expect(await stored()).toEqual([]);
  });

  it("refuses a file over its kind's limit, keeping nothing", async () => {
    const limits = { document: 10_000, video: 100_000 };
    const big = generated(png(), 10_001);
    expect(await upload(big.body, "scan.png", { limits })).toEqual({
      ok: false,
      reason: "TOO_LARGE",
      message: expect.stringMatching(/^This file is too big\./) as string,
    });
    expect(await upload(generated(png(), 10_000).body, "scan.png", { limits })).toMatchObject({
      ok: true,
      bytes: 10_000,
    });
    expect(await upload(chunked(isoMedia("isom", 60_000)), "video.mp4", { limits })).toMatchObject({
      ok: true,
      kind: "video",
    });
    expect(await stored()).toHaveLength(2);
  });

  it("stops a 26 MB photo at the 25 MB limit without reading the rest, keeping nothing", async () => {
    const { body, counter } = generated(png(), 26 * MB);
    expect(await upload(body, "huge.png")).toMatchObject({
      ok: false,
      reason: "TOO_LARGE",
      message: "This file is too big. Files can be at most 25 MB (videos 200 MB).",
    });
    expect(counter.produced).toBeLessThan(25 * MB + MB);
    expect(body.destroyed).toBe(true);
    expect(await stored()).toEqual([]);
  }, 20_000);

  it("keeps nothing when the sender goes away after 1 MB, or before the type is known", async () => {
    expect(await upload(generated(png(), 3 * MB, MB).body, "photo.png")).toMatchObject(
      refused("INTERRUPTED"),
    );
    expect(await upload(generated(png(), 3 * MB, 10).body, "photo.png")).toMatchObject(
      refused("INTERRUPTED"),
    );
    expect(await stored()).toEqual([]);
  });

  it("throws when storage itself fails, and the body is let go", async () => {
    const failing: StoragePort = {
      ...storage,
      put: async (_key, body) => {
        for await (const _chunk of body) throw new Error("disk full");
        return { bytes: 0, sha256: "" };
      },
    };
    const body = chunked(pdf());
    await expect(
      receiveUpload({ storage: failing, body, declaredName: "a.pdf", key: randomUUID() }),
    ).rejects.toThrow("disk full");
    expect(body.destroyed).toBe(true);
  });
});

describe("receiveUpload with a virus scanner", () => {
  const eicar = ["X5O!P%@AP[4\\PZX54(P^)7CC)7}$", "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"].join(
    "",
  );
  /** Reads what it is given, as ClamAV would, and finds the EICAR test string. */
  const scanner = (seen: Buffer[] = []): VirusScanPort => ({
    enabled: true,
    async scan(body) {
      const chunks: Buffer[] = [];
      for await (const chunk of body) chunks.push(chunk as Buffer);
      seen.push(Buffer.concat(chunks));
      return Buffer.concat(chunks).includes(eicar)
        ? { clean: false, signature: "Eicar-Test-Signature" }
        : { clean: true };
    },
  });

  it("keeps a clean file, scanning exactly what was stored", async () => {
    const seen: Buffer[] = [];
    const data = pdf();
    expect(await upload(chunked(data), "a.pdf", { scan: scanner(seen) })).toMatchObject({
      ok: true,
    });
    expect(seen).toEqual([data]);
  });

  it("removes an infected file and says why", async () => {
    const data = Buffer.concat([png(), Buffer.from(eicar)]);
    expect(await upload(chunked(data), "a.png", { scan: scanner() })).toEqual({
      ok: false,
      reason: "INFECTED",
      message: expect.stringMatching(/virus check found a problem/) as string,
    });
    expect(await stored()).toEqual([]);
  });

  it("removes the file and throws when the scanner gives no verdict", async () => {
    const unavailable: VirusScanPort = {
      enabled: true,
      scan: () => Promise.reject(new Error("clamd down")),
    };
    await expect(upload(chunked(pdf()), "a.pdf", { scan: unavailable })).rejects.toThrow(
      "clamd down",
    );
    expect(await stored()).toEqual([]);
  });

  it("does not read the file back for the scanner that is off", async () => {
    const off: VirusScanPort = { enabled: false, scan: () => Promise.reject(new Error("called")) };
    expect(await upload(chunked(pdf()), "a.pdf", { scan: off })).toMatchObject({ ok: true });
  });
});
