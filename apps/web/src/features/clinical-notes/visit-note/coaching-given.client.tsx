"use client";

import { DEMONSTRATIONS } from "@carryover/domain/clinical-notes";
import { ACTIVITY_KINDS, type ActivityKind } from "@carryover/domain/home-program";
import { Button, Card, DescriptionList } from "@carryover/ui";

import { plural } from "~/lib/words";
import { SELECT } from "../note-editor/labels";
import { DEMONSTRATION_LABELS, TECHNIQUE_LABELS } from "./labels";
import type { VisitContent } from "./visit-note-model";

type Edit = (change: (c: VisitContent) => VisitContent) => void;
type Coaching = VisitContent["coaching"][number];

/** Each technique coached, and how the caregiver showed it back. */
export function CoachingGiven({
  content,
  edit,
  onBlur,
}: {
  content: VisitContent;
  edit: Edit;
  onBlur: () => void;
}) {
  const change = (index: number, next: Partial<Coaching>) =>
    edit((c) => ({
      ...c,
      coaching: c.coaching.map((item, i) => (i === index ? { ...item, ...next } : item)),
    }));
  return (
    <Card title="Coaching given" titleAs="h2">
      <div className="flex flex-col gap-4" onBlur={onBlur}>
        {content.coaching.length === 0 ? (
          <p className="text-stone-700">No technique recorded yet.</p>
        ) : null}
        {content.coaching.map((item, index) => (
          <fieldset
            key={index}
            className="flex flex-wrap items-end gap-4 rounded-lg border border-stone-200 p-3"
          >
            <legend className="sr-only">Technique {index + 1}</legend>
            <label className="flex flex-col gap-1 font-medium text-stone-900">
              Technique
              <select
                value={item.technique}
                onChange={(e) => change(index, { technique: e.target.value as ActivityKind })}
                className={SELECT}
              >
                {ACTIVITY_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {TECHNIQUE_LABELS[kind]}
                  </option>
                ))}
              </select>
            </label>
            <div role="radiogroup" aria-label={`How the caregiver did technique ${index + 1}`}>
              <p className="font-medium text-stone-900">Caregiver&apos;s demonstration</p>
              <div className="mt-1 flex gap-4">
                {DEMONSTRATIONS.map((d) => (
                  <label key={d} className="flex items-center gap-2 text-stone-900">
                    <input
                      type="radio"
                      name={`coaching-${index}`}
                      checked={item.demonstration === d}
                      onChange={() => change(index, { demonstration: d })}
                      className="size-4 accent-brand-700"
                    />
                    {DEMONSTRATION_LABELS[d]}
                  </label>
                ))}
              </div>
            </div>
            <Button
              type="button"
              size="sm"
              variant="ghost"
              onClick={() =>
                edit((c) => ({ ...c, coaching: c.coaching.filter((_, i) => i !== index) }))
              }
            >
              Remove technique {index + 1}
            </Button>
          </fieldset>
        ))}
        <div>
          <Button
            type="button"
            size="sm"
            variant="secondary"
            disabled={content.coaching.length >= 10}
            onClick={() =>
              edit((c) => ({
                ...c,
                coaching: [...c.coaching, { technique: "ladder", demonstration: "with_cues" }],
              }))
            }
          >
            Add a technique
          </Button>
        </div>
      </div>
    </Card>
  );
}

/** What the session counted, as it counted it: facts, not for editing. */
export function SessionCounts({ content }: { content: VisitContent }) {
  const items = [
    ...content.trials.map((t) => ({
      term: t.title,
      detail: `${t.successes} of ${plural(t.attempts, "trial")}`,
    })),
    ...(content.commenting
      ? [
          {
            term: "Descriptive commenting",
            detail: `${content.commenting.descriptive} described, ${content.commenting.directive} directed`,
          },
        ]
      : []),
  ];
  return (
    <Card title="What the session counted" titleAs="h2">
      {items.length === 0 && content.programChanges.length === 0 ? (
        <p className="text-stone-700">Nothing was counted during this visit.</p>
      ) : null}
      {items.length ? <DescriptionList items={items} /> : null}
      {content.programChanges.length ? (
        <>
          <h3 className="mt-4 font-semibold text-stone-900">Home program changes</h3>
          <ul className="mt-1 list-disc pl-6 text-stone-900">
            {content.programChanges.map((change, i) => (
              <li key={i}>{change}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
