"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";

import { ReplyToPracticeVideoInput } from "@carryover/api/contracts/practice-video";
import { MESSAGE_MAX_LENGTH } from "@carryover/domain/messaging";
import { Button } from "@carryover/ui";

import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import type { PracticeVideoView } from "./types";
import { momentWords } from "./video-words";

/**
 * The therapist's answer to a practice video: a message in the child's conversation, naming the
 * activity and, when asked, the moment the video is paused at.
 */
export function ReplyForm({
  video,
  position,
}: {
  video: PracticeVideoView;
  /** Where the video is now, in seconds. */
  position: number;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [body, setBody] = useState("");
  const [atMoment, setAtMoment] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const reply = useMutation(
    trpc.practiceVideo.reply.mutationOptions({
      onSuccess: () => {
        setBody("");
        setAtMoment(false);
        for (const key of [trpc.practiceVideo.list, trpc.practiceVideo.unseen, trpc.message.list])
          void queryClient.invalidateQueries({ queryKey: key.pathKey() });
      },
    }),
  );
  const to = video.guardianName ?? "the family";

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSent(null);
    const moment = Math.floor(position);
    const checked = ReplyToPracticeVideoInput.safeParse({
      videoId: video.id,
      body,
      momentSeconds: atMoment ? moment : undefined,
    });
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? "Check the reply");
      return;
    }
    setError(null);
    try {
      await reply.mutateAsync(checked.data);
      setSent(`Sent to ${to} in Messages.`);
    } catch (failure) {
      setError(describeError(failure).message);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-2">
      <label htmlFor={id} className="font-medium text-stone-900">
        Reply to {to}
      </label>
      <textarea
        id={id}
        rows={2}
        maxLength={MESSAGE_MAX_LENGTH}
        value={body}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        onChange={(event) => setBody(event.target.value)}
        className="block w-full rounded-lg border border-stone-500 bg-white px-3 py-2 text-base text-stone-900 shadow-sm focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden"
      />
      <p id={`${id}-hint`} className="text-sm text-stone-600">
        Sent as a message in the family’s conversation, about this activity.
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label className="inline-flex min-h-11 items-center gap-2 text-stone-900">
          <input
            type="checkbox"
            checked={atMoment}
            onChange={(event) => setAtMoment(event.target.checked)}
            className="size-5 accent-brand-700"
          />
          At the current moment ({momentWords(position)})
        </label>
        <Button type="submit" busy={reply.isPending} disabled={reply.isPending}>
          Send reply
        </Button>
      </div>
      <p role="status" className="text-sm text-green-800">
        {sent}
      </p>
    </form>
  );
}
