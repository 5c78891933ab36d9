import type { Readable } from "node:stream";
import busboy from "busboy";

export type MultipartUpload = {
  /** The text fields sent before the file. */
  fields: Record<string, string>;
  /** The file's bytes as they arrive, and its name as the sender gave it; null when none came. */
  file: { body: Readable; declaredName: string } | null;
};

export class MultipartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MultipartError";
  }
}

const LIMITS = { files: 1, fields: 12, parts: 13, fieldSize: 2000, fieldNameSize: 100 };

/**
 * A `multipart/form-data` upload of one file, streamed: resolves at the file's first part with the
 * fields sent before it (a form sends `childId` first), so the sender can be checked before a byte
 * is kept. The request breaking off, or ending mid-file, errors the file's stream.
 */
export function readMultipartUpload(
  headers: Record<string, string>,
  body: Readable,
): Promise<MultipartUpload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers, limits: LIMITS });
    } catch {
      reject(
        new MultipartError(
          "Send the file as multipart/form-data, with the fields childId and file.",
        ),
      );
      return;
    }
    const fields: Record<string, string> = {};
    let settled = false;
    const settle = (upload: MultipartUpload) => {
      settled = true;
      resolve(upload);
    };
    parser.on("field", (name, value) => {
      if (!settled) fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (settled || name !== "file") {
        stream.resume();
        return;
      }
      settle({ fields, file: { body: stream, declaredName: info.filename ?? "" } });
    });
    parser.on("close", () => {
      if (!settled) settle({ fields, file: null });
    });
    parser.on("error", (error) => {
      if (!settled) {
        settled = true;
        reject(new MultipartError(`The upload could not be read: ${(error as Error).message}.`));
      }
    });
    body.on("error", (error) => parser.destroy(error));
    body.pipe(parser);
  });
}
