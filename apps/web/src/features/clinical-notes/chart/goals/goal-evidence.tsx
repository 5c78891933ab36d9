import type { GoalEvidence } from "../types";
import { activityLine, checkInLines, doseLine } from "./evidence-words";

/** The home program's evidence for a goal, in a few lines a therapist scans before a visit. */
export function GoalEvidenceView({ evidence }: { evidence: GoalEvidence }) {
  const dose = doseLine(evidence.dose);
  const checkIns = checkInLines(evidence.checkIns);
  if (evidence.activities.length === 0 && !dose && checkIns.length === 0)
    return (
      <p className="text-sm text-stone-600">
        No evidence from home yet: link a home-program goal or activity.
      </p>
    );
  return (
    <div className="rounded-lg bg-stone-50 p-3 text-sm">
      <p className="font-medium text-stone-700">Evidence from home</p>
      <ul className="mt-1 flex list-disc flex-col gap-1 pl-5 text-stone-800">
        {evidence.activities.map((activity) => (
          <li key={activity.activityId}>{activityLine(activity)}</li>
        ))}
        {dose ? <li>{dose}</li> : null}
        {checkIns.length > 0 ? <li>Family check-in: {checkIns.join("; ")}</li> : null}
      </ul>
    </div>
  );
}
