import { drawableLogo } from "../clinic/clinic-letterhead";
import type { ServiceContext } from "../context";
import { planOfCareForSigning } from "./plan-for-signing";
import type { SigningToken } from "./plan-of-care.contracts";

/**
 * The plan behind a physician's signing link (`planOfCareForSigning`: the same rate limit, checks
 * and audit) with its clinic's logo, for the plan's PDF; the clinic's id stays on the server.
 */
export async function planOfCareForSigningWithLogo(ctx: ServiceContext, input: SigningToken) {
  const found = await planOfCareForSigning(ctx, input);
  if (found.state !== "ready") return found;
  const { clinicId, ...ready } = found;
  return { ...ready, logo: await drawableLogo(ctx.db, clinicId) };
}
