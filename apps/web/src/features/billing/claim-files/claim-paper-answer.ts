import "server-only";

import { z } from "zod";

import { getClaimForPaper, type RequestMeta } from "@carryover/api";

import { pdfResponse, signInFirst } from "~/lib/pdf-route";
import { plainText, type RouteAnswer } from "~/lib/route-handler";
import { getAuthSession } from "~/server/auth-session";
import { serviceDeps } from "~/server/deps";
import { renderCms1500Pdf } from "../cms1500-pdf/render-cms1500-pdf";

export const claimNotFound = () =>
  plainText(404, "We couldn't find that claim. Open it from Billing in your Carryover account.");

/** A claim on a CMS-1500 (02/12), for payers that take paper. */
export async function answerClaimPaper(
  req: Request,
  meta: RequestMeta,
  claimId: string,
): Promise<RouteAnswer> {
  const auth = await getAuthSession();
  if (!auth?.ok)
    return { response: signInFirst(req, auth, "Please sign in to Carryover to print claims.") };
  const actorId = auth.actor.userId;
  if (!z.uuid().safeParse(claimId).success) return { response: claimNotFound(), actorId };
  const ctx = { ...serviceDeps(), meta, actor: auth.actor };
  const claim = await getClaimForPaper(ctx, { claimId, timeZone: auth.clinicTimeZone });
  const pdf = await renderCms1500Pdf({ claim });
  // No names in the file name: downloads and print queues show it.
  return { response: pdfResponse(pdf, `claim-${claim.controlNumber}.pdf`), actorId };
}
