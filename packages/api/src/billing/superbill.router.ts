import { createRouter, signedInProcedure } from "../trpc/init";
import { Superbill, SuperbillInput } from "./superbill.contracts";
import { getSuperbill } from "./superbills";

/** Superbills for out-of-network families; the PDF is /api/billing/superbills/[childId]. */
export const superbillRouter = createRouter({
  get: signedInProcedure
    .input(SuperbillInput)
    .output(Superbill)
    .query(({ ctx, input }) => getSuperbill(ctx, input)),
});
