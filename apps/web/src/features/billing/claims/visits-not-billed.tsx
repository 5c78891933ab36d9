import type { VisitsNotBilled as Visits } from "@carryover/api/contracts/charge";
import { Badge, Card } from "@carryover/ui";

import { formatDateInZone } from "~/lib/time";

const REASONS = {
  no_note: "No note yet",
  note_unsigned: "Note not signed",
} as const;

/** Visits given and billed nowhere: signing a visit's note is what bills it. */
export function VisitsNotBilled({ answer, timeZone }: { answer: Visits; timeZone: string }) {
  const { visits, total } = answer;
  return (
    <Card
      title="Visits not billed yet"
      description="Visits of the last 90 days whose note is not signed. Signing the note bills the visit: ask the therapist to write and sign it."
    >
      {visits.length === 0 ? (
        <p className="text-stone-700">None: every visit of the last 90 days has a signed note.</p>
      ) : (
        <>
          <ul
            className="flex flex-col divide-y divide-stone-200"
            aria-label="Visits not billed yet"
          >
            {visits.map((visit) => (
              <li
                key={`${visit.appointmentId ?? visit.noteId}:${visit.childId}`}
                className="flex flex-wrap items-center justify-between gap-2 py-3"
              >
                <span>
                  <span className="block font-medium text-stone-900">{visit.childName}</span>
                  <span className="block text-stone-700">
                    {formatDateInZone(visit.at, timeZone)} · with {visit.therapistName}
                  </span>
                </span>
                <Badge tone="warning">{REASONS[visit.reason]}</Badge>
              </li>
            ))}
          </ul>
          {total > visits.length ? (
            <p className="mt-3 text-stone-700">
              The newest {visits.length} of {total}.
            </p>
          ) : null}
        </>
      )}
    </Card>
  );
}
