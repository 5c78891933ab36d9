import { appUrl } from "~/env";
import { decideRequestOrigin } from "./request-origin";

const SENTENCES = {
  FOREIGN_ORIGIN:
    "This request came from another site, so it was refused. Open Carryover itself and try again.",
  NOT_JSON: "This address takes only JSON (content-type: application/json).",
} as const;

/** The answer refusing a state-changing request from another origin (or, where `jsonOnly`, not JSON); null to go on. */
export function refuseForeignRequest(
  request: Request,
  options: { jsonOnly?: boolean } = {},
): Response | null {
  const decision = decideRequestOrigin(request, appUrl(), options);
  if (decision.ok) return null;
  return new Response(`${SENTENCES[decision.reason]}\n`, {
    status: decision.status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
