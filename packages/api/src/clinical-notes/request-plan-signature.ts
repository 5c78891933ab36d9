import { findChildReferral, insertSignatureRequest } from "@carryover/db/queries";
import { layoutEmail } from "@carryover/domain/notices";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { newToken } from "../identity/tokens";
import { audit } from "../policy/audit";
import { buildPlanDocument, documentSha256, requirePlanOfCare } from "./plan-of-care-view";
import type { RequestSignatureInput } from "./plan-of-care.contracts";
import { certifiedRefusal } from "./update-plan-of-care";

/** How long the physician's signing link works. */
export const SIGNING_LINK_DAYS = 14;

/** "Maya J.": the most of the child's name an email to the physician carries. */
const firstNameAndInitial = (name: string) => {
  const [first = "", ...rest] = name.trim().split(/\s+/);
  const initial = rest.at(-1)?.charAt(0);
  return initial ? `${first} ${initial.toUpperCase()}.` : first;
};

/**
 * Sends the referring physician a single-use link to review and sign this exact plan: the link holds
 * the token, the database its hash and the hash of the document it shows.
 */
export async function requestPlanSignature(ctx: ActorContext, input: RequestSignatureInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const { plan } = await requirePlanOfCare(tx, actor, input.planOfCareId, "writeClinicalRecord");
    if (plan.certifiedOn !== null) throw certifiedRefusal();
    const referral = await findChildReferral(tx, plan.childId);
    const to = input.email ?? referral?.physicianEmail ?? null;
    if (!to)
      throw new AppError(
        "VALIDATION",
        "NO_PHYSICIAN_EMAIL",
        "The child's referral has no physician email: enter the address to send the link to.",
        { field: "email" },
      );
    const built = await buildPlanDocument(tx, plan);
    if (!built) throw notFound("plan of care");
    const { document, clinic } = built;
    const { token, tokenHash } = newToken();
    const expiresAt = new Date(+ctx.now() + SIGNING_LINK_DAYS * 86_400_000);
    await insertSignatureRequest(tx, {
      planOfCareId: plan.id,
      tokenHash,
      documentSha256: documentSha256(document),
      sentTo: to,
      expiresAt,
    });
    const call = clinic.phone ? ` Questions? Call ${clinic.name} at ${clinic.phone}.` : "";
    await ctx.mail.send(tx, {
      clinicId: clinic.id,
      to,
      subject: `A plan of care to review and sign, from ${clinic.name}`,
      text: layoutEmail({
        recipientName: "Doctor",
        paragraphs: [
          `${clinic.name} asks you to review and certify the occupational therapy plan of care for your patient ${firstNameAndInitial(document.child.name)}, from ${document.startOn} to ${document.endOn}.`,
          `Open this link within ${SIGNING_LINK_DAYS} days to read the plan and sign it (no account needed; the link works once):`,
          `${ctx.appUrl}/sign/plan-of-care/${token}`,
          "The page also offers the plan as a PDF to download for your records, for as long as the link works.",
          `If you did not expect this, ignore this email.${call}`,
        ],
        signOff: clinic.name,
      }),
    });
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "plan_of_care.request_signature",
      entityType: "child",
      entityId: plan.childId,
    });
    return { sentTo: to, expiresAt };
  });
}
