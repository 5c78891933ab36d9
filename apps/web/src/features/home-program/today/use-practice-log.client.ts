"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";

import type { PracticeTap } from "@carryover/domain/home-program";

import type { LogPracticeInput } from "~/features/home-program/types";
import { describeError } from "~/lib/trpc-error";
import { useTRPC, useTRPCClient } from "~/trpc/react.client";
import {
  createPracticeQueue,
  flushPracticeQueue,
  isWorthRetrying,
  type PracticeOp,
  type QueuedLog,
  type SendOutcome,
} from "./practice-queue";
import { EMPTY_QUEUE, queueStatusReducer, type QueueStatus } from "./today-state";

const RETRY_EVERY_MS = 15_000;

export type PracticeLogState = QueueStatus & {
  log: (input: Omit<LogPracticeInput, "clientKey">) => void;
  tap: (childId: string, activityId: string, tap: PracticeTap) => void;
  untap: (childId: string, clientKey: string) => void;
  /** Takes back a saved log: one still on this phone leaves the queue, one on the server is undone there. */
  undo: (log: { id?: string; clientKey?: string }) => void;
  dismissRefused: () => void;
};

/**
 * Practice that survives a reload and a dropped network: every tap, log and undo is written to
 * the phone first, then sent, now or when back online.
 */
export function usePracticeLog(queueName: string): PracticeLogState {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const queue = useMemo(
    () =>
      typeof window === "undefined" ? null : createPracticeQueue(window.localStorage, queueName),
    [queueName],
  );
  const [status, dispatch] = useReducer(queueStatusReducer, EMPTY_QUEUE);
  const flushing = useRef<Promise<void> | null>(null);

  const send = useCallback(
    async (item: QueuedLog): Promise<SendOutcome> => {
      try {
        if (item.op === "log") await client.practice.log.mutate(item.input);
        else if (item.op === "tap")
          await client.practice.tap.mutate({ ...item.input, tappedAt: new Date(item.queuedAt) });
        else if (item.op === "untap") await client.practice.untap.mutate(item.input);
        else await client.practice.undo.mutate(item.input);
        return { ok: true };
      } catch (error) {
        const { code, message } = describeError(error);
        return isWorthRetrying(code)
          ? { ok: false, retry: true }
          : { ok: false, retry: false, message };
      }
    },
    [client],
  );

  const flush = useCallback(async () => {
    if (!queue) return;
    // One flush at a time; anything queued meanwhile is picked up by the next one.
    await flushing.current;
    const run = (async () => {
      const result = await flushPracticeQueue(queue, send);
      if (result.sent > 0 || result.refused.length > 0) {
        void queryClient.invalidateQueries({ queryKey: trpc.progression.get.pathKey() });
        // What was sent stays shown as waiting until the server's answer is on the page: no flicker.
        await Promise.all(
          [trpc.practice.list, trpc.practice.open].map((key) =>
            queryClient.invalidateQueries({ queryKey: key.pathKey() }),
          ),
        );
      }
      dispatch({
        type: "flushed",
        waiting: queue.list(),
        refused: result.refused.map((x) => x.message),
      });
    })();
    flushing.current = run;
    await run;
  }, [queue, send, queryClient, trpc]);

  useEffect(() => {
    if (!queue) return;
    // Shows what an earlier visit left on this phone at once, then sends it.
    dispatch({ type: "queued", waiting: queue.list() });
    void flush();
    const onOnline = () => void flush();
    window.addEventListener("online", onOnline);
    const timer = window.setInterval(() => {
      if (queue.list().length > 0) void flush();
    }, RETRY_EVERY_MS);
    return () => {
      window.removeEventListener("online", onOnline);
      window.clearInterval(timer);
    };
  }, [queue, flush]);

  const enqueue = useCallback(
    (item: PracticeOp) => {
      if (!queue) return;
      queue.add({ ...item, queuedAt: new Date().toISOString() });
      dispatch({ type: "queued", waiting: queue.list() });
      void flush();
    },
    [queue, flush],
  );

  return {
    ...status,
    log: (input) => enqueue({ op: "log", input: { ...input, clientKey: crypto.randomUUID() } }),
    tap: (childId, activityId, tap) =>
      enqueue({ op: "tap", input: { childId, activityId, tap, clientKey: crypto.randomUUID() } }),
    untap: (childId, clientKey) => enqueue({ op: "untap", input: { childId, clientKey } }),
    undo: ({ id, clientKey }) => {
      if (
        clientKey &&
        queue?.list().some((q) => q.op === "log" && q.input.clientKey === clientKey)
      ) {
        queue.remove(clientKey);
        dispatch({ type: "queued", waiting: queue.list() });
      } else if (id) enqueue({ op: "undo", input: { logId: id } });
    },
    dismissRefused: () => dispatch({ type: "refusals-dismissed" }),
  };
}
