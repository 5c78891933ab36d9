import { createRouter, publicProcedure, signedInProcedure } from "../trpc/init";
import { createPlanOfCare } from "./create-plan-of-care";
import { getPlanOfCare } from "./get-plan-of-care";
import { listPlansOfCare } from "./list-plans-of-care";
import { planOfCareForSigning } from "./plan-for-signing";
import {
  CreatedPlanOfCare,
  CreatePlanOfCareInput,
  ListPlansOfCareInput,
  PlanOfCareForSigning,
  PlanOfCareId,
  PlanOfCareList,
  PlanOfCareSigned,
  PlanOfCareVersion,
  PlanOfCareView,
  RecertifyPlanOfCareInput,
  RecordSignedCopyInput,
  RequestSignatureInput,
  SignatureRequested,
  SigningToken,
  SignPlanOfCareInput,
  UpdatePlanOfCareInput,
} from "./plan-of-care.contracts";
import { recertifyPlanOfCare } from "./recertify-plan-of-care";
import { recordSignedCopy } from "./record-signed-copy";
import { requestPlanSignature } from "./request-plan-signature";
import { signPlanOfCare } from "./sign-plan-of-care";
import { updatePlanOfCare } from "./update-plan-of-care";

export const planOfCareRouter = createRouter({
  list: signedInProcedure
    .input(ListPlansOfCareInput)
    .output(PlanOfCareList)
    .query(({ ctx, input }) => listPlansOfCare(ctx, input)),
  get: signedInProcedure
    .input(PlanOfCareId)
    .output(PlanOfCareView)
    .query(({ ctx, input }) => getPlanOfCare(ctx, input)),
  create: signedInProcedure
    .input(CreatePlanOfCareInput)
    .output(CreatedPlanOfCare)
    .mutation(({ ctx, input }) => createPlanOfCare(ctx, input)),
  update: signedInProcedure
    .input(UpdatePlanOfCareInput)
    .output(PlanOfCareVersion)
    .mutation(({ ctx, input }) => updatePlanOfCare(ctx, input)),
  recertify: signedInProcedure
    .input(RecertifyPlanOfCareInput)
    .output(CreatedPlanOfCare)
    .mutation(({ ctx, input }) => recertifyPlanOfCare(ctx, input)),
  requestSignature: signedInProcedure
    .input(RequestSignatureInput)
    .output(SignatureRequested)
    .mutation(({ ctx, input }) => requestPlanSignature(ctx, input)),
  /** The physician's link: no account. */
  forSigning: publicProcedure
    .input(SigningToken)
    .output(PlanOfCareForSigning)
    .query(({ ctx, input }) => planOfCareForSigning(ctx, input)),
  sign: publicProcedure
    .input(SignPlanOfCareInput)
    .output(PlanOfCareSigned)
    .mutation(({ ctx, input }) => signPlanOfCare(ctx, input)),
  recordSignedCopy: signedInProcedure
    .input(RecordSignedCopyInput)
    .output(PlanOfCareVersion)
    .mutation(({ ctx, input }) => recordSignedCopy(ctx, input)),
});
