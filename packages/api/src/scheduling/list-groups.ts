import {
  listChildrenOfGuardian,
  listScheduledGroups,
  listSeatsOfChildren,
  listWaitingIn,
} from "@carryover/db/queries";
import { reachOf } from "@carryover/domain/access";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import type { ChildPlace } from "./group.contracts";

const DAY = 86_400_000;
const AHEAD_DAYS = 62;

/**
 * The clinic's group sessions still open for sign-up, with seats left and the waitlist's length. A
 * family also learns where its own children stand; no one learns which other children are in a group.
 */
export async function listGroups(ctx: ActorContext) {
  const { actor } = ctx;
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const groups = await listScheduledGroups(
      tx,
      actor.clinicId,
      now,
      new Date(+now + AHEAD_DAYS * DAY),
    );
    const mine =
      reachOf(actor.role) === "family"
        ? (await listChildrenOfGuardian(tx, actor.clinicId, actor.userId)).map((c) => c.id)
        : [];
    const ids = groups.map((g) => g.id);
    const [seated, waiting] = await Promise.all([
      listSeatsOfChildren(tx, ids, mine),
      mine.length ? listWaitingIn(tx, ids) : Promise.resolve([]),
    ]);
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "group.list",
      entityType: "appointment",
    });
    return groups.map((group) => {
      const queue = waiting.filter((w) => w.appointmentId === group.id);
      const places: ChildPlace[] = [
        ...seated
          .filter((s) => s.appointmentId === group.id)
          .map((s) => ({ childId: s.childId, status: "seated" as const })),
        ...queue.flatMap((w, i) =>
          mine.includes(w.childId)
            ? [{ childId: w.childId, status: "waiting" as const, position: i + 1 }]
            : [],
        ),
      ];
      return {
        id: group.id,
        start: group.start,
        end: group.end,
        timeZone: group.timeZone,
        modality: group.modality,
        sessionTypeName: group.sessionTypeName,
        name: group.groupName,
        topic: group.groupTopic,
        ages: { min: group.ageMinYears, max: group.ageMaxYears },
        therapistId: group.therapistId,
        therapistName: group.therapistName,
        capacity: group.capacity,
        seatsLeft: Math.max(0, group.capacity - group.seatsTaken),
        waiting: group.waiting,
        places,
      };
    });
  });
}
