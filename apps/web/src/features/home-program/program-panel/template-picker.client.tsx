"use client";

import { useId, useState, type KeyboardEvent } from "react";

import type { ActivityKind } from "@carryover/domain/home-program";
import { Badge } from "@carryover/ui";

import { ActivityDetails } from "~/features/home-program/activity-editor/activity-details";
import { KIND_LABELS, KIND_TONES } from "~/features/home-program/activity-editor/labels";
import type { Template } from "~/features/home-program/templates/types";
import { plural } from "~/lib/words";
import { moveHighlight, searchLibrary } from "./template-picker";

/**
 * A searchable list of the library (a combobox: type to narrow, arrow keys to move, Enter to
 * preview, Enter again to add) beside a preview of the chosen template's steps, levels and dose.
 */
export function TemplatePicker({
  templates,
  templateId,
  onTemplateChange,
}: {
  templates: Template[];
  templateId: string;
  onTemplateChange: (templateId: string) => void;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [highlight, setHighlight] = useState(-1);
  const shown = searchLibrary(templates, query);
  const active = moveHighlight(highlight, "", shown.length);
  const chosen = templates.find((t) => t.id === templateId) ?? null;
  const optionId = (index: number) => `${id}-option-${index}`;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (["ArrowDown", "ArrowUp", "Home", "End"].includes(event.key) && shown.length > 0) {
      event.preventDefault();
      setHighlight(moveHighlight(active, event.key, shown.length));
      return;
    }
    const option = shown[active];
    // Enter on a template not yet chosen previews it; on the chosen one it submits the form (adds it).
    if (event.key === "Enter" && option && option.id !== templateId) {
      event.preventDefault();
      onTemplateChange(option.id);
    }
    if (event.key === "Escape" && query) {
      event.preventDefault();
      setQuery("");
      setHighlight(-1);
    }
  };

  return (
    // Sized by its container: the same panel sits beside the video in a live session.
    <div className="@container">
      <div className="grid gap-4 @2xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="flex min-w-0 flex-col gap-2">
          <label htmlFor={`${id}-search`} className="font-medium text-stone-900">
            Search the library
          </label>
          <input
            id={`${id}-search`}
            type="search"
            role="combobox"
            aria-expanded="true"
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={active >= 0 ? optionId(active) : undefined}
            aria-describedby={`${id}-hint ${id}-count`}
            autoComplete="off"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setHighlight(-1);
            }}
            onKeyDown={onKeyDown}
            className="min-h-11 rounded-lg border border-stone-300 px-3 py-2 text-base focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600"
          />
          <p id={`${id}-hint`} className="text-sm text-stone-600">
            By title, skill or technique. Arrow keys move through the list, Enter shows a preview.
          </p>
          <p id={`${id}-count`} className="text-sm text-stone-700" aria-live="polite">
            {query
              ? `${plural(shown.length, "activity", "activities")} match.`
              : `${plural(shown.length, "activity", "activities")} in the library.`}
          </p>
          <ul
            id={`${id}-list`}
            role="listbox"
            aria-label="Activities in the library"
            className="max-h-72 overflow-y-auto rounded-lg border border-stone-200 @2xl:max-h-[28rem]"
          >
            {shown.length === 0 ? (
              <li role="presentation" className="p-3 text-stone-600">
                Nothing in the library matches “{query}”. Try another word, or write a new activity.
              </li>
            ) : (
              shown.map((template, index) => (
                <li
                  key={template.id}
                  id={optionId(index)}
                  role="option"
                  aria-selected={template.id === templateId}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => {
                    setHighlight(index);
                    onTemplateChange(template.id);
                  }}
                  className={`flex min-h-11 cursor-pointer flex-col gap-0.5 border-b border-stone-100 px-3 py-2 last:border-b-0 ${
                    template.id === templateId
                      ? "bg-brand-50 ring-2 ring-brand-600 ring-inset"
                      : index === active
                        ? "bg-stone-100"
                        : "hover:bg-stone-50"
                  }`}
                >
                  <span className="font-medium text-stone-900">{template.content.title}</span>
                  <span className="text-sm text-stone-600">
                    {KIND_LABELS[template.kind as ActivityKind] ?? template.kind}
                    {template.content.goals.length ? ` · ${template.content.goals.join(", ")}` : ""}
                  </span>
                </li>
              ))
            )}
          </ul>
        </div>
        <TemplatePreview id={id} template={chosen} />
      </div>
    </div>
  );
}

/** The chosen template's steps, levels and dose, or what choosing one will show. */
function TemplatePreview({ id, template: chosen }: { id: string; template: Template | null }) {
  return (
    <section
      aria-labelledby={`${id}-preview`}
      aria-live="polite"
      className="min-w-0 rounded-lg border border-stone-200 bg-stone-50 p-4"
    >
      {chosen ? (
        <div className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center gap-2">
            <h3 id={`${id}-preview`} className="text-lg font-semibold text-stone-900">
              Preview: {chosen.content.title}
            </h3>
            <Badge tone={KIND_TONES[chosen.kind as ActivityKind]}>
              {KIND_LABELS[chosen.kind as ActivityKind] ?? chosen.kind}
            </Badge>
          </div>
          <ActivityDetails activity={chosen} headingAs="h4" />
        </div>
      ) : (
        <>
          <h3 id={`${id}-preview`} className="font-semibold text-stone-900">
            Preview
          </h3>
          <p className="mt-1 text-stone-600">
            Choose an activity to see its steps, levels and daily minutes before adding it. You can
            adjust it for this child after adding it.
          </p>
        </>
      )}
    </section>
  );
}
