import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";

import type { Queryable } from "@carryover/db";
import { insertWebauthnChallenge, listPasskeys, useWebauthnChallenge } from "@carryover/db/queries";
import { addMinutes, PASSKEY_CHALLENGE_MINUTES } from "@carryover/domain/identity";

import type { ServiceDeps } from "../context";

/** The relying party is the app's own address (APP_URL): its host name and its origin. */
export const relyingParty = (appUrl: string) => {
  const url = new URL(appUrl);
  return { rpID: url.hostname, origin: url.origin };
};

/** The challenge the browser signed, read from its client data. */
export function challengeOf(response: { response: { clientDataJSON: string } }): string | null {
  try {
    const data = JSON.parse(
      Buffer.from(response.response.clientDataJSON, "base64url").toString("utf8"),
    ) as { challenge?: unknown };
    return typeof data.challenge === "string" ? data.challenge : null;
  } catch {
    return null;
  }
}

/** Takes the challenge once, within its five minutes: a replayed answer finds nothing. */
export async function takeChallenge(
  q: Queryable,
  response: { response: { clientDataJSON: string } },
  now: Date,
) {
  const challenge = challengeOf(response);
  const row = challenge ? await useWebauthnChallenge(q, challenge, now) : undefined;
  return row && challenge ? { challenge, userId: row.userId } : null;
}

export async function registrationOptions(
  deps: ServiceDeps,
  person: { userId: string; email: string; name: string },
) {
  const now = deps.now();
  const existing = await listPasskeys(deps.db, person.userId);
  const options = await generateRegistrationOptions({
    rpName: "Carryover",
    rpID: relyingParty(deps.appUrl).rpID,
    userName: person.email,
    userDisplayName: person.name,
    userID: new TextEncoder().encode(person.userId),
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({ id: p.id })),
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
  });
  await insertWebauthnChallenge(deps.db, {
    challenge: options.challenge,
    userId: person.userId,
    now,
    expiresAt: addMinutes(now, PASSKEY_CHALLENGE_MINUTES),
  });
  return options;
}

export async function authenticationOptions(
  deps: ServiceDeps,
  forUser: { userId: string; passkeyIds: string[] } | null,
) {
  const now = deps.now();
  const options = await generateAuthenticationOptions({
    rpID: relyingParty(deps.appUrl).rpID,
    allowCredentials: forUser?.passkeyIds.map((id) => ({ id })),
    userVerification: forUser ? "preferred" : "required",
  });
  await insertWebauthnChallenge(deps.db, {
    challenge: options.challenge,
    userId: forUser?.userId ?? null,
    now,
    expiresAt: addMinutes(now, PASSKEY_CHALLENGE_MINUTES),
  });
  return options;
}

export async function verifyRegistration(
  deps: ServiceDeps,
  response: RegistrationResponseJSON,
  expectedChallenge: string,
) {
  const { rpID, origin } = relyingParty(deps.appUrl);
  return verifyRegistrationResponse({
    response,
    expectedChallenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    requireUserVerification: false,
  }).catch(() => ({ verified: false as const }));
}

export async function verifyAuthentication(
  deps: ServiceDeps,
  attempt: {
    response: AuthenticationResponseJSON;
    expectedChallenge: string;
    passkey: { id: string; publicKey: string; counter: number; transports: string[] };
    requireUserVerification: boolean;
  },
) {
  const { rpID, origin } = relyingParty(deps.appUrl);
  return verifyAuthenticationResponse({
    response: attempt.response,
    expectedChallenge: attempt.expectedChallenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    requireUserVerification: attempt.requireUserVerification,
    credential: {
      id: attempt.passkey.id,
      publicKey: new Uint8Array(Buffer.from(attempt.passkey.publicKey, "base64url")),
      counter: attempt.passkey.counter,
    },
  }).catch(() => null);
}
