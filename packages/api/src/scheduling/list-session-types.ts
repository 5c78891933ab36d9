import { listSessionTypes as list } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import type { SessionType } from "./session-type.contracts";

export const sessionTypeView = (t: SessionType): SessionType => ({
  id: t.id,
  name: t.name,
  kind: t.kind,
  durationMinutes: t.durationMinutes,
  modality: t.modality,
  capacity: t.capacity,
  minimumNoticeMinutes: t.minimumNoticeMinutes,
  maximumAdvanceDays: t.maximumAdvanceDays,
  cancellationWindowHours: t.cancellationWindowHours,
  priceCents: t.priceCents,
});

export async function listSessionTypes(ctx: ActorContext) {
  return (await list(ctx.db, ctx.actor.clinicId)).map(sessionTypeView);
}
