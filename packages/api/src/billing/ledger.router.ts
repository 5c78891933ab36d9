import { createRouter, signedInProcedure } from "../trpc/init";
import { getChildLedger, recordPayment, refund, writeOff } from "./ledger";
import {
  ChildLedger,
  LedgerKey,
  LedgerPosted,
  RecordPaymentInput,
  RefundInput,
  WaiveFeeInput,
  WriteOffInput,
} from "./ledger.contracts";
import { waiveFee } from "./waive-fee";

/** A child's account: what insurance and the family owe, entry by entry; billing staff only. */
export const ledgerRouter = createRouter({
  child: signedInProcedure
    .input(LedgerKey)
    .output(ChildLedger)
    .query(({ ctx, input }) => getChildLedger(ctx, input)),
  recordPayment: signedInProcedure
    .input(RecordPaymentInput)
    .output(LedgerPosted)
    .mutation(({ ctx, input }) => recordPayment(ctx, input)),
  refund: signedInProcedure
    .input(RefundInput)
    .output(LedgerPosted)
    .mutation(({ ctx, input }) => refund(ctx, input)),
  writeOff: signedInProcedure
    .input(WriteOffInput)
    .output(LedgerPosted)
    .mutation(({ ctx, input }) => writeOff(ctx, input)),
  /** Takes a missed-session fee off the family's balance, with the reason; once per fee. */
  waiveFee: signedInProcedure
    .input(WaiveFeeInput)
    .output(LedgerPosted)
    .mutation(({ ctx, input }) => waiveFee(ctx, input)),
});
