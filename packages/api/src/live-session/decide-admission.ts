import { decideAdmission as writeAdmission } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireLiveSessionRole, requireLiveSessionTherapist } from "../policy/live-session-role";
import type { AdmitInput } from "./live-session.contracts";

/**
 * The therapist lets waiting guardians in (some, or everyone waiting when `userIds` is absent) or
 * turns one away. Only a join token issued afterwards lets them into the room.
 */
export async function decideAdmission(
  ctx: ActorContext,
  input: AdmitInput & { admission: "admitted" | "denied" },
) {
  return ctx.db.transaction(async (tx) => {
    const place = await requireLiveSessionRole(tx, ctx.actor, input.appointmentId);
    requireLiveSessionTherapist(
      place,
      input.admission === "admitted" ? "admit people" : "turn people away",
    );
    const changed = await writeAdmission(tx, input.appointmentId, {
      userIds: input.userIds ?? null,
      admission: input.admission,
      by: ctx.actor.userId,
      now: ctx.now(),
    });
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: input.admission === "admitted" ? "live_session.admit" : "live_session.deny",
      entityType: "appointment",
      entityId: input.appointmentId,
    });
    return { changed: changed.length };
  });
}
