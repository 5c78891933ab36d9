import { listenForMessages, listenForProgramChanges } from "@carryover/db";
import type { MessageChange, ProgramChange } from "@carryover/db/queries";

/** What is committed on one channel, from this process and every other sharing the database. */
export interface ChannelEvents<T> {
  /** Calls `onChange` for each change until the returned function is called. */
  subscribe(onChange: (change: T) => void): Promise<() => void>;
}
export type ProgramEventsPort = ChannelEvents<ProgramChange>;
export type MessageEventsPort = ChannelEvents<MessageChange>;

type Listen<T> = (url: string, onChange: (change: T) => void) => Promise<{ stop(): Promise<void> }>;

/** One LISTEN connection per process and channel, opened on first use and shared by every view. */
function createChannelEvents<T>(
  databaseUrl: string,
  listen: Listen<T>,
): ChannelEvents<T> & { stop(): Promise<void> } {
  const listeners = new Set<(change: T) => void>();
  let listening: ReturnType<Listen<T>> | undefined;
  return {
    async subscribe(onChange) {
      listeners.add(onChange);
      listening ??= listen(databaseUrl, (change) => {
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

export const createProgramEvents = (databaseUrl: string) =>
  createChannelEvents(databaseUrl, listenForProgramChanges);

export const createMessageEvents = (databaseUrl: string) =>
  createChannelEvents(databaseUrl, listenForMessages);

/**
 * The changes a view keeps, as they are committed, until the signal aborts: for a server-sent
 * events subscription. Without a listening port (a process that does not serve pages) it fails at
 * once with `unavailable`.
 */
export async function* changesOf<T>(
  events: ChannelEvents<T> | undefined,
  keep: (change: T) => boolean,
  signal: AbortSignal | undefined,
  unavailable: () => Error,
): AsyncGenerator<T> {
  if (!events) throw unavailable();
  const waiting: T[] = [];
  let wake: (() => void) | undefined;
  const unsubscribe = await events.subscribe((change) => {
    if (!keep(change)) return;
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
        yield next;
        continue;
      }
      await Promise.race([new Promise<void>((resolve) => (wake = resolve)), stopped]);
      wake = undefined;
    }
  } finally {
    unsubscribe();
  }
}
