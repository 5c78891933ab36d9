import { createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
import { ChargeListInput, ChargeReviewList, NotesBlockingClaims } from "./charge.contracts";
import { listCharges } from "./list-charges";
import { listNotesBlockingBilling } from "./list-notes-blocking-claims";

export const chargeRouter = createRouter({
  /** The clinic's charges of signed visits to review; billing staff only (404 for anyone else). */
  list: signedInProcedure
    .input(ChargeListInput)
    .output(ChargeReviewList)
    .query(({ ctx, input }) => listCharges(ctx, input)),
  /** Signed notes whose claims wait on the clinician: a therapist's own, or the clinic's. */
  blockingNotes: staffProcedure
    .output(NotesBlockingClaims)
    .query(({ ctx }) => listNotesBlockingBilling(ctx)),
});
