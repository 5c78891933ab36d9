import { listSessionTypes as list } from "@carryover/db/queries";

import type { ActorContext } from "../context";

export async function listSessionTypes(ctx: ActorContext) {
  const rows = await list(ctx.db, ctx.actor.clinicId);
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    kind: t.kind,
    durationMinutes: t.durationMinutes,
    modality: t.modality,
    capacity: t.capacity,
    minimumNoticeMinutes: t.minimumNoticeMinutes,
    maximumAdvanceDays: t.maximumAdvanceDays,
    cancellationWindowHours: t.cancellationWindowHours,
  }));
}
