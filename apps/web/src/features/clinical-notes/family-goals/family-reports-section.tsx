import { Card } from "@carryover/ui";

import { formatCalendarDate } from "~/lib/time";
import { splitSummary } from "./goal-evidence-words";

type Report = {
  noteId: string;
  kind: "progress_report" | "discharge_summary";
  periodFrom: string;
  periodTo: string;
  familySummary: string;
};

/** The reports sent home (progress and, at the end of care, discharge), newest first, each open to its first paragraph. */
export function FamilyReportsSection({ reports }: { reports: Report[] }) {
  const newestFirst = [...reports].sort((a, b) => b.periodTo.localeCompare(a.periodTo));
  return (
    <Card title="Progress reports" titleAs="h2">
      {newestFirst.length === 0 ? (
        <p className="text-stone-700">
          No progress reports yet. Your therapist writes one every few weeks, and you&apos;ll find
          it here.
        </p>
      ) : (
        <ul className="flex flex-col divide-y divide-stone-200">
          {newestFirst.map((report) => {
            const { first, rest } = splitSummary(report.familySummary);
            return (
              <li key={report.noteId} className="py-3 first:pt-0 last:pb-0">
                <h3 className="font-medium text-stone-900">
                  {report.kind === "discharge_summary" ? "End of therapy: " : null}
                  {formatCalendarDate(report.periodFrom)} – {formatCalendarDate(report.periodTo)}
                </h3>
                <p className="mt-1 text-stone-800">{first}</p>
                {rest.length > 0 ? (
                  <details className="mt-1">
                    <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-700">
                      Read all
                    </summary>
                    {rest.map((paragraph, index) => (
                      <p key={index} className="mt-2 text-stone-800">
                        {paragraph}
                      </p>
                    ))}
                  </details>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
