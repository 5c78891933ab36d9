import { verifyPassword } from "@carryover/db/password";
import {
  describeSecondFactors,
  findPrimaryMembership,
  findRememberedDevice,
  findUserByEmail,
  insertPendingSignIn,
  touchRememberedDevice,
} from "@carryover/db/queries";
import { parseClinicSettings } from "@carryover/domain/clinic";
import {
  addMinutes,
  isRememberedDeviceValid,
  isStaff,
  PENDING_SIGN_IN_MINUTES,
  secondFactorStep,
} from "@carryover/domain/identity";

import type { RequestMeta, ServiceDeps } from "../context";
import { AppError } from "../errors";
import type { SecondFactorMethod, SignInInput } from "./account.contracts";
import { openSession, type SignInAccount } from "./open-session";
import { recordFailedAttempt, refuseWhenLocked } from "./sign-in-lockout";
import { hashToken, newToken } from "./tokens";

/** After the password: a session, or a pending sign-in (no session yet) that waits for its second factor. */
export type SignInOutcome =
  | { step: "session"; sessionId: string }
  | { step: "verify"; pendingToken: string; methods: SecondFactorMethod[] }
  | { step: "enrol"; pendingToken: string };

/** Checks credentials; opens a session, or asks for the second factor (or its enrolment) first. */
export async function signIn(
  deps: ServiceDeps,
  meta: RequestMeta,
  input: SignInInput,
  device: { rememberedToken?: string | null } = {},
): Promise<SignInOutcome> {
  const now = deps.now();
  const email = input.email.trim().toLowerCase();
  await refuseWhenLocked(deps, meta, email, now);

  const user = await findUserByEmail(deps.db, email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  const membership = user ? await findPrimaryMembership(deps.db, user.id) : undefined;

  if (!user || !membership || !passwordOk) {
    await deps.db.transaction((tx) =>
      recordFailedAttempt(tx, meta, {
        email,
        userId: user?.id ?? null,
        clinicId: membership?.clinic.id ?? null,
        now,
        action: "auth.sign_in_failed",
      }),
    );
    await refuseWhenLocked(deps, meta, email, now);
    throw new AppError("UNAUTHENTICATED", "INVALID_CREDENTIALS", "Email or password is incorrect.");
  }

  const account: SignInAccount = {
    email,
    userId: user.id,
    membershipId: membership.membership.id,
    clinicId: membership.clinic.id,
  };
  const factors = await describeSecondFactors(deps.db, user.id);
  const hasSecondFactor = factors.totp || factors.passkeys.length > 0;
  const remembered = hasSecondFactor
    ? await rememberedDeviceOf(deps, user.id, device.rememberedToken, now)
    : null;
  const step = secondFactorStep({
    staff: isStaff(membership.membership.role),
    hasSecondFactor,
    deviceRemembered: remembered !== null,
    clinicRequiresForStaff: parseClinicSettings(membership.clinic.settings).staffTwoFactorRequired,
  });

  if (step === "none") {
    const sessionId = await deps.db.transaction(async (tx) => {
      if (remembered) await touchRememberedDevice(tx, remembered, now);
      return openSession(tx, meta, account, now);
    });
    return { step: "session", sessionId };
  }
  const { token, tokenHash } = newToken();
  await insertPendingSignIn(deps.db, {
    userId: user.id,
    membershipId: account.membershipId,
    tokenHash,
    step,
    ip: meta.ip,
    now,
    expiresAt: addMinutes(now, PENDING_SIGN_IN_MINUTES),
  });
  if (step === "enrol") return { step, pendingToken: token };
  const methods: SecondFactorMethod[] = [];
  if (factors.totp) methods.push("totp");
  if (factors.passkeys.length > 0) methods.push("passkey");
  if (factors.recoveryCodesLeft > 0) methods.push("recovery");
  return { step, pendingToken: token, methods };
}

/** The trusted device's id, when the cookie names one of this person's that is still trusted. */
async function rememberedDeviceOf(
  deps: ServiceDeps,
  userId: string,
  token: string | null | undefined,
  now: Date,
): Promise<string | null> {
  if (!token) return null;
  const device = await findRememberedDevice(deps.db, hashToken(token));
  return device && isRememberedDeviceValid(device, userId, now) ? device.id : null;
}
