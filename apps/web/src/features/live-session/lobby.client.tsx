"use client";

import { useEffect, useRef, useState } from "react";

import { Alert, Badge, CheckboxField, SelectField } from "@carryover/ui";

import { checkVideoServer, type VideoReachability } from "./connection-check";
import type { LiveSession } from "./types";
import { useLocalMedia, type MediaChoice } from "./use-local-media.client";

const MEDIA_PROBLEMS = {
  denied:
    "Your browser is blocking the camera or microphone. Allow them in the address bar (the camera icon), then reload this page.",
  missing: "We can't find a camera or microphone. Plug one in, or choose audio only.",
  other: "The camera or microphone is busy or not working. Close other video apps and reload.",
} as const;

/** The lobby: see and hear yourself, choose devices, check the connection and the session's kit. */
export function Lobby({
  session,
  choice,
  onChoice,
  reachability,
  onReachability,
}: {
  session: LiveSession;
  choice: MediaChoice;
  onChoice: (choice: MediaChoice) => void;
  reachability: VideoReachability;
  onReachability: (r: VideoReachability) => void;
}) {
  const media = useLocalMedia(choice);
  const preview = useRef<HTMLVideoElement>(null);
  const [ticked, setTicked] = useState<string[]>([]);

  useEffect(() => {
    if (preview.current) preview.current.srcObject = media.stream;
  }, [media.stream]);

  useEffect(() => {
    let current = true;
    onReachability("checking");
    void checkVideoServer(session.videoUrl).then((r) => current && onReachability(r));
    return () => {
      current = false;
    };
  }, [session.videoUrl, onReachability]);

  const levelPercent = Math.round(Math.min(1, media.level * 2.5) * 100);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <section aria-labelledby="preview-title" className="flex flex-col gap-4">
        <h2 id="preview-title" className="text-lg font-semibold text-stone-900">
          Check your camera and sound
        </h2>
        <div className="relative aspect-video overflow-hidden rounded-xl bg-stone-900">
          {choice.audioOnly ? (
            <p className="flex h-full items-center justify-center p-6 text-center text-stone-100">
              Audio only: your camera stays off in the session.
            </p>
          ) : (
            <video
              ref={preview}
              autoPlay
              muted
              playsInline
              aria-label="Your camera preview"
              className="h-full w-full -scale-x-100 object-cover"
            />
          )}
        </div>
        {media.problem ? (
          <Alert tone="warning" title="Camera or microphone">
            <p>{MEDIA_PROBLEMS[media.problem]}</p>
          </Alert>
        ) : null}
        <div className="flex flex-col gap-1.5">
          <span id="level-label" className="text-sm font-medium text-stone-800">
            Microphone level — say hello and watch the bar move
          </span>
          <div
            role="meter"
            aria-labelledby="level-label"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={levelPercent}
            className="h-3 w-full overflow-hidden rounded-full bg-stone-200"
          >
            <div
              className="h-full rounded-full bg-green-600 transition-[width] duration-75"
              style={{ width: `${levelPercent}%` }}
            />
          </div>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Camera"
            name="camera"
            value={choice.cameraId ?? ""}
            disabled={choice.audioOnly || media.cameras.length === 0}
            onChange={(e) => onChoice({ ...choice, cameraId: e.target.value || null })}
            options={[
              { value: "", label: "Default camera" },
              ...media.cameras.map((d, i) => ({
                value: d.deviceId,
                label: d.label || `Camera ${i + 1}`,
              })),
            ]}
          />
          <SelectField
            label="Microphone"
            name="microphone"
            value={choice.microphoneId ?? ""}
            disabled={media.microphones.length === 0}
            onChange={(e) => onChoice({ ...choice, microphoneId: e.target.value || null })}
            options={[
              { value: "", label: "Default microphone" },
              ...media.microphones.map((d, i) => ({
                value: d.deviceId,
                label: d.label || `Microphone ${i + 1}`,
              })),
            ]}
          />
        </div>
        <CheckboxField
          label="Audio only (for a weak connection)"
          checked={choice.audioOnly}
          onChange={(e) => onChoice({ ...choice, audioOnly: e.target.checked })}
        />
      </section>

      <aside className="flex flex-col gap-4">
        <ConnectionStatus reachability={reachability} />
        <section
          aria-labelledby="kit-title"
          className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm"
        >
          <h2 id="kit-title" className="text-lg font-semibold text-stone-900">
            Have these ready
          </h2>
          {session.kit.length === 0 ? (
            <p className="mt-2 text-stone-600">
              {session.role === "therapist"
                ? "No checklist yet. Add one in the session's side panel (Coaching)."
                : "Nothing special this time: just you, your child and some space to move."}
            </p>
          ) : (
            <ul className="mt-2 flex flex-col">
              {session.kit.map((item) => (
                <li key={item}>
                  <CheckboxField
                    label={item}
                    checked={ticked.includes(item)}
                    onChange={(e) =>
                      setTicked((t) =>
                        e.target.checked ? [...t, item] : t.filter((x) => x !== item),
                      )
                    }
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="rounded-xl border border-brand-200 bg-brand-50 p-5">
          <h2 className="font-semibold text-brand-900">Framing tip</h2>
          <p className="mt-1 text-brand-900">
            Put the phone or laptop a few steps back, at table height, so{" "}
            {session.children.length === 1 ? session.children[0]?.firstName : "your child"} and you
            are both in view, hands included.
          </p>
        </section>
      </aside>
    </div>
  );
}

function ConnectionStatus({ reachability }: { reachability: VideoReachability }) {
  if (reachability === "unreachable")
    return (
      <Alert tone="error" title="We can't reach the video server">
        <p>
          Video can't start right now. Check your internet connection, or try again in a minute. If
          it keeps happening, call the clinic: your session isn't lost.
        </p>
      </Alert>
    );
  return (
    <p className="flex items-center gap-2 text-stone-700" role="status">
      <Badge tone={reachability === "reachable" ? "success" : "neutral"}>
        {reachability === "reachable" ? "Connection OK" : "Checking connection…"}
      </Badge>
    </p>
  );
}
