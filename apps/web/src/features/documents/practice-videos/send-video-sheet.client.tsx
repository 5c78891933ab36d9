"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useRef, useState, type FormEvent } from "react";

import { PRACTICE_VIDEO_NOTE_MAX } from "@carryover/api/contracts/practice-video";
import { Alert, Button, buttonClasses } from "@carryover/ui";

import { sendUpload } from "~/features/documents/send-upload.client";
import { Dialog } from "~/lib/dialog.client";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { activityAnchor, therapistWords } from "./video-words";

type Props = {
  childId: string;
  activityId: string;
  activityTitle: string;
  file: File;
  /** The chosen file's local address, to look at before sending. */
  preview: string;
  onClose: () => void;
};

type Step =
  | { kind: "ready" }
  | { kind: "sending"; fraction: number }
  | { kind: "sharing" }
  | { kind: "sent" };

const megabytes = (bytes: number) =>
  bytes < 1_000_000
    ? "under 1 MB"
    : `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;

/** Upload the file to the child's documents, then share it as practice of the activity. */
function useSendVideo({
  childId,
  activityId,
  file,
}: Pick<Props, "childId" | "activityId" | "file">) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: "ready" });
  const [error, setError] = useState<string | null>(null);
  // Kept once uploaded, so a failed share is tried again without sending the file twice.
  const uploaded = useRef<string | null>(null);
  const stop = useRef<AbortController | null>(null);
  const share = useMutation(
    trpc.practiceVideo.share.mutationOptions({
      onSuccess: () =>
        void queryClient.invalidateQueries({ queryKey: trpc.practiceVideo.list.pathKey() }),
    }),
  );

  async function send(note: string) {
    setError(null);
    if (!uploaded.current) {
      stop.current = new AbortController();
      setStep({ kind: "sending", fraction: 0 });
      const outcome = await sendUpload({
        childId,
        file,
        category: "practice_video",
        onProgress: (fraction) => setStep({ kind: "sending", fraction }),
        signal: stop.current.signal,
      });
      stop.current = null;
      if (!outcome.ok) {
        setError(outcome.message);
        setStep({ kind: "ready" });
        return;
      }
      uploaded.current = outcome.id;
    }
    setStep({ kind: "sharing" });
    try {
      await share.mutateAsync({ childId, activityId, documentId: uploaded.current, note });
      setStep({ kind: "sent" });
    } catch (failure) {
      setError(describeError(failure).message);
      setStep({ kind: "ready" });
    }
  }

  return { step, error, send, stop: () => stop.current?.abort() };
}

/** The chosen video before it goes: a look at it, an optional note, the upload's progress, then "Sent". */
export function SendVideoSheet(props: Props) {
  const { childId, activityId, activityTitle, file, preview, onClose } = props;
  const trpc = useTRPC();
  const noteId = useId();
  const children = useQuery(trpc.child.list.queryOptions());
  const therapist = therapistWords(
    children.data?.find((child) => child.id === childId)?.primaryTherapistName,
  );
  const [note, setNote] = useState("");
  const { step, error, send, stop } = useSendVideo(props);
  const busy = step.kind === "sending" || step.kind === "sharing";

  if (step.kind === "sent")
    return (
      <Dialog open onClose={onClose} title="Sent">
        <Sent
          who={therapist.who}
          activityTitle={activityTitle}
          href={`/children/${childId}#${activityAnchor(activityId)}`}
          onDone={onClose}
        />
      </Dialog>
    );

  function submit(event: FormEvent) {
    event.preventDefault();
    void send(note);
  }

  return (
    <Dialog
      open
      onClose={onClose}
      busy={busy}
      title={`Send a video to ${therapist.to}`}
      description={`Practice of “${activityTitle}”`}
    >
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <video
          src={preview}
          controls
          muted
          playsInline
          preload="metadata"
          className="max-h-56 w-full rounded-lg bg-stone-900"
          aria-label={`The video you chose: ${file.name}`}
        />
        <p className="text-sm break-all text-stone-600">
          {file.name} · {megabytes(file.size)}
        </p>
        <div className="flex flex-col gap-1">
          <label htmlFor={noteId} className="font-medium text-stone-900">
            A note for {therapist.to}{" "}
            <span className="text-sm font-normal text-stone-600">(optional)</span>
          </label>
          <textarea
            id={noteId}
            rows={3}
            maxLength={PRACTICE_VIDEO_NOTE_MAX}
            value={note}
            disabled={busy}
            placeholder="What went well, or where you got stuck"
            onChange={(event) => setNote(event.target.value)}
            className="block w-full rounded-lg border border-stone-500 bg-white px-3 py-2 text-base text-stone-900 shadow-sm placeholder:text-stone-500 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden disabled:bg-stone-100"
          />
        </div>
        {error ? (
          <Alert tone="error" title="The video was not sent">
            <p>{error}</p>
          </Alert>
        ) : null}
        {step.kind === "sending" ? <Progress fraction={step.fraction} /> : null}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" busy={busy} disabled={busy}>
            {busy ? "Sending…" : `Send to ${therapist.to}`}
          </Button>
          {step.kind === "sending" ? (
            <Button type="button" variant="secondary" onClick={stop}>
              Stop sending
            </Button>
          ) : (
            <Button type="button" variant="secondary" onClick={onClose} disabled={busy}>
              Cancel
            </Button>
          )}
        </div>
      </form>
    </Dialog>
  );
}

function Progress({ fraction }: { fraction: number }) {
  return (
    <div className="flex flex-col gap-1">
      <label className="text-sm font-medium text-stone-800">
        Sending… {Math.round(fraction * 100)}%
        <progress
          max={1}
          value={fraction}
          className="mt-1 block h-2 w-full overflow-hidden rounded-full accent-brand-700"
        />
      </label>
      <p className="text-sm text-stone-600">Keep this page open until it is sent.</p>
    </div>
  );
}

function Sent({
  who,
  activityTitle,
  href,
  onDone,
}: {
  who: string;
  activityTitle: string;
  href: string;
  onDone: () => void;
}) {
  return (
    <div role="status" className="flex flex-col gap-4">
      <p className="text-stone-800">
        Sent. {who} will answer in Messages and beside “{activityTitle}” in the program.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={onDone}>
          Done
        </Button>
        <Link href={href} className={buttonClasses({ variant: "secondary" })}>
          See it in the program
        </Link>
      </div>
    </div>
  );
}
