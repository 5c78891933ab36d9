import {
  certifyPlanOfCare,
  findSignatureRequest,
  lockPlanOfCare,
  useSignatureRequest,
} from "@carryover/db/queries";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ServiceContext } from "../context";
import { AppError } from "../errors";
import { hashToken } from "../identity/tokens";
import { audit } from "../policy/audit";
import { requireWithinLimit } from "../policy/rate-limit";
import { buildPlanDocument, documentSha256 } from "./plan-of-care-view";
import type { SignPlanOfCareInput } from "./plan-of-care.contracts";

const contact = (clinic: { name: string; phone: string | null }) =>
  clinic.phone ? `${clinic.name} at ${clinic.phone}` : clinic.name;

/**
 * The physician certifies the plan through the link: once, on the clinic's today, with their typed
 * name, NPI and attestation; the link's row is locked so two submissions cannot both sign.
 */
export async function signPlanOfCare(ctx: ServiceContext, input: SignPlanOfCareInput) {
  await requireWithinLimit(ctx, "physicianLinkPerAddress", ctx.meta.ip ?? "unknown");
  return ctx.db.transaction(async (tx) => {
    const request = await findSignatureRequest(tx, hashToken(input.token), { lock: true });
    const plan = request && (await lockPlanOfCare(tx, request.planOfCareId));
    const built = plan && (await buildPlanDocument(tx, plan));
    if (!request || !plan || !built)
      throw new AppError(
        "NOT_FOUND",
        "SIGNING_LINK_NOT_FOUND",
        "We couldn't find that signing link. Check that the whole link from the email was opened.",
      );
    const { clinic } = built;
    if (request.usedAt !== null || plan.certifiedOn !== null)
      throw new AppError(
        "CONFLICT",
        "ALREADY_SIGNED",
        `This plan of care is already signed. Questions? Contact ${contact(clinic)}.`,
      );
    const now = ctx.now();
    if (+request.expiresAt <= +now)
      throw new AppError(
        "PRECONDITION_FAILED",
        "SIGNING_LINK_EXPIRED",
        `This link has expired — ask ${contact(clinic)} for a new one.`,
      );
    const today = localDateOf(now, clinic.timeZone);
    if (input.signedOn !== today)
      throw new AppError("VALIDATION", "SIGNED_ON_NOT_TODAY", `Sign with today's date, ${today}.`, {
        field: "signedOn",
      });
    const sha = documentSha256(built.document);
    if (sha !== request.documentSha256)
      throw new AppError(
        "PRECONDITION_FAILED",
        "PLAN_CHANGED_SINCE_SENT",
        `This plan of care was changed after the link was sent — ask ${contact(clinic)} for a new one.`,
      );
    await useSignatureRequest(tx, request.id, now);
    await certifyPlanOfCare(tx, plan.id, input.signedOn, {
      method: "link",
      physicianName: input.physicianName,
      physicianNpi: input.npi,
      signedAt: now.toISOString(),
      ip: ctx.meta.ip ?? "unknown",
      documentSha256: sha,
    });
    await audit(tx, ctx.meta, {
      actorId: null,
      clinicId: plan.clinicId,
      action: "plan_of_care.sign",
      entityType: "child",
      entityId: plan.childId,
    });
    return { certifiedOn: input.signedOn, documentSha256: sha };
  });
}
