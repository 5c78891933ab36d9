import { createRouter, signedInProcedure } from "../trpc/init";
import { beginTotpEnrolment } from "./begin-totp-enrolment";
import { finishTotpEnrolment } from "./finish-totp-enrolment";
import { forgetDevice } from "./forget-device";
import { getSecondFactors } from "./get-second-factors";
import { removeTotp } from "./remove-totp";
import {
  CodeInput,
  DeviceInput,
  Ok,
  RecoveryCodes,
  TotpEnrolment,
  TwoFactorStatus,
} from "./two-factor.contracts";

export const twoFactorRouter = createRouter({
  get: signedInProcedure.output(TwoFactorStatus).query(({ ctx }) => getSecondFactors(ctx)),
  startTotp: signedInProcedure.output(TotpEnrolment).mutation(({ ctx }) => beginTotpEnrolment(ctx)),
  confirmTotp: signedInProcedure
    .input(CodeInput)
    .output(RecoveryCodes)
    .mutation(({ ctx, input }) => finishTotpEnrolment(ctx, input)),
  removeTotp: signedInProcedure
    .input(CodeInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => (await removeTotp(ctx, input), { ok: true as const })),
  forgetDevice: signedInProcedure
    .input(DeviceInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => (await forgetDevice(ctx, input), { ok: true as const })),
});
