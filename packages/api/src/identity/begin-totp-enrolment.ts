import { findUserById } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { startTotpEnrolment } from "./start-totp-enrolment";
import type { TotpEnrolment } from "./two-factor.contracts";

/** From the account page: a new secret for the person's authenticator app. */
export async function beginTotpEnrolment(ctx: ActorContext): Promise<TotpEnrolment> {
  const user = await findUserById(ctx.db, ctx.actor.userId);
  if (!user) throw notFound("person");
  return startTotpEnrolment(ctx, { userId: user.id, email: user.email });
}
