import { createRouter, signedInProcedure } from "../trpc/init";
import { AgingReport } from "./report.contracts";
import { agingReport } from "./reports";

/** The numbers a clinic runs on; billing staff only (anyone else finds none). */
export const reportRouter = createRouter({
  arAging: signedInProcedure.output(AgingReport).query(({ ctx }) => agingReport(ctx)),
});
