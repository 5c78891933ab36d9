"use client";

import type { Activity } from "@carryover/domain/home-program";
import { Badge } from "@carryover/ui";

import type { EditorProps } from "./activity-types";
import { ContentEditor } from "./content-editor.client";
import { KIND_DESCRIPTIONS, KIND_LABELS, KIND_TONES } from "./labels";
import { StructureEditor } from "./structure-editor.client";

export type ActivityEditorProps = EditorProps<Activity>;

/**
 * A whole activity: what the family reads, then the technique's settings. Controlled: the caller
 * holds the activity, validates it (`validateActivity`) and passes back `fieldErrors` by path.
 */
export function ActivityEditor({
  value,
  onChange,
  fieldErrors,
  idPrefix,
  disabled,
}: ActivityEditorProps) {
  const kind = value.structure.kind;
  return (
    <div className="flex flex-col gap-10">
      <ContentEditor
        value={value.content}
        onChange={(content) => onChange({ ...value, content })}
        fieldErrors={fieldErrors}
        idPrefix={idPrefix}
        disabled={disabled}
      />
      <section aria-labelledby={`${idPrefix}-technique`} className="flex flex-col gap-6">
        <div className="flex flex-col gap-2 border-t border-stone-200 pt-6">
          <h3 id={`${idPrefix}-technique`} className="text-lg font-semibold text-stone-900">
            How it's built
          </h3>
          <div>
            <Badge tone={KIND_TONES[kind]}>{KIND_LABELS[kind]}</Badge>
          </div>
          <p className="text-stone-600">{KIND_DESCRIPTIONS[kind]}</p>
        </div>
        <StructureEditor
          value={value.structure}
          onChange={(structure) => onChange({ ...value, structure })}
          fieldErrors={fieldErrors}
          idPrefix={idPrefix}
          disabled={disabled}
        />
      </section>
    </div>
  );
}
