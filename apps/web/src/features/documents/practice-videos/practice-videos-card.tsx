import Link from "next/link";

import { Badge, Card, rowLinkClasses } from "@carryover/ui";

import { dayAndTimeSince, type HourCycle } from "~/lib/time";
import type { UnseenPracticeVideo } from "./types";
import { activityAnchor } from "./video-words";

const hrefOf = (video: UnseenPracticeVideo) =>
  `/children/${video.childId}${video.activityId ? `#${activityAnchor(video.activityId)}` : ""}`;

/** The families' practice videos nobody on the care team has opened yet, oldest first, each linked to its activity. */
export function PracticeVideosCard({
  videos,
  timeZone,
  now,
  cycle,
}: {
  videos: readonly UnseenPracticeVideo[];
  timeZone: string;
  now: Date;
  cycle: HourCycle;
}) {
  const waiting = [...videos].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return (
    <Card
      title="Practice videos"
      description={
        waiting.length > 0
          ? "Videos families sent of their home practice. Open one to watch it and answer beside the activity."
          : undefined
      }
    >
      {waiting.length === 0 ? (
        <p className="text-stone-700">No new practice videos.</p>
      ) : (
        <ul className="divide-y divide-stone-200" aria-label="New practice videos">
          {waiting.map((video) => (
            <li key={video.id}>
              <Link href={hrefOf(video)} className={rowLinkClasses}>
                <span className="min-w-0">
                  <span className="block font-medium text-stone-900">
                    {video.childName} · {video.activityName}
                  </span>
                  <span className="block text-sm text-stone-700">
                    From {video.guardianName ?? "the family"},{" "}
                    {dayAndTimeSince(video.createdAt, timeZone, now, cycle)}
                  </span>
                  {video.note ? (
                    <span className="mt-1 block text-sm break-words text-stone-700 italic">
                      “{video.note}”
                    </span>
                  ) : null}
                </span>
                <Badge tone="brand">Watch</Badge>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
