import { z } from "zod";

import { TotpCode } from "@carryover/domain/identity";

export const TwoFactorStatus = z.object({
  totp: z.boolean(),
  totpSince: z.date().nullable(),
  recoveryCodesLeft: z.number().int(),
  passkeys: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      createdAt: z.date(),
      lastUsedAt: z.date().nullable(),
    }),
  ),
  devices: z.array(
    z.object({
      id: z.uuid(),
      label: z.string(),
      createdAt: z.date(),
      expiresAt: z.date(),
      lastUsedAt: z.date().nullable(),
    }),
  ),
  /** The clinic requires a second factor of this person (staff of a clinic that turned it on). */
  required: z.boolean(),
});
export type TwoFactorStatus = z.infer<typeof TwoFactorStatus>;

/** What an authenticator app needs: the QR code (an SVG path on a square grid) or the key typed by hand. */
export const TotpEnrolment = z.object({
  secret: z.string(),
  uri: z.string(),
  qr: z.object({ size: z.number().int(), path: z.string() }),
});
export type TotpEnrolment = z.infer<typeof TotpEnrolment>;

export const CodeInput = z.object({ code: TotpCode }, "Enter the 6-digit code from your app.");
export type CodeInput = z.infer<typeof CodeInput>;

export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });

export const DeviceInput = z.object({ deviceId: z.uuid("Choose a device from the list") });
export type DeviceInput = z.infer<typeof DeviceInput>;

export const Ok = z.object({ ok: z.literal(true) });
