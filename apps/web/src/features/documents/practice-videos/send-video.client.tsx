"use client";

import dynamic from "next/dynamic";
import { useRef, useState } from "react";

import { Button } from "@carryover/ui";

import { useTodayPractice } from "~/features/home-program/today/today-practice.client";

const loadSheet = () => import("./send-video-sheet.client").then((m) => m.SendVideoSheet);
// The sheet (upload, note, share) loads when a video is chosen, so Today's first load stays small.
const SendVideoSheet = dynamic(loadSheet, { ssr: false });

/**
 * "Send a video" on an activity of Today. No `capture` on the input: with it, phones open the
 * camera straight away and the parent cannot pick a video already recorded; without it they offer both.
 */
export function SendVideo({
  activityId,
  activityTitle,
}: {
  activityId: string;
  activityTitle: string;
}) {
  const { childId } = useTodayPractice();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<{ file: File; preview: string } | null>(null);

  function choose(file: File | undefined) {
    // A local address for the chosen file, so the parent sees what they are about to send.
    if (file) setChosen({ file, preview: URL.createObjectURL(file) });
  }

  function close() {
    if (chosen) URL.revokeObjectURL(chosen.preview);
    setChosen(null);
    if (input.current) input.current.value = "";
  }

  return (
    <div>
      <Button
        type="button"
        variant="ghost"
        size="sm"
        onPointerEnter={() => void loadSheet()}
        onFocus={() => void loadSheet()}
        onClick={() => input.current?.click()}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
          className="size-5"
        >
          <rect x="2" y="6" width="14" height="12" rx="2" />
          <path d="m16 10 6-3v10l-6-3" />
        </svg>
        Send a video<span className="sr-only"> of {activityTitle}</span>
      </Button>
      <input
        ref={input}
        type="file"
        accept="video/*"
        tabIndex={-1}
        aria-hidden="true"
        className="sr-only"
        onChange={(event) => choose(event.target.files?.[0])}
      />
      {chosen ? (
        <SendVideoSheet
          childId={childId}
          activityId={activityId}
          activityTitle={activityTitle}
          file={chosen.file}
          preview={chosen.preview}
          onClose={close}
        />
      ) : null}
    </div>
  );
}
