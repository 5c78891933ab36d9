import type { ServiceDeps } from "../context";
import { AppError } from "../errors";
import { findLivePendingSignIn } from "./pending-sign-in";
import { startTotpEnrolment } from "./start-totp-enrolment";

/** The clinic requires a second factor and this person has none: the app is set up before any session. */
export async function startSignInEnrolment(deps: ServiceDeps, pendingToken: string | null) {
  const { pending, account } = await findLivePendingSignIn(deps, pendingToken, deps.now());
  if (pending.step !== "enrol")
    throw new AppError(
      "CONFLICT",
      "ALREADY_ENROLLED",
      "Your account already has two-factor sign-in. Enter a code instead.",
    );
  return startTotpEnrolment(deps, account);
}
