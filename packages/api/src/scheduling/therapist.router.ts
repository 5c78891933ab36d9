import { createRouter, signedInProcedure } from "../trpc/init";
import { listTherapists } from "./list-therapists";
import { TherapistList } from "./therapist.contracts";

export const therapistRouter = createRouter({
  list: signedInProcedure.output(TherapistList).query(({ ctx }) => listTherapists(ctx)),
});
