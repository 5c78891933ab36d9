import { listOutboxMessages } from "@carryover/db/queries";

import type { ActorContext } from "../context";

export const listOutbox = (ctx: ActorContext) => listOutboxMessages(ctx.db, ctx.actor.clinicId);
