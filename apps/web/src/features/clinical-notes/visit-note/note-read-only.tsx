import { SERVICE_LABELS, TREATMENT_SERVICES } from "@carryover/domain/clinical-notes";
import { Card, DescriptionList } from "@carryover/ui";

import { MODALITY_LABELS_FOR_STAFF } from "~/features/scheduling/labels";
import { longDate } from "~/lib/time";
import { plural } from "~/lib/words";
import { GOAL_STATUS_LABELS } from "../note-editor/labels";
import type { ActiveGoal } from "./goal-statuses.client";
import { DEMONSTRATION_LABELS, PLACE_OF_SERVICE_LABELS, TECHNIQUE_LABELS } from "./labels";
import type { VisitContent } from "./visit-note-model";

/** A signed visit note as it was signed: every part, nothing to edit. */
export function NoteReadOnly({
  serviceOn,
  content,
  childName,
  guardians,
  goals,
}: {
  serviceOn: string;
  content: VisitContent;
  childName: string;
  guardians: { id: string; name: string }[];
  goals: ActiveGoal[];
}) {
  const attended = [
    ...(content.attended.child ? [childName] : []),
    ...guardians.filter((g) => content.attended.guardianIds.includes(g.id)).map((g) => g.name),
  ];
  const minutes = TREATMENT_SERVICES.filter((s) => content.minutes.byService[s]).map((s) => ({
    term: SERVICE_LABELS[s],
    detail: plural(content.minutes.byService[s] ?? 0, "minute"),
  }));
  const sentence = (goalId: string) =>
    goals.find((g) => g.id === goalId)?.sentence ?? "A goal no longer active";
  return (
    <>
      <Card title="The visit" titleAs="h2">
        <DescriptionList
          items={[
            { term: "Date of service", detail: longDate(serviceOn) },
            { term: "Place of service", detail: PLACE_OF_SERVICE_LABELS[content.placeOfService] },
            { term: "Modality", detail: MODALITY_LABELS_FOR_STAFF[content.modality] },
            { term: "Who attended", detail: attended.join(", ") || "—" },
            ...minutes,
            { term: "Caregiver only", detail: plural(content.minutes.caregiverOnly, "minute") },
          ]}
        />
      </Card>
      <Card title="SOAP" titleAs="h2">
        <DescriptionList
          items={(
            [
              ["Subjective", content.subjective],
              ["Objective", content.objective],
              ["Assessment", content.assessment],
              ["Plan", content.plan],
            ] as const
          ).map(([term, text]) => ({
            term,
            detail: <span className="whitespace-pre-wrap">{text}</span>,
          }))}
        />
      </Card>
      <Card title="Goals this visit" titleAs="h2">
        <ul className="flex flex-col gap-3">
          {content.goalStatuses.map((g) => (
            <li key={g.goalId} className="text-stone-900">
              <p className="font-medium">{sentence(g.goalId)}</p>
              <p>
                {GOAL_STATUS_LABELS[g.status]}
                {g.comment ? ` — ${g.comment}` : ""}
              </p>
            </li>
          ))}
        </ul>
      </Card>
      {content.coaching.length ? (
        <Card title="Coaching given" titleAs="h2">
          <ul className="list-disc pl-6 text-stone-900">
            {content.coaching.map((c, i) => (
              <li key={i}>
                {TECHNIQUE_LABELS[c.technique]}: {DEMONSTRATION_LABELS[c.demonstration]}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}
