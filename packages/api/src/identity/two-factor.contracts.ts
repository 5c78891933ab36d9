import { z } from "zod";

import { PasskeyName, TotpCode } from "@carryover/domain/identity";

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

const Base64Url = (max: number) =>
  z
    .string("Your browser's passkey answer was incomplete. Try again.")
    .max(max, "Your browser's passkey answer was too long. Try again.")
    .regex(/^[A-Za-z0-9_-]*$/, "Your browser's passkey answer was garbled. Try again.");

/** Of the browser's extension results, only the one a passkey reports; the rest are dropped. */
const ExtensionResults = z
  .object({ credProps: z.object({ rk: z.boolean().optional() }).optional() })
  .default({});

/** What `startRegistration` in @simplewebauthn/browser gives back; the library checks the rest. */
export const PasskeyRegistration = z.object({
  id: Base64Url(1024),
  rawId: Base64Url(1024),
  type: z.literal("public-key"),
  response: z.object({
    clientDataJSON: Base64Url(8192),
    attestationObject: Base64Url(65_536),
    transports: z.array(z.string().max(32)).max(10).optional(),
  }),
  clientExtensionResults: ExtensionResults,
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
});

/** What `startAuthentication` in @simplewebauthn/browser gives back. */
export const PasskeyAssertion = z.object({
  id: Base64Url(1024),
  rawId: Base64Url(1024),
  type: z.literal("public-key"),
  response: z.object({
    clientDataJSON: Base64Url(8192),
    authenticatorData: Base64Url(8192),
    signature: Base64Url(2048),
    userHandle: Base64Url(1024).optional(),
  }),
  clientExtensionResults: ExtensionResults,
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
});
export type PasskeyAssertion = z.infer<typeof PasskeyAssertion>;

/** A passkey sign-in: after the password (its pending cookie counts), or instead of it (a stale one does not). */
export const PasskeySignInInput = z.object({
  afterPassword: z.boolean("Say whether this follows a password"),
  response: PasskeyAssertion,
});
export const PasskeyOptionsInput = PasskeySignInInput.pick({ afterPassword: true });

export const RegisterPasskeyInput = z.object({
  name: PasskeyName,
  response: PasskeyRegistration,
});
export type RegisterPasskeyInput = z.infer<typeof RegisterPasskeyInput>;

export const PasskeyInput = z.object({
  passkeyId: Base64Url(1024).min(1, "Choose a passkey from the list"),
});
export type PasskeyInput = z.infer<typeof PasskeyInput>;

/** Options for the browser's WebAuthn call, as @simplewebauthn/server makes them. */
export const PasskeyOptions = z.looseObject({ challenge: z.string() });
