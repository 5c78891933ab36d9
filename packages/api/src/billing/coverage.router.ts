import { createRouter, signedInProcedure } from "../trpc/init";
import {
  ChildPlanList,
  CoverageChange,
  CoverageChild,
  CoverageChildKey,
  CoverageEnd,
  CreatedCoverage,
  FamilyCard,
  FamilyCoverage,
  NewCoverage,
  SavedCoverage,
} from "./coverage.contracts";
import { createCoverage } from "./create-coverage";
import { endCoverage } from "./end-coverage";
import { getCoverageChild } from "./get-coverage-child";
import { listCoverages } from "./list-coverages";
import { listFamilyCoverage } from "./list-family-coverage";
import { submitFamilyCard } from "./submit-family-card";
import { updateCoverageDetails } from "./update-coverage";

/**
 * A child's insurance plans. Billing staff of the child's clinic keep them; the child's guardians
 * see theirs (masked) and enter their cards from the portal. Anyone else finds no such child.
 */
export const coverageRouter = createRouter({
  /** The child whose coverage it is: name, birth date, and the guardians who may subscribe. */
  child: signedInProcedure
    .input(CoverageChildKey)
    .output(CoverageChild)
    .query(({ ctx, input }) => getCoverageChild(ctx, input)),
  list: signedInProcedure
    .input(CoverageChildKey)
    .output(ChildPlanList)
    .query(({ ctx, input }) => listCoverages(ctx, input)),
  create: signedInProcedure
    .input(NewCoverage)
    .output(CreatedCoverage)
    .mutation(({ ctx, input }) => createCoverage(ctx, input)),
  update: signedInProcedure
    .input(CoverageChange)
    .output(SavedCoverage)
    .mutation(({ ctx, input }) => updateCoverageDetails(ctx, input)),
  end: signedInProcedure
    .input(CoverageEnd)
    .output(SavedCoverage)
    .mutation(({ ctx, input }) => endCoverage(ctx, input)),
  /** The family's view of a child's plans, and the insurance companies to choose from. */
  listForFamily: signedInProcedure
    .input(CoverageChildKey)
    .output(FamilyCoverage)
    .query(({ ctx, input }) => listFamilyCoverage(ctx, input)),
  /** A guardian enters or updates their child's insurance card. */
  submitByFamily: signedInProcedure
    .input(FamilyCard)
    .output(CreatedCoverage)
    .mutation(({ ctx, input }) => submitFamilyCard(ctx, input)),
});
