import Link from "next/link";

import type { NotesAwaitingCosign } from "@carryover/api/contracts/note";
import { Badge, Card, rowLinkClasses } from "@carryover/ui";

import { longDate } from "~/lib/time";
import { NOTE_KIND_TITLES } from "../note-editor/note-model";

/**
 * The notes an OT's assistants signed that wait for the OT's co-signature, the longest waiting
 * first, each linked to the note; nothing at all when none waits.
 */
export function CosignQueueCard({ notes }: { notes: NotesAwaitingCosign }) {
  if (notes.length === 0) return null;
  const label = "Notes waiting for your co-signature";
  return (
    <Card title="Waiting for your co-signature">
      <ul className="divide-y divide-stone-200" aria-label={label}>
        {notes.map((note) => (
          <li key={note.id}>
            <Link href={`/notes/${note.id}`} className={rowLinkClasses}>
              <span>
                <span className="block font-medium text-stone-900">{note.childName}</span>
                <span className="block text-sm text-stone-700">
                  {NOTE_KIND_TITLES[note.kind]} of {longDate(note.serviceOn)}, signed by{" "}
                  {note.authorName}
                </span>
              </span>
              <Badge tone="warning">Co-sign</Badge>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
