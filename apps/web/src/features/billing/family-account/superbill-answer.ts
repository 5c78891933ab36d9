import "server-only";

import { getSuperbill, type RequestMeta } from "@carryover/api";
import { SuperbillInput } from "@carryover/api/contracts/superbill";

import { pdfResponse, signInFirst } from "~/lib/pdf-route";
import { plainText, type RouteAnswer } from "~/lib/route-handler";
import { getAuthSession } from "~/server/auth-session";
import { serviceDeps } from "~/server/deps";
import { renderSuperbillPdf } from "./render-superbill-pdf";

export const superbillNotFound = () =>
  plainText(404, "We couldn't find that child's bills. Open Bills in Carryover and try again.");

/** A month's superbill as a PDF, for a guardian who sees the bills or the clinic's billing staff. */
export async function answerSuperbill(
  req: Request,
  meta: RequestMeta,
  childId: string,
): Promise<RouteAnswer> {
  const auth = await getAuthSession();
  if (!auth?.ok)
    return {
      response: signInFirst(req, auth, "Please sign in to Carryover to see this superbill."),
    };
  const url = new URL(req.url);
  const input = SuperbillInput.safeParse({
    childId,
    from: url.searchParams.get("from"),
    to: url.searchParams.get("to"),
  });
  if (!input.success)
    return {
      response: plainText(400, input.error.issues[0]?.message ?? "Choose the month again."),
      actorId: auth.actor.userId,
    };
  const superbill = await getSuperbill({ ...serviceDeps(), meta, actor: auth.actor }, input.data);
  return {
    response: pdfResponse(await renderSuperbillPdf(superbill), "superbill.pdf"),
    actorId: auth.actor.userId,
  };
}
