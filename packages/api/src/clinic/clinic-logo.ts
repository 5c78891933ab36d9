import { createHash } from "node:crypto";

import {
  deleteClinicLogo,
  findClinicLogo,
  findClinicLogoStamp,
  saveClinicLogo,
} from "@carryover/db/queries";
import { logoRefusal, sniffLogoType } from "@carryover/domain/clinic";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import type { ClinicLogo, SetClinicLogoInput } from "./clinic.contracts";

/** Where the logo is served; the hash in the address makes a new logo a new address for the cache. */
const logoView = (stamp: {
  contentType: "image/png" | "image/jpeg";
  sha256: string;
}): ClinicLogo => ({
  contentType: stamp.contentType,
  src: `/api/clinic/logo?v=${stamp.sha256.slice(0, 16)}`,
});

/** The clinic's logo, if it has one, for anyone signed in to it. */
export async function getClinicLogo(ctx: ActorContext): Promise<ClinicLogo | null> {
  const stamp = await findClinicLogoStamp(ctx.db, ctx.actor.clinicId);
  return stamp ? logoView(stamp) : null;
}

/** A PNG or JPEG of at most 200 kB, its type read from its bytes; it replaces any logo before it. */
export async function setClinicLogo(ctx: ActorContext, input: SetClinicLogoInput) {
  const bytes = new Uint8Array(Buffer.from(input.image, "base64"));
  const refusal = logoRefusal(bytes);
  const contentType = sniffLogoType(bytes);
  if (refusal || !contentType)
    throw new AppError("VALIDATION", "LOGO_REFUSED", refusal ?? "Choose a PNG or JPEG image.", {
      field: "image",
    });
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  await ctx.db.transaction(async (tx) => {
    await saveClinicLogo(
      tx,
      { clinicId: ctx.actor.clinicId, contentType, bytes, sha256 },
      ctx.now(),
    );
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "clinic.logo.update",
      entityType: "clinic",
      entityId: ctx.actor.clinicId,
    });
  });
  return logoView({ contentType, sha256 });
}

export async function removeClinicLogo(ctx: ActorContext) {
  await ctx.db.transaction(async (tx) => {
    if (!(await deleteClinicLogo(tx, ctx.actor.clinicId))) return;
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "clinic.logo.remove",
      entityType: "clinic",
      entityId: ctx.actor.clinicId,
    });
  });
}

/**
 * The logo's file for `GET /api/clinic/logo`: only the clinic's own signed-in people; another
 * clinic's logo, like a missing one, is not found.
 */
export async function clinicLogoFile(ctx: ActorContext, clinicId: string) {
  if (clinicId !== ctx.actor.clinicId) throw notFound("logo");
  const logo = await findClinicLogo(ctx.db, clinicId);
  if (!logo) throw notFound("logo");
  return { contentType: logo.contentType, bytes: logo.bytes, sha256: logo.sha256 };
}
