import { searchMessages } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import type { SearchMessagesInput } from "./message.contracts";
import { conversationScopeOf } from "./scope";

const MATCHES = 50;

/** The care team's search of the messages they see, newest first. Audited: it reads the record. */
export async function searchConversations(ctx: ActorContext, input: SearchMessagesInput) {
  const { actor } = ctx;
  const scope = conversationScopeOf(actor);
  if (scope.kind === "family")
    throw new AppError(
      "FORBIDDEN",
      "SEARCH_FOR_CARE_TEAM",
      "Searching messages is for the care team.",
    );
  return ctx.db.transaction(async (tx) => {
    const rows = await searchMessages(tx, {
      clinicId: actor.clinicId,
      scope,
      words: input.words,
      limit: MATCHES,
    });
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "message.search",
      entityType: "clinic",
      entityId: actor.clinicId,
    });
    return {
      matches: rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt) })),
      more: rows.length === MATCHES,
    };
  });
}
