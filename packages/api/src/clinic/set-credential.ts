import {
  countSupervisedAssistants,
  findCredentialFacts,
  setTherapistCredential,
} from "@carryover/db/queries";
import { can } from "@carryover/domain/access";
import { decideCredential, type CredentialDecision } from "@carryover/domain/clinical-notes";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import type { SetCredentialInput } from "./staff.contracts";

const REFUSALS: Record<Extract<CredentialDecision, { ok: false }>["reason"], string> = {
  SUPERVISOR_REQUIRED: "Choose the OT who supervises this OT assistant.",
  OT_HAS_NO_SUPERVISOR: "An OT works without a supervisor. Leave the supervisor empty.",
  SELF_SUPERVISION: "An OT assistant can't supervise themselves. Choose an OT.",
  SUPERVISOR_NOT_AN_ACTIVE_OT: "Choose an active OT of your clinic as the supervisor.",
};

/** Whether a therapist is an OT or an OT assistant, and which OT supervises (and co-signs for) an assistant. */
export async function setCredential(ctx: ActorContext, input: SetCredentialInput) {
  const { clinicId } = ctx.actor;
  await ctx.db.transaction(async (tx) => {
    const therapist = await findCredentialFacts(tx, clinicId, input.userId);
    if (!therapist) throw notFound("person");
    if (!can(therapist.role, "holdLicences"))
      throw new AppError(
        "PRECONDITION_FAILED",
        "NOT_A_THERAPIST",
        "Credentials apply to therapists only.",
      );
    if (
      therapist.credential === "ot" &&
      input.credential === "ota" &&
      (await countSupervisedAssistants(tx, clinicId, input.userId)) > 0
    )
      throw new AppError(
        "CONFLICT",
        "SUPERVISES_ASSISTANTS",
        "This OT supervises OT assistants. Give them another supervisor first.",
        { field: "credential" },
      );
    const supervisor =
      input.supervisorId === undefined
        ? null
        : await findCredentialFacts(tx, clinicId, input.supervisorId);
    const decision = decideCredential(
      { therapistId: input.userId, credential: input.credential, supervisorId: input.supervisorId },
      supervisor && {
        userId: supervisor.userId,
        isTherapist: can(supervisor.role, "holdLicences"),
        credential: supervisor.credential,
        active: supervisor.deactivatedAt === null,
      },
    );
    if (!decision.ok)
      throw new AppError("VALIDATION", decision.reason, REFUSALS[decision.reason], {
        field: "supervisorId",
      });
    await setTherapistCredential(
      tx,
      therapist.membershipId,
      input.credential,
      decision.supervisorId,
    );
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId,
      action: "staff.set_credential",
      entityType: "user",
      entityId: input.userId,
    });
  });
}
