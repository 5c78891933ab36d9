"use client";

import { Alert, Badge, Button, Card } from "@carryover/ui";

import { plural } from "~/lib/words";
import { TEXTAREA } from "../note-editor/labels";
import type { GroupSharedState, SharedStatus } from "./use-group-shared.client";
import type { VisitContent } from "./visit-note-model";

const TITLE = "Shared with the group";
const hintFor = (childCount: number) =>
  `Written once for the ${plural(childCount, "child", "children")} of this session: shown on each child's note.`;

const STATUS_WORDS: Record<SharedStatus["kind"], string> = {
  saved: "Saved",
  unsaved: "Unsaved changes",
  saving: "Saving…",
  failed: "Not saved",
  conflict: "Not saved — someone else changed the shared part",
};

/** A group session's shared part, written here once for every child's note; its own autosave. */
export function GroupShared({ shared }: { shared: GroupSharedState }) {
  const { group, status } = shared;
  if (!group) return null;
  return (
    <Card
      title={<span id="note-group-shared-title">{TITLE}</span>}
      titleAs="h2"
      actions={
        <p role="status" className="flex items-center gap-2">
          <Badge
            tone={
              status.kind === "saved"
                ? "success"
                : status.kind === "saving" || status.kind === "unsaved"
                  ? "neutral"
                  : "danger"
            }
          >
            {STATUS_WORDS[status.kind]}
          </Badge>
        </p>
      }
    >
      <div className="flex flex-col gap-2">
        <p id="note-group-shared-hint" className="text-sm text-stone-600">
          {hintFor(group.childCount)}
          {group.canEdit
            ? ""
            : " Only the session's therapist, or a therapist of every child in it, can change it."}
        </p>
        <textarea
          id="note-group-shared"
          aria-labelledby="note-group-shared-title"
          aria-describedby="note-group-shared-hint"
          rows={4}
          readOnly={!group.canEdit}
          value={shared.text}
          onChange={(e) => shared.edit(e.target.value)}
          onBlur={() => void shared.flush()}
          className={TEXTAREA}
        />
        {status.kind === "failed" ? (
          <p className="flex flex-wrap items-center gap-2 text-red-800">
            <span>{status.message}</span>
            <button type="button" className="underline" onClick={() => void shared.flush()}>
              Retry
            </button>
          </p>
        ) : null}
        {status.kind === "conflict" ? (
          <SharedConflict
            mine={shared.text}
            theirs={status.theirs.content}
            onChoose={shared.resolve}
          />
        ) : null}
      </div>
    </Card>
  );
}

function SharedConflict({
  mine,
  theirs,
  onChoose,
}: {
  mine: string;
  theirs: string;
  onChoose: (choice: "mine" | "theirs") => void;
}) {
  return (
    <Alert tone="warning" title="The shared part was saved from another child's note meanwhile">
      <p>Your changes are not saved yet. Choose which version every child&apos;s note shows.</p>
      <div className="mt-3 grid gap-3 lg:grid-cols-2">
        <section aria-label="Their shared part" className="rounded-xl border border-stone-300 p-3">
          <h3 className="font-semibold text-stone-900">Their version (saved)</h3>
          <p className="mt-1 whitespace-pre-wrap text-stone-800">{theirs || "—"}</p>
        </section>
        <section aria-label="Your shared part" className="rounded-xl border-2 border-brand-300 p-3">
          <h3 className="font-semibold text-stone-900">Your version (not saved)</h3>
          <p className="mt-1 whitespace-pre-wrap text-stone-800">{mine || "—"}</p>
        </section>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={() => onChoose("theirs")}>
          Take theirs
        </Button>
        <Button type="button" onClick={() => onChoose("mine")}>
          Keep mine
        </Button>
      </div>
    </Alert>
  );
}

/** The shared part on a read-only or signed note: as signed, or as it stands for a draft. */
export function GroupSharedReadOnly({ content }: { content: VisitContent }) {
  if (content.groupShared === null) return null;
  return (
    <Card
      title={TITLE}
      titleAs="h2"
      description="Written once for every child of the group session."
    >
      <p className="whitespace-pre-wrap text-stone-900">
        {content.groupShared || "Not written yet."}
      </p>
    </Card>
  );
}
