import type { EvaluationContent } from "@carryover/domain/clinical-notes";
import { Card, DescriptionList } from "@carryover/ui";

import { longDate } from "~/lib/time";
import { billedCode, type EvaluationKind } from "./evaluation-model";

const prose = (text: string) => <span className="whitespace-pre-wrap">{text || "—"}</span>;

const COMPLEXITY_NAMES = { low: "Low", moderate: "Moderate", high: "High" } as const;

/** An evaluation as it was signed (or as its author left the draft): every part, nothing to edit. */
export function EvaluationReadOnly({
  kind,
  content,
}: {
  kind: EvaluationKind;
  content: EvaluationContent;
}) {
  const code = billedCode(kind, content.complexity);
  return (
    <>
      <Card title="Referral and history" titleAs="h2">
        <DescriptionList
          items={[
            { term: "Reason for referral", detail: prose(content.reasonForReferral) },
            { term: "History", detail: prose(content.history) },
            { term: "The family's priorities", detail: prose(content.familyPriorities) },
            { term: "Observations", detail: prose(content.observations) },
          ]}
        />
      </Card>
      <Card title="Standardized assessments" titleAs="h2">
        {content.assessments.length === 0 ? (
          <p className="text-stone-700">No assessment listed.</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {content.assessments.map((a, i) => (
              <li key={i} className="text-stone-900">
                <p className="font-medium">
                  {a.name} · {longDate(a.givenOn)}
                </p>
                {a.scores ? <p>Scores: {a.scores}</p> : null}
                {a.interpretation ? (
                  <p className="whitespace-pre-wrap">{a.interpretation}</p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Performance deficits and complexity" titleAs="h2">
        {content.deficits.length ? (
          <ol className="list-decimal pl-6 text-stone-900">
            {content.deficits.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ol>
        ) : (
          <p className="text-stone-700">No deficit listed.</p>
        )}
        <p className="mt-3 text-stone-900">
          Complexity: {content.complexity ? COMPLEXITY_NAMES[content.complexity] : "not chosen yet"}
          {code ? ` · ${code}` : ""}
        </p>
      </Card>
    </>
  );
}
