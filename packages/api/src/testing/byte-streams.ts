import { createHash } from "node:crypto";
import { Readable } from "node:stream";

export const MB = 1024 * 1024;

export const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** `data` in 64 KiB chunks; with `failAfter`, the stream breaks once that many bytes were sent. */
export function streamOf(data: Buffer, failAfter?: number): Readable {
  return Readable.from(
    (function* () {
      for (let at = 0; at < data.length; at += 64 * 1024) {
        if (failAfter !== undefined && at >= failAfter) throw new Error("connection reset");
        yield data.subarray(at, at + 64 * 1024);
      }
    })(),
  );
}

/** Everything a stream sends, as one buffer. */
export const readAll = async (stream: Readable) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};
