"use client";

import { useEffect, useRef } from "react";

import { CheckboxField, SelectField } from "@carryover/ui";

import type { MediaChoice } from "./use-local-media.client";

/** The person's own camera, mirrored; a note instead when they chose audio only. */
export function CameraPreview({
  stream,
  audioOnly,
}: {
  stream: MediaStream | null;
  audioOnly: boolean;
}) {
  const preview = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    if (preview.current) preview.current.srcObject = stream;
  }, [stream]);

  return (
    <div className="relative aspect-video overflow-hidden rounded-xl bg-stone-900">
      {audioOnly ? (
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
  );
}

/** The microphone's level (0–1) as a bar, so a parent sees that they will be heard. */
export function LevelMeter({ level }: { level: number }) {
  const levelPercent = Math.round(Math.min(1, level * 2.5) * 100);
  return (
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
  );
}

export function DeviceChoice({
  cameras,
  microphones,
  choice,
  onChoice,
}: {
  cameras: MediaDeviceInfo[];
  microphones: MediaDeviceInfo[];
  choice: MediaChoice;
  onChoice: (choice: MediaChoice) => void;
}) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Camera"
          name="camera"
          value={choice.cameraId ?? ""}
          disabled={choice.audioOnly || cameras.length === 0}
          onChange={(e) => onChoice({ ...choice, cameraId: e.target.value || null })}
          options={[
            { value: "", label: "Default camera" },
            ...cameras.map((d, i) => ({ value: d.deviceId, label: d.label || `Camera ${i + 1}` })),
          ]}
        />
        <SelectField
          label="Microphone"
          name="microphone"
          value={choice.microphoneId ?? ""}
          disabled={microphones.length === 0}
          onChange={(e) => onChoice({ ...choice, microphoneId: e.target.value || null })}
          options={[
            { value: "", label: "Default microphone" },
            ...microphones.map((d, i) => ({
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
    </>
  );
}
