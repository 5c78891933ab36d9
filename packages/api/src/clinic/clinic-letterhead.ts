import type { Queryable } from "@carryover/db";
import { findClinic, findClinicLogo } from "@carryover/db/queries";
import { sniffLogoType } from "@carryover/domain/clinic";

import type { ActorContext } from "../context";
import { notFound } from "../errors";

export type ClinicLetterhead = {
  name: string;
  address: string | null;
  phone: string | null;
  /** PNG or JPEG bytes, read from the bytes themselves: what a PDF can draw. */
  logo: { contentType: "image/png" | "image/jpeg"; bytes: Uint8Array } | null;
};

/** The actor's own clinic as printed documents head their pages: name, address, phone, logo. */
export async function getClinicLetterhead(ctx: ActorContext): Promise<ClinicLetterhead> {
  const [clinic, logo] = await Promise.all([
    findClinic(ctx.db, ctx.actor.clinicId),
    drawableLogo(ctx.db, ctx.actor.clinicId),
  ]);
  if (!clinic) throw notFound("clinic");
  return { name: clinic.name, address: clinic.address, phone: clinic.phone, logo };
}

/** The clinic's logo if it is one a PDF can draw (PNG or JPEG, by its bytes). */
export async function drawableLogo(
  q: Queryable,
  clinicId: string,
): Promise<ClinicLetterhead["logo"]> {
  const logo = await findClinicLogo(q, clinicId);
  const bytes = logo ? new Uint8Array(logo.bytes) : null;
  const contentType = bytes ? sniffLogoType(bytes) : null;
  return bytes && contentType ? { contentType, bytes } : null;
}
