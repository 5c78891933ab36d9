import type { ReportContent } from "@carryover/domain/clinical-notes";
import { Card, DescriptionList } from "@carryover/ui";

import { longDate } from "~/lib/time";
import { GOAL_STATUS_LABELS } from "../note-editor/labels";
import type { ChartGoal } from "../note-editor/note-chart";

const prose = (text: string) => <span className="whitespace-pre-wrap">{text || "—"}</span>;

/** A report as it was signed (or as its author left the draft): every part, nothing to edit. */
export function ReportReadOnly({ content, goals }: { content: ReportContent; goals: ChartGoal[] }) {
  const sentence = (goalId: string) =>
    goals.find((g) => g.id === goalId)?.sentence ?? "A goal no longer on the chart";
  return (
    <>
      <Card title="Period and summary" titleAs="h2">
        <DescriptionList
          items={[
            {
              term: "Period",
              detail: `${longDate(content.periodFrom)} to ${longDate(content.periodTo)}`,
            },
            ...(content.dischargeReason !== null
              ? [{ term: "Reason for discharge", detail: prose(content.dischargeReason) }]
              : []),
            { term: "Summary", detail: prose(content.summary) },
            { term: "Recommendations", detail: prose(content.recommendations) },
            { term: "Summary for the family", detail: prose(content.familySummary) },
          ]}
        />
      </Card>
      <Card title="Progress on each goal" titleAs="h2">
        <ul className="flex flex-col gap-3">
          {content.goalProgress.map((g) => (
            <li key={g.goalId} className="text-stone-900">
              <p className="font-medium">{sentence(g.goalId)}</p>
              <p>
                {GOAL_STATUS_LABELS[g.status]}
                {g.narrative ? ` — ${g.narrative}` : ""}
              </p>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
