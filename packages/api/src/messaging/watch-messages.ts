import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { requireConversationAccess } from "../policy/messaging-access";
import { changesOf } from "../ports/channel-events";
import { listConversations } from "./list-conversations";
import type { MessageChangesInput } from "./message.contracts";

/**
 * New messages as they are committed, by ids only (an open page refetches): in one child's
 * conversation, or in any the actor sees (for the navigation's count; an admin's, any of the
 * clinic's, started after it opened too). Access is checked before anything streams.
 */
export async function watchMessages(
  ctx: ActorContext,
  input: MessageChangesInput,
  signal?: AbortSignal,
): Promise<AsyncIterable<{ childId: string; messageId: string }>> {
  const { actor } = ctx;
  const one = input?.childId;
  if (one) await requireConversationAccess(ctx.db, actor, one);
  const seen = one ? [one] : (await listConversations(ctx)).conversations.map((row) => row.childId);
  const clinicWide = !one && actor.role === "admin";
  const changes = changesOf(
    ctx.messageEvents,
    (change) => change.clinicId === actor.clinicId && (clinicWide || seen.includes(change.childId)),
    signal,
    () =>
      new AppError(
        "UNAVAILABLE",
        "NO_LIVE_UPDATES",
        "Live updates are not available right now. Reload to see new messages.",
      ),
  );
  return (async function* () {
    for await (const { childId, messageId } of changes) yield { childId, messageId };
  })();
}
