import { createRouter, signedInProcedure } from "../trpc/init";
import { authorizationUseReport } from "./authorization-use-report";
import { collectionsReport } from "./collections-report";
import { denialsReport } from "./denials-report";
import { documentationLagReport } from "./documentation-lag-report";
import { doseAttendanceReport } from "./dose-attendance-report";
import { productivityReport } from "./productivity-report";
import {
  AgingReport,
  AuthorizationUseInput,
  AuthorizationUseReport,
  CollectionsInput,
  CollectionsReport,
  DenialsInput,
  DenialsReport,
  DocumentationLagInput,
  DocumentationLagReport,
  DoseAttendanceInput,
  DoseAttendanceReport,
  ProductivityInput,
  ProductivityReport,
} from "./report.contracts";
import { agingReport } from "./reports";

/** The numbers a clinic runs on; billing staff only (anyone else finds none). */
export const reportRouter = createRouter({
  arAging: signedInProcedure.output(AgingReport).query(({ ctx }) => agingReport(ctx)),
  collections: signedInProcedure
    .input(CollectionsInput)
    .output(CollectionsReport)
    .query(({ ctx, input }) => collectionsReport(ctx, input)),
  denials: signedInProcedure
    .input(DenialsInput)
    .output(DenialsReport)
    .query(({ ctx, input }) => denialsReport(ctx, input)),
  productivity: signedInProcedure
    .input(ProductivityInput)
    .output(ProductivityReport)
    .query(({ ctx, input }) => productivityReport(ctx, input)),
  authorizationUse: signedInProcedure
    .input(AuthorizationUseInput)
    .output(AuthorizationUseReport)
    .query(({ ctx, input }) => authorizationUseReport(ctx, input)),
  documentationLag: signedInProcedure
    .input(DocumentationLagInput)
    .output(DocumentationLagReport)
    .query(({ ctx, input }) => documentationLagReport(ctx, input)),
  doseVsAttendance: signedInProcedure
    .input(DoseAttendanceInput)
    .output(DoseAttendanceReport)
    .query(({ ctx, input }) => doseAttendanceReport(ctx, input)),
});
