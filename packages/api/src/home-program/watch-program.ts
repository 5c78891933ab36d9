import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { requireProgramAccess } from "../policy/program-access";
import { changesOf } from "../ports/channel-events";
import type { ChildId } from "./program.contracts";

/**
 * The committed changes to a child's program, as they happen, for an open view to refetch. Access
 * is checked before anything streams; the events carry ids only, never the program itself.
 */
export async function watchProgram(
  ctx: ActorContext,
  input: ChildId,
  signal?: AbortSignal,
): Promise<AsyncIterable<{ revisionId: string }>> {
  await requireProgramAccess(ctx.db, ctx.actor, input.childId, "view");
  const changes = changesOf(
    ctx.programEvents,
    (change) => change.childId === input.childId,
    signal,
    () =>
      new AppError(
        "UNAVAILABLE",
        "NO_LIVE_UPDATES",
        "Live updates are not available right now. Reload to see changes.",
      ),
  );
  return (async function* () {
    for await (const change of changes) yield { revisionId: change.revisionId };
  })();
}
