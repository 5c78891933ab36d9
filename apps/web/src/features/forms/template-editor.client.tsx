"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { FORM_FIELD_TYPES, type FormContent, type FormField } from "@carryover/domain/forms";
import {
  Alert,
  Button,
  Card,
  CheckboxField,
  PageHeader,
  SelectField,
  TextField,
} from "@carryover/ui";

import { ListSkeleton, QueryError } from "~/lib/query-state";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { FIELD_TYPE_LABELS, freshId, moved, newField, newSection, retyped } from "./template-draft";

type Template = {
  id: string;
  title: string;
  description: string;
  version: number;
  content: FormContent;
};

/** The clinic's forms, each edited as sections of questions; forms already sent keep their wording. */
export function TemplateEditor() {
  const trpc = useTRPC();
  const templates = useQuery(trpc.form.templates.queryOptions());
  const [openId, setOpenId] = useState<string | null>(null);
  const header = (
    <PageHeader
      title="Forms"
      description="The intake and consents families fill in and sign. Changes apply to forms you send from now on."
    />
  );
  if (templates.isPending)
    return (
      <>
        {header}
        <ListSkeleton label="Loading forms" />
      </>
    );
  if (templates.isError)
    return (
      <>
        {header}
        <QueryError
          error={templates.error}
          what="the forms"
          onRetry={() => void templates.refetch()}
        />
      </>
    );
  const open = templates.data.find((t) => t.id === openId);
  return (
    <div className="flex flex-col gap-6">
      {header}
      <ul aria-label="The clinic's forms" className="flex flex-col gap-2">
        {templates.data.map((t) => (
          <li
            key={t.id}
            className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-stone-200 bg-white px-4 py-3"
          >
            <span>
              <span className="font-medium">{t.title}</span>
              <span className="block text-sm text-stone-600">{t.description}</span>
            </span>
            <Button type="button" variant="secondary" size="sm" onClick={() => setOpenId(t.id)}>
              Edit {t.title}
            </Button>
          </li>
        ))}
      </ul>
      {open ? (
        <Editor key={`${open.id}-${open.version}`} template={open} onDone={() => setOpenId(null)} />
      ) : null}
    </div>
  );
}

function Editor({ template, onDone }: { template: Template; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(template.title);
  const [description, setDescription] = useState(template.description);
  const [content, setContent] = useState(template.content);
  const [problem, setProblem] = useState<string | null>(null);
  const update = useMutation(
    trpc.form.updateTemplate.mutationOptions({
      onSuccess: () =>
        void queryClient.invalidateQueries({ queryKey: trpc.form.templates.queryKey() }),
    }),
  );
  const sections = content.sections;
  const setSections = (next: FormContent["sections"]) => setContent({ sections: next });
  async function save(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      await update.mutateAsync({
        templateId: template.id,
        version: template.version,
        title,
        description,
        content,
      });
      onDone();
    } catch (failure) {
      const described = describeError(failure);
      setProblem(described.field ? `${described.field}: ${described.message}` : described.message);
    }
  }

  return (
    <form
      onSubmit={(event) => void save(event)}
      aria-label={`Edit ${template.title}`}
      className="flex flex-col gap-5"
    >
      <Card title={`Editing ${template.title}`}>
        <div className="flex flex-col gap-4">
          <TextField
            name="title"
            label="Title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <TextField
            name="description"
            label="Description"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
      </Card>
      {sections.map((section, s) => (
        <SectionEditor
          key={section.id}
          section={section}
          place={s + 1}
          newFieldId={() => freshId(content, "field")}
          onChange={(next) =>
            setSections(
              next
                ? sections.map((x, i) => (i === s ? next : x))
                : sections.filter((_, i) => i !== s),
            )
          }
          onMove={(by) => setSections(moved(sections, s, by))}
        />
      ))}
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          variant="secondary"
          onClick={() => setSections([...sections, newSection(freshId(content, "section"))])}
        >
          Add a section
        </Button>
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? "Saving…" : "Save the form"}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
      {problem ? (
        <Alert tone="error" title="Not saved">
          {problem}
        </Alert>
      ) : null}
    </form>
  );
}

type Section = FormContent["sections"][number];

type SectionEditorProps = {
  section: Section;
  place: number;
  newFieldId: () => string;
  onChange: (section: Section | null) => void;
  onMove: (by: -1 | 1) => void;
};

function SectionEditor({ section, place, newFieldId, onChange, onMove }: SectionEditorProps) {
  const setFields = (fields: FormField[]) => onChange({ ...section, fields });
  return (
    <Card title={`Section ${place}`} titleAs="h3">
      <div className="flex flex-col gap-4">
        <TextField
          name={`section-${section.id}-title`}
          label={`Section ${place} title`}
          value={section.title}
          onChange={(e) => onChange({ ...section, title: e.target.value })}
        />
        <div className="flex flex-wrap gap-2">
          <Button type="button" size="sm" variant="secondary" onClick={() => onMove(-1)}>
            Move section {place} up
          </Button>
          <Button type="button" size="sm" variant="secondary" onClick={() => onMove(1)}>
            Move section {place} down
          </Button>
          <Button type="button" size="sm" variant="secondary" onClick={() => onChange(null)}>
            Remove section {place}
          </Button>
        </div>
        {section.fields.map((field, f) => (
          <FieldEditor
            key={field.id}
            field={field}
            place={`${place}.${f + 1}`}
            onChange={(next) =>
              setFields(
                next
                  ? section.fields.map((old, j) => (j === f ? next : old))
                  : section.fields.filter((_, j) => j !== f),
              )
            }
            onMove={(by) => setFields(moved(section.fields, f, by))}
          />
        ))}
        <div>
          <Button
            type="button"
            size="sm"
            onClick={() => setFields([...section.fields, newField(newFieldId())])}
          >
            Add a question to section {place}
          </Button>
        </div>
      </div>
    </Card>
  );
}

type FieldEditorProps = {
  field: FormField;
  place: string;
  onChange: (field: FormField | null) => void;
  onMove: (by: -1 | 1) => void;
};

function FieldEditor({ field, place, onChange, onMove }: FieldEditorProps) {
  const hasOptions = field.type === "choice" || field.type === "checkboxes";
  return (
    <fieldset className="flex flex-col gap-3 rounded-lg border border-stone-300 p-3">
      <legend className="px-1 font-medium">Question {place}</legend>
      <TextField
        name={`label-${field.id}`}
        label={`Question ${place} wording`}
        value={field.label}
        onChange={(e) => onChange({ ...field, label: e.target.value })}
      />
      <SelectField
        name={`type-${field.id}`}
        label={`Question ${place} kind`}
        value={field.type}
        options={FORM_FIELD_TYPES.map((type) => ({ value: type, label: FIELD_TYPE_LABELS[type] }))}
        onChange={(e) => onChange(retyped(field, e.target.value as FormField["type"]))}
      />
      {hasOptions ? (
        <label className="flex flex-col gap-1.5">
          <span className="font-medium">Question {place} options, one per line</span>
          <textarea
            rows={3}
            value={(field.options ?? []).join("\n")}
            onChange={(e) => onChange({ ...field, options: e.target.value.split("\n") })}
            className="rounded-lg border border-stone-500 px-3 py-2"
          />
        </label>
      ) : null}
      <CheckboxField
        name={`required-${field.id}`}
        label={`Question ${place} is required`}
        checked={field.required}
        onChange={(e) => onChange({ ...field, required: e.target.checked })}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="button" size="sm" variant="secondary" onClick={() => onMove(-1)}>
          Move question {place} up
        </Button>
        <Button type="button" size="sm" variant="secondary" onClick={() => onMove(1)}>
          Move question {place} down
        </Button>
        <Button type="button" size="sm" variant="secondary" onClick={() => onChange(null)}>
          Remove question {place}
        </Button>
      </div>
    </fieldset>
  );
}
