import { describe, expect, it } from "vitest";

import {
  createPracticeQueue,
  flushPracticeQueue,
  isWorthRetrying,
  opKey,
  type QueuedLog,
  type SendOutcome,
} from "./practice-queue";

const memory = () => {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
};

const log = (clientKey: string): QueuedLog => ({
  op: "log",
  input: {
    childId: "3b0d8c52-3f5c-4a6e-9a53-0d6d2b8b7a11",
    activityId: "c1f7e3a4-9d0b-4c55-8a3e-6e2f1d4b9c22",
    clientKey,
    practisedOn: "2026-12-03",
    entry: { kind: "routine_practice", minutes: 10 },
  },
  queuedAt: "2026-12-03T08:00:00.000Z",
});

describe("the practice queue", () => {
  it("keeps logs across reloads and never holds one key twice", () => {
    const storage = memory();
    const queue = createPracticeQueue(storage, "practice");
    queue.add(log("a"));
    queue.add(log("a"));
    queue.add(log("b"));
    expect(createPracticeQueue(storage, "practice").list().map(opKey)).toEqual(["a", "b"]);
  });

  it("keeps a tap, its undo and a log's undo side by side, and reads a queue of logs from before taps", () => {
    const storage = memory();
    const queue = createPracticeQueue(storage, "practice");
    const tap = { childId: "c", activityId: "a", clientKey: "tap-1", tap: "success" as const };
    queue.add({ op: "tap", input: tap, queuedAt: "2026-12-03T08:00:00.000Z" });
    queue.add({ op: "untap", input: { childId: "c", clientKey: "tap-1" }, queuedAt: "x" });
    queue.add({ op: "undo", input: { logId: "l" }, queuedAt: "x" });
    expect(queue.list().map(opKey)).toEqual(["tap-1", "untap:tap-1", "undo:l"]);
    const { op: _op, ...before } = log("old");
    storage.setItem("older", JSON.stringify([before]));
    expect(createPracticeQueue(storage, "older").list()[0]?.op).toBe("log");
  });

  it("reads a damaged store as empty rather than failing", () => {
    const storage = memory();
    storage.setItem("practice", "{not json");
    expect(createPracticeQueue(storage, "practice").list()).toEqual([]);
  });

  it("sends in order, and keeps the rest when the network is down", async () => {
    const queue = createPracticeQueue(memory(), "practice");
    ["a", "b", "c"].forEach((key) => queue.add(log(key)));
    const tried: string[] = [];
    const result = await flushPracticeQueue(queue, (item): Promise<SendOutcome> => {
      tried.push(opKey(item));
      return Promise.resolve(opKey(item) === "b" ? { ok: false, retry: true } : { ok: true });
    });
    expect(tried).toEqual(["a", "b"]);
    expect(result).toEqual({ sent: 1, refused: [], waiting: 2 });
    expect(queue.list().map(opKey)).toEqual(["b", "c"]);
  });

  it("drops a log the server refuses for good, and says why", async () => {
    const queue = createPracticeQueue(memory(), "practice");
    queue.add(log("a"));
    queue.add(log("b"));
    const result = await flushPracticeQueue(queue, (item) =>
      Promise.resolve(
        opKey(item) === "a"
          ? { ok: false, retry: false, message: "That activity is no longer in the program." }
          : { ok: true },
      ),
    );
    expect(result.sent).toBe(1);
    expect(result.refused.map((r) => r.message)).toEqual([
      "That activity is no longer in the program.",
    ]);
    expect(queue.list()).toEqual([]);
  });

  it("retries when there was no answer or the server was briefly down, not when the log was wrong", () => {
    expect(isWorthRetrying(null)).toBe(true);
    expect(isWorthRetrying("INTERNAL_SERVER_ERROR")).toBe(true);
    expect(isWorthRetrying("BAD_REQUEST")).toBe(false);
    expect(isWorthRetrying("NOT_FOUND")).toBe(false);
  });
});
