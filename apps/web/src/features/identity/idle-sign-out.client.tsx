"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";

import { Button } from "@carryover/ui";

import { useTRPC } from "~/trpc/react.client";

const WARNING_MS = 60_000;

/**
 * Mirrors the server's idle timeout (time since the last request), so an idle screen does not keep
 * showing a child's record; a minute before, it offers to stay signed in, so nothing typed is lost.
 * The shell remounts it on every navigation, which restarts the count.
 */
export function IdleSignOut({ minutes }: { minutes: number }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const trpc = useTRPC();
  const [lastActivity, setLastActivity] = useState(() => Date.now());
  const [warning, setWarning] = useState(false);
  const [staying, setStaying] = useState(false);
  const markActive = useCallback(() => {
    setLastActivity(Date.now());
    setWarning(false);
  }, []);

  useEffect(() => {
    const onSuccess = (event: { type: string; action?: { type: string } }) => {
      if (event.type === "updated" && event.action?.type === "success") markActive();
    };
    const unsubscribeQueries = queryClient.getQueryCache().subscribe(onSuccess);
    const unsubscribeMutations = queryClient.getMutationCache().subscribe(onSuccess);
    return () => {
      unsubscribeQueries();
      unsubscribeMutations();
    };
  }, [queryClient, markActive]);

  useEffect(() => {
    const timeoutMs = minutes * 60_000;
    const elapsed = Date.now() - lastActivity;
    const signOut = window.setTimeout(
      () => router.replace("/sign-in?reason=idle"),
      timeoutMs - elapsed + 1_000,
    );
    const warn =
      timeoutMs > 2 * WARNING_MS
        ? window.setTimeout(() => setWarning(true), timeoutMs - elapsed - WARNING_MS)
        : undefined;
    return () => {
      window.clearTimeout(signOut);
      window.clearTimeout(warn);
    };
  }, [minutes, lastActivity, router]);

  async function stay() {
    setStaying(true);
    try {
      await queryClient.fetchQuery({ ...trpc.account.me.queryOptions(), staleTime: 0 });
    } finally {
      setStaying(false);
    }
  }

  if (!warning) return null;
  return (
    <div
      role="alertdialog"
      aria-labelledby="idle-warning-title"
      className="fixed inset-x-4 bottom-4 z-50 mx-auto flex max-w-lg flex-col gap-3 rounded-xl border border-amber-300 bg-amber-50 p-4 shadow-lg sm:flex-row sm:items-center"
    >
      <p id="idle-warning-title" className="flex-1 text-amber-950">
        You&apos;ll be signed out in about a minute because nothing has happened for a while.
      </p>
      <Button onClick={() => void stay()} busy={staying}>
        Stay signed in
      </Button>
    </div>
  );
}
