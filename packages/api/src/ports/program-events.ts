import { listenForProgramChanges } from "@carryover/db";
import type { ProgramChange } from "@carryover/db/queries";

/** Committed program changes, from this process and every other sharing the database. */
export interface ProgramEventsPort {
  /** Calls `onChange` for each change until the returned function is called. */
  subscribe(onChange: (change: ProgramChange) => void): Promise<() => void>;
}

/** One LISTEN connection per process, opened on first use and shared by every open program view. */
export function createProgramEvents(databaseUrl: string): ProgramEventsPort & {
  stop(): Promise<void>;
} {
  const listeners = new Set<(change: ProgramChange) => void>();
  let listening: ReturnType<typeof listenForProgramChanges> | undefined;
  return {
    async subscribe(onChange) {
      listeners.add(onChange);
      listening ??= listenForProgramChanges(databaseUrl, (change) => {
        for (const listener of listeners) listener(change);
      });
      await listening;
      return () => listeners.delete(onChange);
    },
    async stop() {
      listeners.clear();
      await (await listening)?.stop();
    },
  };
}
