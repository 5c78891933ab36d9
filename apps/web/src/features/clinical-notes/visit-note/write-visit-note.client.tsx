"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";

import { Button } from "@carryover/ui";

import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

/** Drafts (or reopens) the child's visit note for this session and opens it. */
export function WriteVisitNoteButton({
  appointmentId,
  childId,
  childName,
  many,
}: {
  appointmentId: string;
  childId: string;
  childName: string;
  /** In a group session, name the child on the button. */
  many: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const draft = useMutation(
    trpc.note.draftFromSession.mutationOptions({
      onSuccess: ({ noteId }) => router.push(`/notes/${noteId}`),
    }),
  );
  return (
    <div className="flex flex-col gap-1">
      <Button
        type="button"
        busy={draft.isPending || draft.isSuccess}
        onClick={() => draft.mutate({ appointmentId, childId })}
      >
        {many ? `Write ${childName}'s visit note` : "Write the visit note"}
      </Button>
      {draft.error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {describeError(draft.error).message}
        </p>
      ) : null}
    </div>
  );
}
