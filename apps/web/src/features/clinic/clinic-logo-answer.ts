import "server-only";

import { clinicLogoFile, type RequestMeta } from "@carryover/api";

import { plainText, type RouteAnswer } from "~/lib/route-handler";
import { getAuthSession } from "~/server/auth-session";
import { serviceDeps } from "~/server/deps";

export const logoNotFound = () => plainText(404, "This clinic has no logo.");

/**
 * The clinic's logo for its own signed-in people. Served with its sniffed type and `nosniff`, so a
 * browser never reads it as anything but the image it is; private, as it is behind the sign-in.
 */
export async function answerClinicLogo(meta: RequestMeta): Promise<RouteAnswer> {
  const auth = await getAuthSession();
  if (!auth?.ok) return { response: plainText(401, "Please sign in to Carryover.") };
  const ctx = { ...serviceDeps(), meta, actor: auth.actor };
  const logo = await clinicLogoFile(ctx, auth.actor.clinicId);
  return {
    response: new Response(new Uint8Array(logo.bytes), {
      headers: {
        "content-type": logo.contentType,
        "content-length": String(logo.bytes.byteLength),
        // The address carries the logo's hash (`?v=`), so a new logo is a new address.
        "cache-control": "private, max-age=86400",
        etag: `"${logo.sha256}"`,
        "x-content-type-options": "nosniff",
        "content-disposition": 'inline; filename="clinic-logo"',
      },
    }),
    actorId: auth.actor.userId,
  };
}
