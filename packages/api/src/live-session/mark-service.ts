import { insertServiceMark } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { asTherapist } from "./coach-session";
import type { MarkServiceInput } from "./live-session.contracts";

/** From this moment the therapist gives this service, until the next mark: the visit note's minutes. */
export const markService = (ctx: ActorContext, input: MarkServiceInput) =>
  asTherapist(
    ctx,
    input.appointmentId,
    "live_session.service_mark",
    "mark the service",
    async (tx, room) => {
      if (room.endedAt !== null)
        throw new AppError(
          "CONFLICT",
          "SESSION_ENDED",
          "This session has ended. Change the minutes per service in the visit note instead.",
        );
      await insertServiceMark(tx, {
        appointmentId: input.appointmentId,
        service: input.service,
        at: input.at ?? ctx.now(),
      });
    },
  );
