import { createRouter, signedInProcedure } from "../trpc/init";
import { ChildCoverageKey, ChildCoverageList } from "./authorization.contracts";
import { listAuthorizations } from "./list-authorizations";

export const authorizationRouter = createRouter({
  /** A child's coverage and each authorization's burn-down; billing staff only (404 for anyone else). */
  list: signedInProcedure
    .input(ChildCoverageKey)
    .output(ChildCoverageList)
    .query(({ ctx, input }) => listAuthorizations(ctx, input)),
});
