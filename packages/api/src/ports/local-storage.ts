import { randomUUID } from "node:crypto";
import type { WriteStream } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";

import {
  assertByteRange,
  assertStorageKey,
  createUploadMeter,
  resolveByteRange,
  StorageError,
  type StoragePort,
} from "./storage";

export type LocalStorageConfig = {
  /** Where objects are kept, one file per key (e.g. `<data directory>/documents`); made when missing. */
  directory: string;
  /** Flush each object to the disk before it counts as stored (slower; survives a power cut). */
  fsync?: boolean;
};

const isMissing = (error: unknown) =>
  error instanceof Error && "code" in error && error.code === "ENOENT";

/**
 * Objects as files in one directory. Each upload is written to a temporary file beside its object
 * (named with a leading dot, which no key has) and renamed into place once whole, so a reader never
 * sees half a file and a failed upload leaves nothing.
 */
export function createLocalStorage(config: LocalStorageConfig): StoragePort {
  const directory = path.resolve(config.directory);
  const fileOf = (key: string) => {
    assertStorageKey(key);
    return path.join(directory, key);
  };

  return {
    async put(key, body, { maxBytes }) {
      const target = fileOf(key);
      await mkdir(directory, { recursive: true });
      const temporary = path.join(directory, `.${key}.${randomUUID()}.partial`);
      const meter = createUploadMeter(maxBytes);
      let file: WriteStream | null = null;
      try {
        const handle = await open(temporary, "wx", 0o600);
        // The stream closes the handle once finished (flushed to the disk first with fsync).
        file = handle.createWriteStream({ flush: config.fsync ?? false });
        await pipeline(body, meter.stream, file);
        await rename(temporary, target);
        return meter.result();
      } catch (error) {
        body.destroy();
        const closing = file;
        if (closing && !closing.closed) {
          await new Promise<void>((done) => closing.once("close", () => done()));
        }
        await rm(temporary, { force: true });
        throw error;
      }
    },

    async read(key, range) {
      const file = fileOf(key);
      assertByteRange(range);
      const handle = await open(file, "r").catch((error: unknown) => {
        throw isMissing(error) ? new StorageError("NOT_FOUND", `No object ${key}.`) : error;
      });
      try {
        const { size } = await handle.stat();
        const resolved = range ? resolveByteRange(range, size) : null;
        const body = handle.createReadStream(resolved ?? {});
        const bytes = resolved ? resolved.end - resolved.start + 1 : size;
        return { body, bytes, size, range: resolved };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },

    async remove(key) {
      await rm(fileOf(key), { force: true });
    },

    async exists(key) {
      try {
        return (await stat(fileOf(key))).isFile();
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
  };
}
