import { createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
import {
  Availability,
  Ok,
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
    .output(Ok)
    .mutation(
      async ({ ctx, input }) => (await updateAvailability(ctx, input), { ok: true as const }),
    ),
  slots: signedInProcedure
    .input(SlotsInput)
    .output(SlotsOutput)
    .query(({ ctx, input }) => listSlots(ctx, input)),
});
