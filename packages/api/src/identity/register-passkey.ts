import { insertPasskey } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import { takeChallenge, verifyRegistration } from "./passkeys";
import type { RegisterPasskeyInput } from "./two-factor.contracts";

const refused = () =>
  new AppError(
    "VALIDATION",
    "PASSKEY_NOT_REGISTERED",
    "We couldn't add that passkey. Try again, and finish within five minutes.",
  );

export async function registerPasskey(ctx: ActorContext, input: RegisterPasskeyInput) {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const taken = await takeChallenge(tx, input.response, now);
    if (!taken || taken.userId !== ctx.actor.userId) throw refused();
    const verified = await verifyRegistration(ctx, input.response, taken.challenge);
    if (!verified.verified) throw refused();
    const { credential, credentialBackedUp } = verified.registrationInfo;
    await insertPasskey(tx, {
      id: credential.id,
      userId: ctx.actor.userId,
      publicKey: Buffer.from(credential.publicKey).toString("base64url"),
      counter: credential.counter,
      transports: credential.transports ?? [],
      backedUp: credentialBackedUp,
      name: input.name,
      now,
    });
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "auth.passkey_registered",
      entityType: "passkey",
      entityId: null,
    });
  });
}
