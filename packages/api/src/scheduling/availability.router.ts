import { z } from "zod";

import { createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
import {
  Availability,
  SlotsInput,
  SlotsOutput,
  TherapistId,
  UpdateAvailabilityInput,
} from "./availability.contracts";
import { getAvailability } from "./get-availability";
import { listSlots } from "./list-slots";
import { updateAvailability } from "./update-availability";

export const availabilityRouter = createRouter({
  get: staffProcedure
    .input(TherapistId)
    .output(Availability)
    .query(({ ctx, input }) => getAvailability(ctx, input)),
  update: staffProcedure
    .input(UpdateAvailabilityInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await updateAvailability(ctx, {
        therapistId: input.therapistId,
        weekly: input.weekly.map((w) => ({
          ...w,
          weekday: w.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7,
        })),
        overrides: input.overrides,
      });
      return { ok: true as const };
    }),
  slots: signedInProcedure
    .input(SlotsInput)
    .output(SlotsOutput)
    .query(({ ctx, input }) => listSlots(ctx, input)),
});
