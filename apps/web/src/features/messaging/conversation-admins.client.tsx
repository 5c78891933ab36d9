"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";

import { Button } from "@carryover/ui";

import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

type Admin = { userId: string; name: string; added: boolean };

/**
 * Who of the clinic's admins follows the conversation, and adding one (a billing question, say)
 * without writing in it: they count it and are told of new messages.
 */
export function ConversationAdmins({ childId, admins }: { childId: string; admins: Admin[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const waiting = admins.filter((admin) => !admin.added);
  const [chosen, setChosen] = useState(waiting[0]?.userId ?? "");
  const [error, setError] = useState<string | null>(null);
  const add = useMutation(
    trpc.message.addAdmin.mutationOptions({
      onSuccess: () =>
        void queryClient.invalidateQueries({ queryKey: trpc.message.get.queryKey({ childId }) }),
      onError: (failure) => setError(describeError(failure).message),
    }),
  );
  const following = admins.filter((admin) => admin.added);
  return (
    <details className="rounded-lg border border-stone-200 bg-white px-3 py-2 text-sm">
      <summary className="cursor-pointer font-medium text-stone-800">
        Admins in this conversation:{" "}
        {following.length === 0 ? "none" : following.map((a) => a.name).join(", ")}
      </summary>
      {waiting.length > 0 ? (
        <form
          className="mt-2 flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            setError(null);
            if (chosen) add.mutate({ childId, adminId: chosen });
          }}
        >
          <div className="flex flex-col gap-1">
            <label htmlFor={id} className="text-stone-800">
              Add an admin (they see new messages; nothing is sent to the family)
            </label>
            <select
              id={id}
              value={chosen}
              onChange={(event) => setChosen(event.target.value)}
              className="rounded-lg border border-stone-500 bg-white px-3 py-2 text-base"
            >
              {waiting.map((admin) => (
                <option key={admin.userId} value={admin.userId}>
                  {admin.name}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary" size="sm" busy={add.isPending}>
            Add
          </Button>
        </form>
      ) : null}
      {error ? <p className="mt-1 font-medium text-red-700">{error}</p> : null}
    </details>
  );
}
