import { createRouter, signedInProcedure } from "../trpc/init";
import { beginPasskeyRegistration } from "./begin-passkey-registration";
import { beginTotpEnrolment } from "./begin-totp-enrolment";
import { finishTotpEnrolment } from "./finish-totp-enrolment";
import { forgetDevice } from "./forget-device";
import { getSecondFactors } from "./get-second-factors";
import { registerPasskey } from "./register-passkey";
import { removePasskey } from "./remove-passkey";
import { removeTotp } from "./remove-totp";
import {
  CodeInput,
  DeviceInput,
  Ok,
  PasskeyInput,
  PasskeyOptions,
  RecoveryCodes,
  RegisterPasskeyInput,
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
  passkeyOptions: signedInProcedure
    .output(PasskeyOptions)
    .mutation(({ ctx }) => beginPasskeyRegistration(ctx)),
  registerPasskey: signedInProcedure
    .input(RegisterPasskeyInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => (await registerPasskey(ctx, input), { ok: true as const })),
  removePasskey: signedInProcedure
    .input(PasskeyInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => (await removePasskey(ctx, input), { ok: true as const })),
});
