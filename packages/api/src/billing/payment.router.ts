import { createRouter, signedInProcedure } from "../trpc/init";
import { forgetSavedCard, listChildCardPayments, paymentOptions } from "./card-payments";
import {
  CardPayment,
  CardPaymentList,
  ForgetCardInput,
  Ok,
  PaymentKey,
  PaymentOptions,
  PaymentOptionsInput,
  StartedPayment,
  StartPaymentInput,
} from "./payment.contracts";
import { confirmCardPayment } from "./settle-card-payment";
import { startCardPayment } from "./start-card-payment";

/** Card payments by guardians who see the bills (the provider's webhook is a route, not a procedure). */
export const paymentRouter = createRouter({
  options: signedInProcedure
    .input(PaymentOptionsInput)
    .output(PaymentOptions)
    .query(({ ctx, input }) => paymentOptions(ctx, input)),
  start: signedInProcedure
    .input(StartPaymentInput)
    .output(StartedPayment)
    .mutation(({ ctx, input }) => startCardPayment(ctx, input)),
  confirm: signedInProcedure
    .input(PaymentKey)
    .output(CardPayment)
    .mutation(({ ctx, input }) => confirmCardPayment(ctx, input)),
  list: signedInProcedure
    .input(PaymentOptionsInput)
    .output(CardPaymentList)
    .query(({ ctx, input }) => listChildCardPayments(ctx, input)),
  forgetCard: signedInProcedure
    .input(ForgetCardInput)
    .output(Ok)
    .mutation(({ ctx, input }) => forgetSavedCard(ctx, input)),
});
