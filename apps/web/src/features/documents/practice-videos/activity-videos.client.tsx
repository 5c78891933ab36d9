"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";

import { Badge, Button, Skeleton } from "@carryover/ui";

import { useHourCycle } from "~/lib/hour-cycle.client";
import { formatDateTimeWithoutZone } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { ReplyForm } from "./reply-form.client";
import type { PracticeVideoView } from "./types";
import { momentWords, videoSource } from "./video-words";

/** The family's videos of one activity, beside it in the program, with the care team's replies. */
export function ActivityVideos({
  childId,
  activityId,
  activityTitle,
  staff,
  timeZone,
}: {
  childId: string;
  activityId: string;
  activityTitle: string;
  staff: boolean;
  timeZone: string;
}) {
  const trpc = useTRPC();
  // The same query for every activity of the page: React Query asks the server once.
  const query = useQuery(trpc.practiceVideo.list.queryOptions({ childId }));
  if (query.isPending)
    return (
      <div role="status" aria-label="Loading practice videos">
        <Skeleton className="h-6 w-48" />
      </div>
    );
  if (query.isError)
    return (
      <p className="text-sm text-stone-700">
        The practice videos could not be loaded: {describeError(query.error).message}{" "}
        <Button type="button" variant="ghost" size="sm" onClick={() => void query.refetch()}>
          Try again
        </Button>
      </p>
    );
  const videos = query.data.videos.filter((video) => video.activityId === activityId);
  if (videos.length === 0) return null;
  const headingId = `practice-videos-${activityId}`;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 border-t border-stone-200 pt-4"
    >
      <h4 id={headingId} className="font-semibold text-stone-900">
        Practice videos from home ({videos.length})
      </h4>
      <ul className="flex flex-col gap-5" aria-label={`Practice videos of ${activityTitle}`}>
        {videos.map((video) => (
          <PracticeVideoItem key={video.id} video={video} staff={staff} timeZone={timeZone} />
        ))}
      </ul>
    </section>
  );
}

function PracticeVideoItem({
  video,
  staff,
  timeZone,
}: {
  video: PracticeVideoView;
  staff: boolean;
  timeZone: string;
}) {
  const player = useRef<HTMLVideoElement>(null);
  const [position, setPosition] = useState(0);
  const markSeen = useMarkSeen(video, staff);
  const cycle = useHourCycle();
  const from = video.guardianName ?? "the family";
  const when = formatDateTimeWithoutZone(video.createdAt, timeZone, cycle);
  function seek(seconds: number) {
    const element = player.current;
    if (!element) return;
    element.currentTime = seconds;
    element.focus();
    void element.play().catch(() => undefined);
  }
  return (
    <li className="flex flex-col gap-3 lg:flex-row lg:items-start">
      <div className="flex w-full max-w-md shrink-0 flex-col gap-1">
        <video
          ref={player}
          // "#t=0.1": the browser shows that frame as the poster (no poster is made on the server).
          src={`${videoSource(video.documentId)}#t=0.1`}
          controls
          preload="metadata"
          playsInline
          aria-label={`Practice video from ${from}, ${when}`}
          onPlay={markSeen}
          onTimeUpdate={(event) => setPosition(event.currentTarget.currentTime)}
          onSeeked={(event) => setPosition(event.currentTarget.currentTime)}
          className="aspect-video w-full rounded-lg bg-stone-900"
        />
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-3">
        <div>
          <p className="text-sm text-stone-700">
            From <span className="font-medium text-stone-900">{from}</span>, {when}{" "}
            {staff && !video.seenAt ? <Badge tone="brand">New</Badge> : null}
          </p>
          {video.note ? (
            <p className="mt-1 break-words whitespace-pre-wrap text-stone-900">{video.note}</p>
          ) : null}
        </div>
        <Replies video={video} timeZone={timeZone} onSeek={seek} />
        {staff ? <ReplyForm video={video} position={position} /> : null}
      </div>
    </li>
  );
}

/** Playing a video the care team has not opened takes it off the dashboards' waiting list. */
function useMarkSeen(video: PracticeVideoView, staff: boolean) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const asked = useRef(false);
  const mark = useMutation(
    trpc.practiceVideo.markSeen.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.practiceVideo.list.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.practiceVideo.unseen.pathKey() });
      },
    }),
  );
  return () => {
    if (!staff || video.seenAt || asked.current) return;
    asked.current = true;
    mark.mutate({ videoId: video.id }, { onError: () => (asked.current = false) });
  };
}

function Replies({
  video,
  timeZone,
  onSeek,
}: {
  video: PracticeVideoView;
  timeZone: string;
  onSeek: (seconds: number) => void;
}) {
  const cycle = useHourCycle();
  if (video.replies.length === 0) return null;
  return (
    <ol className="flex flex-col gap-2" aria-label="Replies">
      {video.replies.map((reply) => (
        <li key={reply.id} className="rounded-lg bg-brand-50 px-3 py-2">
          <p className="text-sm text-stone-700">
            <span className="font-medium text-stone-900">
              {reply.authorName ?? "The care team"}
            </span>
            , {formatDateTimeWithoutZone(reply.createdAt, timeZone, cycle)}
            {reply.momentSeconds !== null ? (
              <>
                {" · "}
                <button
                  type="button"
                  onClick={() => onSeek(reply.momentSeconds ?? 0)}
                  className="font-medium text-brand-800 underline underline-offset-2 hover:text-brand-900 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden"
                >
                  at {momentWords(reply.momentSeconds)}
                  <span className="sr-only"> (play the video from there)</span>
                </button>
              </>
            ) : null}
          </p>
          <p className="break-words whitespace-pre-wrap text-stone-900">{reply.body}</p>
        </li>
      ))}
    </ol>
  );
}
