import Link from "next/link";

import type { NoteBlockingClaims } from "@carryover/api/contracts/charge";
import { Badge, Card, rowLinkClasses } from "@carryover/ui";

import { longDate } from "~/lib/time";

/**
 * Signed notes whose claims wait on the therapist (a co-signature, a certified plan of care, a
 * progress report, a consent, minutes that support the units), the oldest visit first; nothing at
 * all when none waits.
 */
export function NotesBlockingBillingCard({ notes }: { notes: NoteBlockingClaims[] }) {
  if (notes.length === 0) return null;
  return (
    <Card
      title="Visits that can't be billed yet"
      description="Each claim waits for something in the chart or the note. The oldest visit is first: payers have filing limits."
    >
      <ul className="divide-y divide-stone-200" aria-label="Visits that can't be billed yet">
        {notes.map((note) => (
          <li key={note.noteId}>
            <Link href={`/notes/${note.noteId}`} className={rowLinkClasses}>
              <span className="min-w-0">
                <span className="block font-medium text-stone-900">
                  {note.childName} · visit of {longDate(note.serviceOn)}
                </span>
                {note.findings.map((finding) => (
                  <span key={finding.edit} className="block text-sm text-stone-700">
                    {finding.problem} {finding.fix}
                  </span>
                ))}
              </span>
              <Badge tone="warning">Blocks billing</Badge>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
