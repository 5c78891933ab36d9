"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";

import { SendMessageInput } from "@carryover/api/contracts/message";
import { MESSAGE_MAX_LENGTH } from "@carryover/domain/messaging";
import { Button } from "@carryover/ui";

import { sendUpload } from "~/features/documents/send-upload.client";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import type { MessageAbout } from "./about-activity";

/** Files a message may carry: what the documents take (PDF, photos, Word, video). */
const ATTACHABLE = "application/pdf,image/*,.docx,video/*";

/**
 * The message box: text, and a file sent with it (uploaded to the child's documents first, then
 * named by the message). Ctrl/⌘+Enter sends.
 */
export function Composer({
  childId,
  label,
  about: asked,
}: {
  childId: string;
  label: string;
  /** The activity the message is about, when written from it; the writer may drop it. */
  about: MessageAbout | null;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [body, setBody] = useState("");
  const [about, setAbout] = useState(asked);
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const clearFile = () => {
    setFile(null);
    setFileKey((key) => key + 1);
  };
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const send = useMutation(
    trpc.message.send.mutationOptions({
      onSuccess: () => {
        setBody("");
        clearFile();
        setAbout(null);
        void queryClient.invalidateQueries({ queryKey: trpc.message.get.queryKey({ childId }) });
        void queryClient.invalidateQueries({ queryKey: trpc.message.list.pathKey() });
      },
    }),
  );

  /** The chosen file kept in the child's documents; its id, or null when it was refused. */
  async function upload(chosen: File) {
    setProgress(0);
    const outcome = await sendUpload({
      childId,
      file: chosen,
      category: chosen.type.startsWith("image/") ? "photo" : "other",
      onProgress: setProgress,
    });
    setProgress(null);
    if (outcome.ok) return outcome.id;
    setError(outcome.message);
    return null;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = body.trim() || (file ? `Sent ${file.name}` : "");
    const checked = SendMessageInput.safeParse({
      childId,
      body: text,
      activityId: about?.activityId,
      appointmentId: about?.appointmentId,
    });
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? "Check the message");
      return;
    }
    setError(null);
    const documentId = file ? await upload(file) : undefined;
    if (documentId === null) return;
    try {
      await send.mutateAsync({ ...checked.data, documentId });
    } catch (failure) {
      setError(describeError(failure).message);
    }
  }

  const busy = send.isPending || progress !== null;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2">
      <label htmlFor={id} className="font-medium text-stone-900">
        {label}
      </label>
      {about ? <AboutChip title={about.title} onDrop={() => setAbout(null)} /> : null}
      <textarea
        id={id}
        name="body"
        rows={3}
        maxLength={MESSAGE_MAX_LENGTH}
        value={body}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) void submit(event);
        }}
        className="block w-full rounded-lg border border-stone-500 bg-white px-3 py-2 text-base text-stone-900 shadow-sm focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden"
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <AttachmentPicker
          inputId={`${id}-file`}
          inputKey={fileKey}
          file={file}
          onChoose={(chosen) => {
            setError(null);
            setFile(chosen);
          }}
          onClear={clearFile}
        />
        <Button type="submit" busy={busy}>
          {progress !== null ? `Uploading ${Math.round(progress * 100)}%` : "Send"}
        </Button>
      </div>
    </form>
  );
}

function AboutChip({ title, onDrop }: { title: string; onDrop: () => void }) {
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
      About “{title}”
      <button type="button" className="underline" onClick={onDrop}>
        Not about it<span className="sr-only">: write about something else</span>
      </button>
    </p>
  );
}

/** The file a message carries: a labelled picker, the chosen file's name, and a way to drop it. */
function AttachmentPicker({
  inputId,
  inputKey,
  file,
  onChoose,
  onClear,
}: {
  inputId: string;
  /** A new key empties the input (a file input cannot be set but to nothing). */
  inputKey: number;
  file: File | null;
  onChoose: (file: File | null) => void;
  onClear: () => void;
}) {
  return (
    <div className="flex min-w-0 items-center gap-2">
      <label
        htmlFor={inputId}
        className="cursor-pointer rounded-lg border border-stone-400 px-3 py-2 text-sm font-medium text-stone-800 focus-within:ring-2 focus-within:ring-brand-600 hover:bg-stone-50"
      >
        Attach a file
        <input
          key={inputKey}
          id={inputId}
          type="file"
          accept={ATTACHABLE}
          className="sr-only"
          onChange={(event) => onChoose(event.target.files?.[0] ?? null)}
        />
      </label>
      {file ? (
        <span className="flex min-w-0 items-center gap-1 text-sm text-stone-700">
          <span className="truncate">{file.name}</span>
          <button type="button" className="rounded px-1 text-stone-600 underline" onClick={onClear}>
            Remove<span className="sr-only"> {file.name}</span>
          </button>
        </span>
      ) : null}
    </div>
  );
}
