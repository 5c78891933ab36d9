import { createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
import {
  ChargeListInput,
  ChargeReviewList,
  NotesBlockingClaims,
  VisitsNotBilled,
} from "./charge.contracts";
import { listCharges } from "./list-charges";
import { listNotesBlockingBilling } from "./list-notes-blocking-claims";
import { listVisitsNotBilledYet } from "./list-visits-not-billed";

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
  /** Visits of the last 90 days billed nowhere: their note is not signed; billing staff only. */
  visitsNotBilled: signedInProcedure
    .output(VisitsNotBilled)
    .query(({ ctx }) => listVisitsNotBilledYet(ctx)),
});
