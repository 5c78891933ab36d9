import { createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
import {
  AuthorizationsRunningOut,
  BookingCoverage,
  BookingCoverageInput,
  ChildCoverageKey,
  ChildCoverageList,
  CreatedAuthorization,
  NewAuthorization,
} from "./authorization.contracts";
import { checkBookingCoverage } from "./check-booking-coverage";
import { createAuthorization } from "./create-authorization";
import { listAuthorizations } from "./list-authorizations";
import { listAuthorizationsRunningOut } from "./list-authorizations-running-out";

export const authorizationRouter = createRouter({
  /** A child's coverage and each authorization's burn-down; billing staff only (404 for anyone else). */
  list: signedInProcedure
    .input(ChildCoverageKey)
    .output(ChildCoverageList)
    .query(({ ctx, input }) => listAuthorizations(ctx, input)),
  /** The clinic's authorizations that need renewing, the soonest first; billing staff only. */
  runningOut: signedInProcedure
    .output(AuthorizationsRunningOut)
    .query(({ ctx }) => listAuthorizationsRunningOut(ctx)),
  /** Whether the child's plan pays for a session about to be booked; for staff who manage the child. */
  checkBooking: staffProcedure
    .input(BookingCoverageInput)
    .output(BookingCoverage)
    .query(({ ctx, input }) => checkBookingCoverage(ctx, input)),
  /** Enters the payer's authorization on a child's coverage; billing staff only (404 otherwise). */
  create: signedInProcedure
    .input(NewAuthorization)
    .output(CreatedAuthorization)
    .mutation(({ ctx, input }) => createAuthorization(ctx, input)),
});
