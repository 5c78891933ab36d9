import { crc32, deflateSync } from "node:zlib";
import { eq } from "drizzle-orm";

import { clinicLogos, clinics } from "@carryover/db/schema";

import { withDatabase } from "./database";

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real 240 × 64 PNG: a teal rounded badge and three bars, like a small clinic's wordmark. */
export function clinicLogoPng(): Buffer {
  const width = 240;
  const height = 64;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 4);
    for (let x = 0; x < width; x++) {
      const inBadge = (x - 32) ** 2 + (y - 32) ** 2 < 28 ** 2;
      const inBar =
        x > 72 &&
        x < 232 &&
        [14, 28, 42].some((top, i) => y >= top && y < top + 8 && x < 232 - i * 40);
      const [r, g, b, a] = inBadge ? [13, 110, 110, 255] : inBar ? [40, 60, 70, 255] : [0, 0, 0, 0];
      row.set([r, g, b, a], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

async function clinicIdNamed(name: string): Promise<string> {
  return withDatabase(async (db) => {
    const [clinic] = await db
      .select({ id: clinics.id })
      .from(clinics)
      .where(eq(clinics.name, name));
    if (!clinic) throw new Error(`no clinic ${name}`);
    return clinic.id;
  });
}

/** Sets a clinic's logo directly, for a page that shows it. */
export async function setClinicLogo(clinicName: string, png: Buffer) {
  const clinicId = await clinicIdNamed(clinicName);
  await withDatabase((db) =>
    db
      .insert(clinicLogos)
      .values({
        clinicId,
        contentType: "image/png",
        bytes: new Uint8Array(png),
        sha256: "e2e" + Date.now(),
      })
      .onConflictDoUpdate({ target: clinicLogos.clinicId, set: { bytes: new Uint8Array(png) } }),
  );
}

export async function removeClinicLogo(clinicName: string) {
  const clinicId = await clinicIdNamed(clinicName);
  await withDatabase((db) => db.delete(clinicLogos).where(eq(clinicLogos.clinicId, clinicId)));
}
