"use client";

import { useEffect, type ReactNode } from "react";

import { Alert, Badge } from "@carryover/ui";

import { CallClinic } from "./call-clinic.client";
import { checkVideoServer, type VideoReachability } from "./connection-check";
import { CameraPreview, DeviceChoice, LevelMeter } from "./device-check.client";
import { KitChecklist } from "./kit-checklist.client";
import type { LiveSession } from "./types";
import { useLocalMedia, type MediaChoice } from "./use-local-media.client";

const MEDIA_PROBLEMS = {
  denied:
    "Your browser is blocking the camera or microphone. Allow them in the address bar (the camera icon), then reload this page.",
  missing: "We can't find a camera or microphone. Plug one in, or choose audio only.",
  other: "The camera or microphone is busy or not working. Close other video apps and reload.",
} as const;

/**
 * The lobby: see and hear yourself, choose devices, check the connection and the session's kit.
 * A problem comes first, above the way in and the preview, so a phone shows it without scrolling.
 */
export function Lobby({
  session,
  choice,
  onChoice,
  reachability,
  onReachability,
  entry,
}: {
  session: LiveSession;
  choice: MediaChoice;
  onChoice: (choice: MediaChoice) => void;
  reachability: VideoReachability;
  onReachability: (r: VideoReachability) => void;
  /** Start, ask to join or wait: placed under any problem. */
  entry: ReactNode;
}) {
  const media = useLocalMedia(choice);

  useEffect(() => {
    let current = true;
    onReachability("checking");
    void checkVideoServer(session.videoUrl).then((r) => current && onReachability(r));
    return () => {
      current = false;
    };
  }, [session.videoUrl, onReachability]);

  return (
    <div className="flex flex-col gap-6">
      {reachability === "unreachable" ? (
        <Alert tone="error" title="We can't reach the video server">
          <p>
            Video can&apos;t start right now. Check your internet connection, or try again in a
            minute.
          </p>
          <CallClinic />
        </Alert>
      ) : null}
      {media.problem ? (
        <Alert tone="warning" title="Camera or microphone">
          <p>{MEDIA_PROBLEMS[media.problem]}</p>
          {media.problem === "other" ? <CallClinic lead="If that doesn't help," /> : null}
        </Alert>
      ) : null}
      {entry}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="preview-title" className="flex flex-col gap-4">
          <h2 id="preview-title" className="text-lg font-semibold text-stone-900">
            Check your camera and sound
          </h2>
          <CameraPreview stream={media.stream} audioOnly={choice.audioOnly} />
          <LevelMeter level={media.level} />
          <DeviceChoice
            cameras={media.cameras}
            microphones={media.microphones}
            choice={choice}
            onChoice={onChoice}
          />
        </section>

        <aside className="flex flex-col gap-4">
          <ConnectionStatus reachability={reachability} />
          <KitChecklist session={session} />
          <section className="rounded-xl border border-brand-200 bg-brand-50 p-5">
            <h2 className="font-semibold text-brand-900">Framing tip</h2>
            <p className="mt-1 text-brand-900">
              Put the phone or laptop a few steps back, at table height, so{" "}
              {session.children.length === 1 ? session.children[0]?.firstName : "your child"} and
              you are both in view, hands included.
            </p>
          </section>
        </aside>
      </div>
    </div>
  );
}

/** The check's progress; when it fails, the problem is said at the top of the lobby instead. */
function ConnectionStatus({ reachability }: { reachability: VideoReachability }) {
  if (reachability === "unreachable")
    return (
      <p className="flex items-center gap-2 text-stone-700">
        <Badge tone="danger">Video server unreachable</Badge>
      </p>
    );
  return (
    <p className="flex items-center gap-2 text-stone-700" role="status">
      <Badge tone={reachability === "reachable" ? "success" : "neutral"}>
        {reachability === "reachable" ? "Connection OK" : "Checking connection…"}
      </Badge>
    </p>
  );
}
