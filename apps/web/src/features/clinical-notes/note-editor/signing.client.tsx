"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { SIGNING_ATTESTATION, type MissingPart } from "@carryover/domain/clinical-notes";
import { Alert, Button, CheckboxField } from "@carryover/ui";

import { Dialog } from "~/lib/dialog.client";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

/** Where a missing part's field is on the page; null when it is fixed elsewhere in the chart. */
export type FieldIdOf = (path: string) => string | null;

/** What signing needs of the autosave: the draft saved first, and the version it was saved at. */
type SavedDraft = {
  status: { kind: string };
  flush: () => Promise<boolean>;
  version: () => number;
};

function focusField(id: string) {
  const field = document.getElementById(id);
  field?.scrollIntoView({ block: "center" });
  field?.focus();
}

/** What the note still needs, each a link to the field that holds it. */
export function SigningChecklist({
  missing,
  childId,
  fieldIdOf,
  onFollow,
}: {
  missing: MissingPart[];
  childId: string;
  fieldIdOf: FieldIdOf;
  onFollow?: () => void;
}) {
  if (missing.length === 0)
    return <p className="text-stone-800">Everything signing needs is here.</p>;
  return (
    <ul className="flex flex-col gap-1">
      {missing.map((m) => {
        const id = fieldIdOf(m.path);
        return (
          <li key={m.path} className="flex items-start gap-2 text-stone-900">
            <span aria-hidden="true" className="mt-2 size-2 shrink-0 rounded-full bg-amber-500" />
            {id ? (
              <a
                href={`#${id}`}
                className="underline"
                onClick={(e) => {
                  e.preventDefault();
                  onFollow?.();
                  // After a dialog closes, its opener takes focus back: move on after that.
                  setTimeout(() => focusField(id), 50);
                }}
              >
                {m.message}
              </a>
            ) : (
              <a href={`/children/${childId}`} className="underline">
                {m.message}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Signing locks the note: it asks for the attestation, and lists what the server still refuses. */
export function SignNote({
  noteId,
  childId,
  what,
  missing,
  fieldIdOf,
  autosave,
}: {
  noteId: string;
  childId: string;
  /** The kind of note in words, lower case: "visit note", "evaluation". */
  what: string;
  missing: MissingPart[];
  fieldIdOf: FieldIdOf;
  autosave: SavedDraft;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [attested, setAttested] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; parts: MissingPart[] } | null>(null);
  const sign = useMutation(trpc.note.sign.mutationOptions());
  const busy = sign.isPending || autosave.status.kind === "saving";
  const submit = async () => {
    setRefusal(null);
    if (!(await autosave.flush())) {
      setRefusal({
        message: "Your latest changes aren't saved yet. Save them, then sign.",
        parts: [],
      });
      return;
    }
    sign.mutate(
      { noteId, version: autosave.version(), attestation: true },
      {
        onSuccess: () => void queryClient.invalidateQueries(trpc.note.get.queryFilter({ noteId })),
        onError: (error) => {
          const described = describeError(error);
          const parts = Object.entries(described.fieldErrors ?? {}).map(([path, message]) => ({
            path,
            message,
          }));
          setRefusal({
            message: parts.length ? `This ${what} can't be signed yet:` : described.message,
            parts: described.reason === "NOTE_INCOMPLETE" ? parts : [],
          });
        },
      },
    );
  };
  return (
    <>
      <Button
        type="button"
        onClick={() => {
          setRefusal(null);
          setOpen(true);
        }}
      >
        Sign {what}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        busy={busy}
        title={`Sign this ${what}?`}
        description="Once signed, it is locked. Anything you add later is an addendum, kept beside the original."
      >
        <div className="flex flex-col gap-4">
          {missing.length > 0 && !refusal ? (
            <Alert tone="warning" title="Before you can sign">
              <SigningChecklist
                missing={missing}
                childId={childId}
                fieldIdOf={fieldIdOf}
                onFollow={() => setOpen(false)}
              />
            </Alert>
          ) : null}
          {refusal ? (
            <Alert tone="error" title={refusal.message}>
              {refusal.parts.length ? (
                <SigningChecklist
                  missing={refusal.parts}
                  childId={childId}
                  fieldIdOf={fieldIdOf}
                  onFollow={() => setOpen(false)}
                />
              ) : null}
            </Alert>
          ) : null}
          <CheckboxField
            label={SIGNING_ATTESTATION}
            checked={attested}
            onChange={(e) => setAttested(e.target.checked)}
          />
          <div className="flex flex-wrap justify-end gap-2">
            <Button
              type="button"
              variant="secondary"
              onClick={() => setOpen(false)}
              disabled={busy}
            >
              Keep editing
            </Button>
            <Button type="button" disabled={!attested} busy={busy} onClick={() => void submit()}>
              Sign and lock
            </Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
