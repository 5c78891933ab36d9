"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";

import { ACTIVITY_KINDS, type ActivityKind } from "@carryover/domain/home-program";
import { Button } from "@carryover/ui";

import { KIND_DESCRIPTIONS, KIND_LABELS } from "~/features/home-program/activity-editor/labels";

/** The first step of a new template: which of the five techniques it is built on. */
export function NewTemplateChooser({
  onChoose,
  onCancel,
}: {
  onChoose: (kind: ActivityKind) => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [kind, setKind] = useState<ActivityKind>("ladder");

  useEffect(() => {
    heading.current?.focus();
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChoose(kind);
  }

  return (
    <form
      onSubmit={submit}
      aria-labelledby="new-template-heading"
      className="flex max-w-3xl flex-col gap-6 rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2
        ref={heading}
        id="new-template-heading"
        tabIndex={-1}
        className="text-xl font-semibold text-stone-900 focus:outline-none"
      >
        New template
      </h2>
      <fieldset className="min-w-0">
        <legend className="font-semibold text-stone-900">Which technique is it built on?</legend>
        <div className="mt-3 flex flex-col gap-2">
          {ACTIVITY_KINDS.map((k) => (
            <label
              key={k}
              htmlFor={`new-template-kind-${k}`}
              className="flex cursor-pointer gap-3 rounded-lg border border-stone-200 p-3 hover:bg-stone-50 has-checked:border-brand-600 has-checked:bg-brand-50"
            >
              <input
                type="radio"
                id={`new-template-kind-${k}`}
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
                aria-describedby={`new-template-kind-${k}-hint`}
                className="mt-0.5 size-5 shrink-0 cursor-pointer accent-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
              />
              <span className="flex flex-col gap-0.5">
                <span className="font-medium text-stone-900">{KIND_LABELS[k]}</span>
                <span id={`new-template-kind-${k}-hint`} className="text-sm text-stone-600">
                  {KIND_DESCRIPTIONS[k]}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap justify-end gap-3">
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit">Continue</Button>
      </div>
    </form>
  );
}
