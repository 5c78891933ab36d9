"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";

import type { LogPracticeInput } from "~/features/home-program/types";
import { describeError } from "~/lib/trpc-error";
import { useTRPC, useTRPCClient } from "~/trpc/react.client";
import {
  createPracticeQueue,
  flushPracticeQueue,
  isWorthRetrying,
  type SendOutcome,
} from "./practice-queue";
import { EMPTY_QUEUE, queueStatusReducer, type QueueStatus } from "./today-state";

const RETRY_EVERY_MS = 15_000;

export type PracticeLogState = QueueStatus & {
  log: (input: Omit<LogPracticeInput, "clientKey">) => void;
  dismissRefused: () => void;
};

/** Logging that survives a dropped network: queued on the phone first, sent now or when back online. */
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
    async (input: LogPracticeInput): Promise<SendOutcome> => {
      try {
        await client.practice.log.mutate(input);
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
    // One flush at a time; a log queued meanwhile is picked up by the next one.
    await flushing.current;
    const run = (async () => {
      const result = await flushPracticeQueue(queue, send);
      dispatch({
        type: "flushed",
        waiting: queue.list(),
        refused: result.refused.map((x) => x.message),
      });
      if (result.sent > 0) {
        void queryClient.invalidateQueries({ queryKey: trpc.practice.list.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.progression.get.pathKey() });
      }
    })();
    flushing.current = run;
    await run;
  }, [queue, send, queryClient, trpc]);

  useEffect(() => {
    if (!queue) return;
    // Sends what an earlier visit left, and shows what stays waiting.
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

  const log = useCallback(
    (input: Omit<LogPracticeInput, "clientKey">) => {
      if (!queue) return;
      queue.add({
        input: { ...input, clientKey: crypto.randomUUID() },
        queuedAt: new Date().toISOString(),
      });
      dispatch({ type: "queued", waiting: queue.list() });
      void flush();
    },
    [queue, flush],
  );

  return { ...status, log, dismissRefused: () => dispatch({ type: "refusals-dismissed" }) };
}
