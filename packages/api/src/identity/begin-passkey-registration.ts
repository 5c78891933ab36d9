import { findUserById } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { registrationOptions } from "./passkeys";

/** From the account page: what the browser needs to make a passkey for this person. */
export async function beginPasskeyRegistration(ctx: ActorContext) {
  const user = await findUserById(ctx.db, ctx.actor.userId);
  if (!user) throw notFound("person");
  const options = await registrationOptions(ctx, {
    userId: user.id,
    email: user.email,
    name: user.name,
  });
  return { ...options };
}
