import { createRouter, signedInProcedure } from "../trpc/init";
import { FeeSchedule, SetFee, SetFeeResult } from "./fee-schedule.contracts";
import { listFeeSchedule } from "./list-fee-schedule";
import { setFee } from "./set-fee";

/** What the clinic charges per code, standard and by payer; billing staff only. */
export const feeScheduleRouter = createRouter({
  list: signedInProcedure.output(FeeSchedule).query(({ ctx }) => listFeeSchedule(ctx)),
  set: signedInProcedure
    .input(SetFee)
    .output(SetFeeResult)
    .mutation(({ ctx, input }) => setFee(ctx, input)),
});
