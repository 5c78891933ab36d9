"use client";

import { postStep, UNREACHABLE } from "./second-factor";

export type PasskeyOutcome = { ok: true } | { ok: false; problem: string };

const NOT_USED = "The passkey wasn't used. Try again, or sign in another way.";

/**
 * Signs in with a passkey the browser holds: after the password, or instead of it. The WebAuthn
 * helper loads only when someone chooses a passkey.
 */
export async function signInWithPasskey(afterPassword: boolean): Promise<PasskeyOutcome> {
  try {
    const { startAuthentication } = await import("@simplewebauthn/browser");
    const options = await postStep("/api/sign-in/passkey/options", { afterPassword });
    if (!options.ok) return { ok: false, problem: options.answer.error ?? NOT_USED };
    const response = await startAuthentication({
      optionsJSON: options.answer as unknown as Parameters<
        typeof startAuthentication
      >[0]["optionsJSON"],
    }).catch(() => null);
    if (!response) return { ok: false, problem: NOT_USED };
    const result = await postStep("/api/sign-in/passkey", { afterPassword, response });
    return result.ok ? { ok: true } : { ok: false, problem: result.answer.error ?? NOT_USED };
  } catch {
    return { ok: false, problem: UNREACHABLE };
  }
}

/** Makes a passkey in the browser from the server's options; null when the person cancels. */
export async function createPasskey(optionsJSON: unknown) {
  const { startRegistration } = await import("@simplewebauthn/browser");
  return startRegistration({
    optionsJSON: optionsJSON as Parameters<typeof startRegistration>[0]["optionsJSON"],
  }).catch(() => null);
}
