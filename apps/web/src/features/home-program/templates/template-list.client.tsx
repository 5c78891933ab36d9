"use client";

import { ACTIVITY_KINDS } from "@carryover/domain/home-program";
import { Badge, Button, cn, EmptyState, SelectField, TextField } from "@carryover/ui";

import { GoalChips } from "~/features/home-program/activity-editor/activity-details";
import {
  agesText,
  KIND_LABELS,
  KIND_TONES,
  minutesText,
  routineLabel,
} from "~/features/home-program/activity-editor/labels";
import {
  countByKind,
  filterTemplates,
  type KindFilter,
  type TemplateFilter,
} from "./template-filter";
import type { Template } from "./types";

export const openButtonId = (templateId: string) => `template-open-${templateId}`;

const isKindFilter = (value: string): value is KindFilter =>
  value === "all" || (ACTIVITY_KINDS as readonly string[]).includes(value);

/** Search and technique filter over the library, and the templates that match. */
export function TemplateList({
  templates,
  filter,
  onFilterChange,
  openId,
  onOpen,
}: {
  templates: readonly Template[];
  filter: TemplateFilter;
  onFilterChange: (next: TemplateFilter) => void;
  openId: string | null;
  onOpen: (templateId: string) => void;
}) {
  const { kind, query } = filter;
  const setQuery = (next: string) => onFilterChange({ ...filter, query: next });
  const setKind = (next: KindFilter) => onFilterChange({ ...filter, kind: next });
  const counts = countByKind(templates);
  const shown = filterTemplates(templates, { kind, query });
  const filtered = query.trim() !== "" || kind !== "all";

  const kindOptions = [
    { value: "all", label: `All techniques (${counts.all})` },
    ...ACTIVITY_KINDS.map((k) => ({ value: k, label: `${KIND_LABELS[k]} (${counts[k]})` })),
  ];

  return (
    <div className="flex flex-col gap-4">
      <div
        role="search"
        aria-label="Find a template"
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2"
      >
        <TextField
          label="Search"
          name="templateSearch"
          type="search"
          hint="By title or goal, such as “buttoning”."
          autoComplete="off"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <SelectField
          label="Technique"
          name="templateKind"
          options={kindOptions}
          value={kind}
          onChange={(event) => {
            if (isKindFilter(event.target.value)) setKind(event.target.value);
          }}
        />
      </div>
      <p aria-live="polite" className="text-sm text-stone-600">
        {filtered
          ? `Showing ${shown.length} of ${templates.length} templates.`
          : `${templates.length} ${templates.length === 1 ? "template" : "templates"}.`}
      </p>

      {shown.length === 0 ? (
        <EmptyState
          title="No templates match"
          description="Try another word, or look across all techniques."
          action={
            <Button
              type="button"
              variant="secondary"
              onClick={() => onFilterChange({ kind: "all", query: "" })}
            >
              Show all templates
            </Button>
          }
        />
      ) : (
        <ul aria-label="Activity templates" className="flex flex-col gap-3">
          {shown.map((template) => (
            <TemplateCard
              key={template.id}
              template={template}
              isOpen={template.id === openId}
              onOpen={() => onOpen(template.id)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function TemplateCard({
  template,
  isOpen,
  onOpen,
}: {
  template: Template;
  isOpen: boolean;
  onOpen: () => void;
}) {
  const { content, structure } = template;
  return (
    <li
      aria-current={isOpen ? "true" : undefined}
      className={cn(
        "flex flex-col gap-2 rounded-xl border bg-white p-4 shadow-sm",
        isOpen ? "border-brand-600 ring-1 ring-brand-600" : "border-stone-200",
      )}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 className="min-w-0 font-semibold text-stone-900">{content.title}</h2>
        <Badge tone={KIND_TONES[structure.kind]}>{KIND_LABELS[structure.kind]}</Badge>
      </div>
      <p className="text-stone-700">{content.summary}</p>
      <p className="text-sm text-stone-600">
        {minutesText(content.minutes)} a day · {agesText(content.ages)} ·{" "}
        {routineLabel(content.anchor)}
      </p>
      <GoalChips goals={content.goals} />
      <div>
        <Button
          type="button"
          variant={isOpen ? "primary" : "secondary"}
          size="sm"
          id={openButtonId(template.id)}
          aria-label={`Open ${content.title}`}
          onClick={onOpen}
        >
          Open
        </Button>
      </div>
    </li>
  );
}
