import { generateSecret, generateURI, verify } from "otplib";
import { create } from "qrcode";

import {
  decideTotpStep,
  TOTP,
  totpStepAt,
  type TotpStepDecision,
} from "@carryover/domain/identity";

export const newTotpSecret = () => generateSecret();

/** What an authenticator app scans: the clinic's product name and the person's email as its label. */
export const totpUri = (secret: string, email: string) =>
  generateURI({ issuer: "Carryover", label: email, secret });

/** The QR code as one SVG path over a `size`×`size` grid, drawn by the page without any script of its own. */
export function qrPath(text: string): { size: number; path: string } {
  const { modules } = create(text, { errorCorrectionLevel: "M" });
  let path = "";
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++)
      if (modules.get(row, col)) path += `M${col} ${row}h1v1h-1z`;
  return { size: modules.size, path };
}

export type TotpMatch = { ok: true; step: number } | Extract<TotpStepDecision, { ok: false }>;

/** Finds the time step whose code matches, within one step of now, and refuses a step already used. */
export async function matchTotpCode(
  secret: string,
  code: string,
  now: Date,
  lastUsedStep: number | null,
): Promise<TotpMatch> {
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOTP.periodSeconds * TOTP.windowSteps,
  });
  if (!result.valid) return { ok: false, reason: "OUTSIDE_WINDOW" };
  const step = totpStepAt(now) + result.delta;
  const decision = decideTotpStep(step, now, lastUsedStep);
  return decision.ok ? { ok: true, step } : decision;
}
