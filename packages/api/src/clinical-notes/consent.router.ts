import { createRouter, signedInProcedure } from "../trpc/init";
import {
  Consent,
  ConsentList,
  ConsentsKey,
  RecordConsentInput,
  RevokeConsentInput,
} from "./consent.contracts";
import { listConsents } from "./list-consents";
import { recordConsent } from "./record-consent";
import { revokeConsent } from "./revoke-consent";

export const consentRouter = createRouter({
  list: signedInProcedure
    .input(ConsentsKey)
    .output(ConsentList)
    .query(({ ctx, input }) => listConsents(ctx, input)),
  record: signedInProcedure
    .input(RecordConsentInput)
    .output(Consent)
    .mutation(({ ctx, input }) => recordConsent(ctx, input)),
  revoke: signedInProcedure
    .input(RevokeConsentInput)
    .output(Consent)
    .mutation(({ ctx, input }) => revokeConsent(ctx, input)),
});
