"use client";

import { MODALITIES } from "@carryover/domain/scheduling";
import { Card, CheckboxField, SelectField } from "@carryover/ui";

import { MODALITY_LABELS_FOR_STAFF } from "~/features/scheduling/labels";
import { longDate } from "~/lib/time";
import { PLACE_OF_SERVICE_LABELS } from "./labels";
import type { VisitContent } from "./visit-note-model";

type Guardian = { id: string; name: string };
type Edit = (change: (c: VisitContent) => VisitContent) => void;

/** When, where, how and who: the facts a payer reads first. */
export function VisitFacts({
  serviceOn,
  content,
  childName,
  guardians,
  edit,
  onBlur,
}: {
  serviceOn: string;
  content: VisitContent;
  childName: string;
  guardians: Guardian[];
  edit: Edit;
  onBlur: () => void;
}) {
  const toggleGuardian = (id: string, on: boolean) =>
    edit((c) => ({
      ...c,
      attended: {
        ...c.attended,
        guardianIds: on
          ? [...c.attended.guardianIds, id]
          : c.attended.guardianIds.filter((g) => g !== id),
      },
    }));
  return (
    <Card title="The visit" titleAs="h2">
      <div className="grid gap-4 md:grid-cols-3" onBlur={onBlur}>
        <div>
          <p className="font-medium text-stone-900">Date of service</p>
          <p className="text-stone-800">{longDate(serviceOn)}</p>
        </div>
        <SelectField
          label="Place of service"
          name="placeOfService"
          value={content.placeOfService}
          onChange={(e) =>
            edit((c) => ({
              ...c,
              placeOfService: e.target.value as VisitContent["placeOfService"],
            }))
          }
          options={Object.entries(PLACE_OF_SERVICE_LABELS).map(([value, label]) => ({
            value,
            label,
          }))}
        />
        <SelectField
          label="Modality"
          name="modality"
          value={content.modality}
          onChange={(e) =>
            edit((c) => ({ ...c, modality: e.target.value as VisitContent["modality"] }))
          }
          options={MODALITIES.map((m) => ({ value: m, label: MODALITY_LABELS_FOR_STAFF[m] }))}
        />
      </div>
      <fieldset id="note-attended" tabIndex={-1} className="mt-4" onBlur={onBlur}>
        <legend className="font-medium text-stone-900">Who attended</legend>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          <CheckboxField
            label={childName}
            checked={content.attended.child}
            onChange={(e) =>
              edit((c) => ({ ...c, attended: { ...c.attended, child: e.target.checked } }))
            }
          />
          {guardians.map((g) => (
            <CheckboxField
              key={g.id}
              label={g.name}
              checked={content.attended.guardianIds.includes(g.id)}
              onChange={(e) => toggleGuardian(g.id, e.target.checked)}
            />
          ))}
        </div>
      </fieldset>
    </Card>
  );
}
