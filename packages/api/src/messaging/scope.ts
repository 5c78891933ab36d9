import type { ConversationScope } from "@carryover/db/queries";
import { reachOf } from "@carryover/domain/access";

import type { Actor } from "../context";
import { AppError } from "../errors";

/** Whose conversations the actor sees: a guardian their children's, a therapist their caseload's, an admin the clinic's. */
export function conversationScopeOf(actor: Actor): ConversationScope {
  switch (reachOf(actor.role)) {
    case "family":
      return { kind: "family", userId: actor.userId };
    case "caseload":
      return { kind: "caseload", userId: actor.userId };
    case "clinic":
      return { kind: "clinic" };
    case "none":
      throw new AppError(
        "FORBIDDEN",
        "NO_MESSAGES",
        "Messages are for families and their care team.",
      );
  }
}
