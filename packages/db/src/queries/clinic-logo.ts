import { eq } from "drizzle-orm";

import type { Queryable } from "../client";
import { clinicLogos } from "../schema";

/** The logo's bytes and type, to serve it. */
export async function findClinicLogo(q: Queryable, clinicId: string) {
  const [logo] = await q.select().from(clinicLogos).where(eq(clinicLogos.clinicId, clinicId));
  return logo;
}

/** Whether the clinic has a logo and which one, without its bytes: for pages that link to it. */
export async function findClinicLogoStamp(q: Queryable, clinicId: string) {
  const [stamp] = await q
    .select({
      contentType: clinicLogos.contentType,
      sha256: clinicLogos.sha256,
      updatedAt: clinicLogos.updatedAt,
    })
    .from(clinicLogos)
    .where(eq(clinicLogos.clinicId, clinicId));
  return stamp;
}

export async function saveClinicLogo(
  q: Queryable,
  logo: Pick<typeof clinicLogos.$inferInsert, "clinicId" | "contentType" | "bytes" | "sha256">,
  now: Date,
) {
  await q
    .insert(clinicLogos)
    .values({ ...logo, updatedAt: now })
    .onConflictDoUpdate({
      target: clinicLogos.clinicId,
      set: {
        contentType: logo.contentType,
        bytes: logo.bytes,
        sha256: logo.sha256,
        updatedAt: now,
      },
    });
}

/** True when there was a logo to remove. */
export async function deleteClinicLogo(q: Queryable, clinicId: string): Promise<boolean> {
  const removed = await q
    .delete(clinicLogos)
    .where(eq(clinicLogos.clinicId, clinicId))
    .returning({ clinicId: clinicLogos.clinicId });
  return removed.length > 0;
}
