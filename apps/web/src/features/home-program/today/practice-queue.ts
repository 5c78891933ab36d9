import type { LogPracticeInput } from "~/features/home-program/types";

/**
 * Practice logs wait on the phone until the server has them: a log is queued before it is sent,
 * and leaves the queue only when the server answers. Each carries its client key, so a log sent
 * twice (the answer was lost, or two tabs flushed at once) is recorded once.
 */
export type QueuedLog = { input: LogPracticeInput; queuedAt: string };

export type SendOutcome =
  { ok: true } | { ok: false; retry: true } | { ok: false; retry: false; message: string };

type Storage = Pick<globalThis.Storage, "getItem" | "setItem">;

export function createPracticeQueue(storage: Storage, storageKey: string) {
  const read = (): QueuedLog[] => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(storageKey) ?? "[]");
      return Array.isArray(parsed) ? (parsed as QueuedLog[]) : [];
    } catch {
      return [];
    }
  };
  const write = (logs: QueuedLog[]) => storage.setItem(storageKey, JSON.stringify(logs));
  return {
    list: read,
    add(log: QueuedLog) {
      write([...read().filter((l) => l.input.clientKey !== log.input.clientKey), log]);
    },
    remove(clientKey: string) {
      write(read().filter((l) => l.input.clientKey !== clientKey));
    },
  };
}

export type PracticeQueue = ReturnType<typeof createPracticeQueue>;

/**
 * Sends every queued log, oldest first. A log the server took, or refused for good, leaves the
 * queue; one that could not reach it stays, and so do the ones after it (the network is down).
 */
export async function flushPracticeQueue(
  queue: PracticeQueue,
  send: (input: LogPracticeInput) => Promise<SendOutcome>,
): Promise<{ sent: number; refused: { log: QueuedLog; message: string }[]; waiting: number }> {
  let sent = 0;
  const refused: { log: QueuedLog; message: string }[] = [];
  for (const log of queue.list()) {
    const outcome = await send(log.input);
    if (!outcome.ok && outcome.retry) break;
    queue.remove(log.input.clientKey);
    if (outcome.ok) sent++;
    else refused.push({ log, message: outcome.message });
  }
  return { sent, refused, waiting: queue.list().length };
}

/** Errors worth retrying: no answer at all, or the server or session briefly unavailable. */
export function isWorthRetrying(code: string | null): boolean {
  return (
    code === null ||
    code === "INTERNAL_SERVER_ERROR" ||
    code === "TIMEOUT" ||
    code === "TOO_MANY_REQUESTS" ||
    code === "SERVICE_UNAVAILABLE" ||
    code === "UNAUTHORIZED"
  );
}
