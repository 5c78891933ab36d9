"use client";

import type { FormEvent } from "react";

import { Button, SelectField, TextField } from "@carryover/ui";

import type { AuditFilterErrors } from "./audit-filter-state";
import type { AuditFilters } from "./audit-filters";
import { AUDIT_ACTION_LABELS, AUDIT_GROUP_LABELS, ENTITY_TYPE_LABELS } from "./labels";
import type { AuditChild, AuditPerson } from "./types";

const GROUP_OPTIONS = [
  { value: "", label: "Every kind of event" },
  ...Object.entries(AUDIT_GROUP_LABELS).map(([value, label]) => ({ value, label })),
];
const ACTION_OPTIONS = [
  { value: "", label: "Any action" },
  ...Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label })),
];
const ENTITY_TYPE_OPTIONS = [
  { value: "", label: "Any kind of record" },
  ...Object.entries(ENTITY_TYPE_LABELS).map(([value, label]) => ({ value, label })),
];

/** An action from a link that the labels do not know is still offered, under its own name. */
const actionOptions = (action: string) =>
  action && !AUDIT_ACTION_LABELS[action]
    ? [...ACTION_OPTIONS, { value: action, label: action }]
    : ACTION_OPTIONS;

export function AuditFilterForm({
  people,
  clinicChildren,
  draft,
  errors,
  canClear,
  onEdit,
  onApply,
  onClear,
}: {
  people: AuditPerson[];
  clinicChildren: AuditChild[];
  draft: AuditFilters;
  errors: AuditFilterErrors;
  canClear: boolean;
  onEdit: (key: keyof AuditFilters, value: string) => void;
  onApply: (event: FormEvent<HTMLFormElement>) => void;
  onClear: () => void;
}) {
  return (
    <form
      onSubmit={onApply}
      noValidate
      aria-labelledby="audit-filters-heading"
      className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id="audit-filters-heading" className="text-lg font-semibold text-stone-900">
        Filter events
      </h2>
      <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <SelectField
          label="Kind of event"
          name="group"
          options={GROUP_OPTIONS}
          value={draft.group}
          onChange={(event) => onEdit("group", event.target.value)}
        />
        <SelectField
          label="Action"
          name="action"
          options={actionOptions(draft.action)}
          value={draft.action}
          onChange={(event) => onEdit("action", event.target.value)}
        />
        <SelectField
          label="Person"
          name="actorId"
          options={[
            { value: "", label: "Anyone" },
            ...people.map((person) => ({ value: person.id, label: person.label })),
          ]}
          value={draft.actorId}
          onChange={(event) => onEdit("actorId", event.target.value)}
        />
        <SelectField
          label="Child"
          name="childId"
          options={[
            { value: "", label: "Any child" },
            ...clinicChildren.map((child) => ({ value: child.id, label: child.label })),
          ]}
          value={draft.childId}
          onChange={(event) => onEdit("childId", event.target.value)}
          error={errors.childId}
        />
        <SelectField
          label="Kind of record"
          name="entityType"
          options={ENTITY_TYPE_OPTIONS}
          value={draft.entityType}
          onChange={(event) => onEdit("entityType", event.target.value)}
        />
        <TextField
          label="Record id"
          name="entityId"
          autoComplete="off"
          spellCheck={false}
          value={draft.entityId}
          onChange={(event) => onEdit("entityId", event.target.value)}
          error={errors.entityId}
          hint="The full id, for example from a child's page address."
        />
        <TextField
          label="From"
          name="from"
          type="date"
          value={draft.from}
          onChange={(event) => onEdit("from", event.target.value)}
          error={errors.from}
        />
        <TextField
          label="To"
          name="to"
          type="date"
          min={draft.from || undefined}
          value={draft.to}
          onChange={(event) => onEdit("to", event.target.value)}
          error={errors.to}
          hint="Includes the whole day."
        />
      </div>
      <div className="mt-5 flex flex-col gap-3 sm:flex-row">
        <Button type="submit">Show events</Button>
        <Button type="button" variant="secondary" onClick={onClear} disabled={!canClear}>
          Clear filters
        </Button>
      </div>
    </form>
  );
}
