import type {
  LogPracticeInput,
  TapPracticeInput,
  UndoPracticeInput,
  UndoTapInput,
} from "~/features/home-program/types";

/**
 * Practice waits on the phone until the server has it: every tap, log and undo is queued before
 * it is sent, and leaves the queue only when the server answers. Each carries its key, so one sent
 * twice (the answer was lost, or two tabs flushed at once) is recorded once.
 */
export type PracticeOp =
  | { op: "log"; input: LogPracticeInput }
  | { op: "tap"; input: TapPracticeInput }
  | { op: "untap"; input: UndoTapInput }
  | { op: "undo"; input: UndoPracticeInput };
export type QueuedLog = PracticeOp & { queuedAt: string };

export type SendOutcome =
  { ok: true } | { ok: false; retry: true } | { ok: false; retry: false; message: string };

type Storage = Pick<globalThis.Storage, "getItem" | "setItem">;

/** One key per thing done: a tap or log by its client key, an undo by what it undoes. */
export function opKey(queued: PracticeOp): string {
  if (queued.op === "undo") return `undo:${queued.input.logId}`;
  if (queued.op === "untap") return `untap:${queued.input.clientKey}`;
  return queued.input.clientKey;
}

// A queue written before taps existed holds logs only, without `op`.
const normalized = (item: unknown): QueuedLog | null =>
  typeof item === "object" && item !== null && "input" in item
    ? ({ op: "log", ...item } as QueuedLog)
    : null;

export function createPracticeQueue(storage: Storage, storageKey: string) {
  const read = (): QueuedLog[] => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(storageKey) ?? "[]");
      return Array.isArray(parsed)
        ? parsed.map(normalized).filter((q): q is QueuedLog => q !== null)
        : [];
    } catch {
      return [];
    }
  };
  const write = (items: QueuedLog[]) => storage.setItem(storageKey, JSON.stringify(items));
  return {
    list: read,
    add(item: QueuedLog) {
      write([...read().filter((q) => opKey(q) !== opKey(item)), item]);
    },
    remove(key: string) {
      write(read().filter((q) => opKey(q) !== key));
    },
  };
}

export type PracticeQueue = ReturnType<typeof createPracticeQueue>;

/**
 * Sends everything queued, oldest first. What the server took, or refused for good, leaves the
 * queue; what could not reach it stays, and so does everything after it (the network is down).
 */
export async function flushPracticeQueue(
  queue: PracticeQueue,
  send: (item: QueuedLog) => Promise<SendOutcome>,
): Promise<{ sent: number; refused: { log: QueuedLog; message: string }[]; waiting: number }> {
  let sent = 0;
  const refused: { log: QueuedLog; message: string }[] = [];
  for (const item of queue.list()) {
    const outcome = await send(item);
    if (!outcome.ok && outcome.retry) break;
    queue.remove(opKey(item));
    if (outcome.ok) sent++;
    else refused.push({ log: item, message: outcome.message });
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
