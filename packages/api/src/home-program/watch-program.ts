import type { ProgramChange } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { requireProgramAccess } from "../policy/program-access";
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
  const events = ctx.programEvents;
  return (async function* () {
    if (!events) {
      throw new AppError(
        "UNAVAILABLE",
        "NO_LIVE_UPDATES",
        "Live updates are not available right now. Reload to see changes.",
      );
    }
    const waiting: ProgramChange[] = [];
    let wake: (() => void) | undefined;
    const unsubscribe = await events.subscribe((change) => {
      if (change.childId !== input.childId) return;
      waiting.push(change);
      wake?.();
    });
    const stopped = new Promise<void>((resolve) =>
      signal?.addEventListener("abort", () => resolve(), { once: true }),
    );
    try {
      while (!signal?.aborted) {
        const next = waiting.shift();
        if (next) {
          yield { revisionId: next.revisionId };
          continue;
        }
        await Promise.race([new Promise<void>((resolve) => (wake = resolve)), stopped]);
        wake = undefined;
      }
    } finally {
      unsubscribe();
    }
  })();
}
