import { findSessionType, updateSessionType as update } from "@carryover/db/queries";
import { checkSessionTypeChanges } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import { sessionTypeView } from "./list-session-types";
import type { UpdateSessionTypeInput } from "./session-type.contracts";

/**
 * A clinic admin changes a session type's length, price, places, notice or cancellation window.
 * Sessions already booked keep their times, places and cancellation window (kept on each session).
 */
export async function updateSessionType(ctx: ActorContext, input: UpdateSessionTypeInput) {
  const { actor } = ctx;
  const { sessionTypeId, ...changes } = input;
  return ctx.db.transaction(async (tx) => {
    const current = await findSessionType(tx, actor.clinicId, sessionTypeId);
    if (!current) throw notFound("session type");
    const allowed = checkSessionTypeChanges(current.kind, changes);
    if (!allowed.ok)
      throw new AppError(
        "VALIDATION",
        allowed.reason,
        "An individual session has one place; only a group has more.",
        { field: allowed.field },
      );
    const updated = await update(tx, actor.clinicId, sessionTypeId, changes);
    if (!updated) throw notFound("session type");
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "sessionType.update",
      entityType: "session_type",
      entityId: sessionTypeId,
    });
    return sessionTypeView(updated);
  });
}
