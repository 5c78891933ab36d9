import { findSessionType } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { requireTherapist } from "../policy/therapist-access";
import type { SlotsInput } from "./availability.contracts";
import { openSlots } from "./open-slots";

const DAY = 86_400_000;
export const MAX_SLOT_RANGE_DAYS = 62;

/** Open times for one session type with one therapist, within the session type's booking window. */
export async function listSlots(ctx: ActorContext, input: SlotsInput) {
  if (+input.to <= +input.from)
    throw new AppError(
      "VALIDATION",
      "EMPTY_RANGE",
      "The end of the range must be after its start.",
      { field: "to" },
    );
  if (+input.to - +input.from > MAX_SLOT_RANGE_DAYS * DAY) {
    throw new AppError(
      "VALIDATION",
      "RANGE_TOO_LONG",
      `Ask for at most ${MAX_SLOT_RANGE_DAYS} days at a time.`,
      { field: "to" },
    );
  }
  const therapist = await requireTherapist(ctx.db, ctx.actor, input.therapistId, "view");
  const sessionType = await findSessionType(ctx.db, ctx.actor.clinicId, input.sessionTypeId);
  if (!sessionType || !sessionType.active) throw notFound("session type");
  const now = ctx.now();
  const to = new Date(Math.min(+input.to, +now + sessionType.maximumAdvanceDays * DAY));
  const slots = await openSlots(ctx.db, therapist, sessionType, input.from, to, now);
  return { therapistTimeZone: therapist.timeZone, slots };
}
