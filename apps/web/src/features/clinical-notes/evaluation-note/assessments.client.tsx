"use client";

import {
  COMMON_ASSESSMENT_TOOLS,
  type AssessmentGiven,
  type EvaluationContent,
} from "@carryover/domain/clinical-notes";
import { Button, Card } from "@carryover/ui";

import { INPUT, TEXTAREA } from "../note-editor/labels";
import { newAssessment, removeAt, setAssessment } from "./evaluation-model";

type Edit = (change: (c: EvaluationContent) => EvaluationContent) => void;

/** The standardized assessments given: free entries, the common pediatric tools suggested. */
export function Assessments({
  content,
  givenOn,
  edit,
  onBlur,
}: {
  content: EvaluationContent;
  /** The date a new entry starts with: the evaluation's. */
  givenOn: string;
  edit: Edit;
  onBlur: () => void;
}) {
  const change = (index: number, part: Partial<AssessmentGiven>) =>
    edit((c) => setAssessment(c, index, part));
  const add = () => {
    edit((c) => ({ ...c, assessments: [...c.assessments, newAssessment(givenOn)] }));
    const id = `assessment-${content.assessments.length}-name`;
    setTimeout(() => document.getElementById(id)?.focus(), 0);
  };
  return (
    <Card
      title="Standardized assessments"
      titleAs="h2"
      description="Type a name or choose a common tool from the suggestions."
    >
      <datalist id="assessment-tools">
        {COMMON_ASSESSMENT_TOOLS.map((tool) => (
          <option key={tool} value={tool} />
        ))}
      </datalist>
      {content.assessments.length === 0 ? (
        <p className="text-stone-700">No assessment listed.</p>
      ) : null}
      <ol className="flex flex-col gap-4" onBlur={onBlur}>
        {content.assessments.map((assessment, index) => {
          const id = (part: string) => `assessment-${index}-${part}`;
          return (
            <li key={index}>
              <fieldset className="grid gap-3 rounded-lg border border-stone-200 p-3 sm:grid-cols-[1fr_11rem]">
                <legend className="px-1 font-medium text-stone-900">Assessment {index + 1}</legend>
                <div className="flex flex-col gap-1">
                  <label htmlFor={id("name")} className="text-sm font-medium text-stone-800">
                    Name
                  </label>
                  <input
                    id={id("name")}
                    list="assessment-tools"
                    value={assessment.name}
                    onChange={(e) => change(index, { name: e.target.value })}
                    className={INPUT}
                  />
                </div>
                <div className="flex flex-col gap-1">
                  <label htmlFor={id("date")} className="text-sm font-medium text-stone-800">
                    Date given
                  </label>
                  <input
                    id={id("date")}
                    type="date"
                    value={assessment.givenOn}
                    onChange={(e) => change(index, { givenOn: e.target.value })}
                    className={INPUT}
                  />
                </div>
                <div className="flex flex-col gap-1 sm:col-span-2">
                  <label htmlFor={id("scores")} className="text-sm font-medium text-stone-800">
                    Scores
                  </label>
                  <input
                    id={id("scores")}
                    value={assessment.scores}
                    onChange={(e) => change(index, { scores: e.target.value })}
                    className={INPUT}
                  />
                </div>
                <div className="flex flex-col gap-1 sm:col-span-2">
                  <label
                    htmlFor={id("interpretation")}
                    className="text-sm font-medium text-stone-800"
                  >
                    Interpretation
                  </label>
                  <textarea
                    id={id("interpretation")}
                    rows={2}
                    value={assessment.interpretation}
                    onChange={(e) => change(index, { interpretation: e.target.value })}
                    className={TEXTAREA}
                  />
                </div>
                <div className="sm:col-span-2">
                  <Button
                    type="button"
                    variant="secondary"
                    size="sm"
                    onClick={() =>
                      edit((c) => ({ ...c, assessments: removeAt(c.assessments, index) }))
                    }
                  >
                    Remove assessment {index + 1}
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button type="button" variant="secondary" className="mt-3" onClick={add}>
        Add an assessment
      </Button>
    </Card>
  );
}
