import "server-only";

import { z } from "zod";

import { getClaimBatchFile, type RequestMeta } from "@carryover/api";

import { signInFirst } from "~/lib/pdf-route";
import { plainText, type RouteAnswer } from "~/lib/route-handler";
import { getAuthSession } from "~/server/auth-session";
import { serviceDeps } from "~/server/deps";

export const batchNotFound = () =>
  plainText(
    404,
    "We couldn't find that claim batch. Open it from Billing in your Carryover account.",
  );

/** A claim batch's 837P file, as it was sent, to upload to the clearinghouse. */
export async function answerBatchFile(
  req: Request,
  meta: RequestMeta,
  batchId: string,
): Promise<RouteAnswer> {
  const auth = await getAuthSession();
  if (!auth?.ok)
    return { response: signInFirst(req, auth, "Please sign in to Carryover to download claims.") };
  const actorId = auth.actor.userId;
  if (!z.uuid().safeParse(batchId).success) return { response: batchNotFound(), actorId };
  const ctx = { ...serviceDeps(), meta, actor: auth.actor };
  const { file, interchangeControlNumber } = await getClaimBatchFile(ctx, { batchId });
  return {
    response: new Response(file, {
      headers: {
        "content-type": "application/edi-x12; charset=us-ascii",
        "content-disposition": `attachment; filename="claims-${interchangeControlNumber}.837p.txt"`,
        "cache-control": "private, no-store",
        "x-robots-tag": "noindex",
      },
    }),
    actorId,
  };
}
