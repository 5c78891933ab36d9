import { findPlanOfCare, findSignatureRequest } from "@carryover/db/queries";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ServiceContext } from "../context";
import { hashToken } from "../identity/tokens";
import { audit } from "../policy/audit";
import { requireWithinLimit } from "../policy/rate-limit";
import { buildPlanDocument, documentSha256 } from "./plan-of-care-view";
import type { SigningToken } from "./plan-of-care.contracts";

/**
 * What a signing link opens, for a physician with no account: the plan as it will be signed, or why
 * it cannot be, with whom to call. An unknown link names no clinic and no child.
 */
export async function planOfCareForSigning(ctx: ServiceContext, input: SigningToken) {
  await requireWithinLimit(ctx, "physicianLinkPerAddress", ctx.meta.ip ?? "unknown");
  return ctx.db.transaction(async (tx) => {
    const request = await findSignatureRequest(tx, hashToken(input.token));
    const found = request && (await findPlanOfCare(tx, request.planOfCareId));
    const built = found && (await buildPlanDocument(tx, found.plan));
    if (!request || !found || !built) return { state: "unknown" as const };
    const { plan } = found;
    const clinic = { name: built.clinic.name, phone: built.clinic.phone };
    const now = ctx.now();
    if (request.usedAt !== null || plan.certifiedOn !== null)
      return { state: "signed" as const, clinic };
    if (+request.expiresAt <= +now) return { state: "expired" as const, clinic };
    const sha = documentSha256(built.document);
    if (sha !== request.documentSha256) return { state: "changed" as const, clinic };
    await audit(tx, ctx.meta, {
      actorId: null,
      clinicId: plan.clinicId,
      action: "plan_of_care.physician_view",
      entityType: "child",
      entityId: plan.childId,
    });
    return {
      state: "ready" as const,
      // For the server only (the PDF's logo): the procedure's output contract leaves it out.
      clinicId: plan.clinicId,
      document: built.document,
      documentSha256: sha,
      expiresAt: request.expiresAt,
      today: localDateOf(now, built.clinic.timeZone),
    };
  });
}
