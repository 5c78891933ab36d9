"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent, type RefObject } from "react";

import type { DocumentCategory } from "@carryover/domain/documents";
import { Alert, Button, CheckboxField, SelectField } from "@carryover/ui";

import { useTRPC } from "~/trpc/react.client";
import { acceptFor, categoryOptions, refuseBeforeSending } from "./document-words";
import { sendUpload } from "./send-upload.client";

type Props = {
  childId: string;
  childName: string;
  categories: readonly DocumentCategory[];
  /** Staff: every kind, videos too, and whether the family sees it. */
  staff: boolean;
};

type State =
  | { step: "idle" }
  | { step: "sending"; fraction: number }
  | { step: "done"; fileName: string }
  | { step: "refused"; message: string };

/** Picks a file, says what it is, and sends it with its progress; the server's refusal beside it. */
export function DocumentUploadForm({ childId, childName, categories, staff }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refusalId = `${useId()}-refusal`;
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [category, setCategory] = useState<DocumentCategory | "">("");
  const [shared, setShared] = useState(true);
  const [state, setState] = useState<State>({ step: "idle" });
  const [missing, setMissing] = useState<{ file?: string; category?: string }>({});
  const sending = state.step === "sending";

  async function submit(event: FormEvent) {
    event.preventDefault();
    const wanted = {
      file: file ? undefined : "Choose a file to upload.",
      category: category ? undefined : "Choose what kind of document it is.",
    };
    setMissing(wanted);
    if (!file || !category) return;
    const early = refuseBeforeSending(file);
    if (early) {
      setState({ step: "refused", message: early });
      return;
    }
    setState({ step: "sending", fraction: 0 });
    const outcome = await sendUpload({
      childId,
      file,
      category,
      sharedWithFamily: staff ? shared : undefined,
      onProgress: (fraction) => setState({ step: "sending", fraction }),
    });
    if (!outcome.ok) {
      setState({ step: "refused", message: outcome.message });
      return;
    }
    setState({ step: "done", fileName: file.name });
    setFile(null);
    setCategory("");
    if (fileInput.current) fileInput.current.value = "";
    await queryClient.invalidateQueries({ queryKey: trpc.document.list.queryKey({ childId }) });
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={`Upload a document for ${childName}`}
      className="flex flex-col gap-4"
    >
      <FilePicker
        inputRef={fileInput}
        staff={staff}
        disabled={sending}
        error={missing.file}
        refusalId={state.step === "refused" ? refusalId : null}
        onPick={(picked) => {
          setFile(picked);
          setMissing((m) => ({ ...m, file: undefined }));
          if (state.step !== "sending") setState({ step: "idle" });
        }}
      />
      <SelectField
        label="What is it?"
        name="category"
        value={category}
        disabled={sending}
        error={missing.category}
        onChange={(event) => {
          setCategory(event.target.value as DocumentCategory | "");
          setMissing((m) => ({ ...m, category: undefined }));
        }}
        options={[{ value: "", label: "Choose one" }, ...categoryOptions(categories)]}
      />
      {staff ? (
        <CheckboxField
          label="Share with the family"
          hint="They see it in their documents. Leave it unticked to keep it in the record for the care team only."
          checked={shared}
          disabled={sending}
          onChange={(event) => setShared(event.target.checked)}
        />
      ) : null}
      <UploadStatus state={state} childName={childName} refusalId={refusalId} />
      <div>
        <Button type="submit" busy={sending}>
          {sending ? "Uploading…" : "Upload"}
        </Button>
      </div>
    </form>
  );
}

function FilePicker({
  inputRef,
  staff,
  disabled,
  error,
  refusalId,
  onPick,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  staff: boolean;
  disabled: boolean;
  error: string | undefined;
  /** The refusal shown under the form, read out with the picker. */
  refusalId: string | null;
  onPick: (file: File | null) => void;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="block font-medium text-stone-900">
        File
      </label>
      <input
        ref={inputRef}
        id={id}
        name="file"
        type="file"
        accept={acceptFor(staff)}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, error ? errorId : null, refusalId].filter(Boolean).join(" ")}
        onChange={(event) => onPick(event.target.files?.[0] ?? null)}
        className="block min-h-11 w-full rounded-lg border border-stone-500 bg-white text-base text-stone-900 file:mr-3 file:min-h-11 file:cursor-pointer file:border-0 file:border-r file:border-stone-300 file:bg-stone-100 file:px-4 file:font-medium file:text-stone-900 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-1 focus-visible:outline-hidden"
      />
      <p id={hintId} className="text-sm text-stone-600">
        {staff
          ? "A PDF, a Word document, a photo or a video. Documents up to 25 MB, videos up to 200 MB."
          : "A PDF, a photo of a page, or a Word document, up to 25 MB."}
      </p>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function UploadStatus({
  state,
  childName,
  refusalId,
}: {
  state: State;
  childName: string;
  refusalId: string;
}) {
  switch (state.step) {
    case "idle":
      return null;
    case "sending": {
      const percent = Math.round(state.fraction * 100);
      return (
        <div className="flex flex-col gap-1.5">
          <progress
            value={percent}
            max={100}
            aria-label="Upload progress"
            className="h-2 w-full accent-brand-700"
          />
          <p className="text-sm text-stone-700">
            {state.fraction < 1 ? `Uploading… ${percent}%` : "Checking the file…"}
          </p>
        </div>
      );
    }
    case "refused":
      return (
        <div id={refusalId}>
          <Alert tone="error" title="The file wasn't uploaded.">
            {state.message}
          </Alert>
        </div>
      );
    case "done":
      return (
        <Alert tone="success">
          {state.fileName} was uploaded. It is now in {childName}&apos;s documents.
        </Alert>
      );
  }
}
