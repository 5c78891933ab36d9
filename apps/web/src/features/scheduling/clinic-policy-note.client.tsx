"use client";

import { useQuery } from "@tanstack/react-query";

import { useTRPC } from "~/trpc/react.client";

/** The clinic's own cancellation policy text, under the free-cancellation time; nothing when it has none. */
export function ClinicPolicyNote() {
  const trpc = useTRPC();
  const policy = useQuery(trpc.sessionType.policy.queryOptions());
  const text = policy.data?.text;
  if (!text) return null;
  return (
    <div className="mt-2 border-t border-current/20 pt-2">
      <p className="text-sm font-medium">The clinic's policy</p>
      <p className="text-sm whitespace-pre-line">{text}</p>
    </div>
  );
}
