"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";

import type { Activity } from "@carryover/domain/home-program";
import { Alert, Button, ConfirmButton } from "@carryover/ui";

import { ActivityEditor } from "~/features/home-program/activity-editor/activity-editor.client";
import type { ActivityFieldErrors } from "~/features/home-program/activity-editor/activity-types";
import { KIND_LABELS } from "~/features/home-program/activity-editor/labels";
import {
  fieldId,
  validateActivity,
} from "~/features/home-program/activity-editor/validate-activity";
import { fieldsInWords, useSaveTemplate } from "./use-save-template.client";

const ID_PREFIX = "template";
const PROBLEM_ID = `${ID_PREFIX}-form-problem`;

/** Focuses the first field in error, in the order they appear, or else the message above the form. */
function focusFirstError(errors: ActivityFieldErrors) {
  requestAnimationFrame(() => {
    const fields = Object.keys(errors)
      .map((path) => document.getElementById(fieldId(ID_PREFIX, path)))
      .filter((element): element is HTMLElement => element !== null)
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    (fields[0] ?? document.getElementById(PROBLEM_ID))?.focus();
  });
}

/** Writes a new template or changes one: checked here first, then by the server. */
export function TemplateForm({
  templateId,
  initial,
  onSaved,
  onCancel,
}: {
  /** Absent for a new template. */
  templateId?: string;
  initial: Activity;
  onSaved: (templateId: string, title: string) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<ActivityFieldErrors | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [initialJson] = useState(() => JSON.stringify(initial));
  const dirty = JSON.stringify(draft) !== initialJson;
  const { save, pending } = useSaveTemplate({
    onSaved,
    onRefused: (fieldErrors, message) => {
      if (fieldErrors) setErrors(fieldErrors);
      setProblem(message);
      focusFirstError(fieldErrors ?? {});
    },
  });

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  function change(next: Activity) {
    setDraft(next);
    // Once a save has been refused, messages clear as each field is put right.
    if (errors) {
      const result = validateActivity(next);
      setErrors(result.ok ? {} : result.fieldErrors);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const result = validateActivity(draft);
    if (!result.ok) {
      const count = Object.keys(result.fieldErrors).length;
      setErrors(result.fieldErrors);
      setProblem(
        `${fieldsInWords(count)} before the template can be saved: see the messages beside them.`,
      );
      focusFirstError(result.fieldErrors);
      return;
    }
    setErrors({});
    save(templateId, result.activity);
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby={`${ID_PREFIX}-form-heading`}
      className="flex max-w-3xl flex-col gap-6"
    >
      <TemplateFormHeading
        title={
          templateId
            ? `Edit “${initial.content.title}”`
            : `New template: ${KIND_LABELS[draft.structure.kind]}`
        }
        isNew={!templateId}
      />
      <div id={PROBLEM_ID} tabIndex={-1} className="focus:outline-none">
        {problem ? <Alert tone="error">{problem}</Alert> : null}
      </div>

      <div className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
        <ActivityEditor
          value={draft}
          onChange={change}
          fieldErrors={errors ?? undefined}
          idPrefix={ID_PREFIX}
          disabled={pending}
        />
      </div>

      <TemplateFormActions
        dirty={dirty}
        pending={pending}
        saveLabel={templateId ? "Save changes" : "Save template"}
        onCancel={onCancel}
      />
    </form>
  );
}

/** The form's heading, focused when the form opens. */
function TemplateFormHeading({ title, isNew }: { title: string; isNew: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <div className="flex flex-col gap-2">
      <h2
        ref={heading}
        id={`${ID_PREFIX}-form-heading`}
        tabIndex={-1}
        className="text-xl font-semibold text-stone-900 focus:outline-none"
      >
        {title}
      </h2>
      <p className="text-stone-600">
        {isNew
          ? "Starting words are filled in for you. Give it a title and make the words your own."
          : "Changes apply to the template only. Programs already built from it keep their own version."}
      </p>
    </div>
  );
}

/** Cancel (asking first when there are changes) and save, kept in view at the bottom. */
function TemplateFormActions({
  dirty,
  pending,
  saveLabel,
  onCancel,
}: {
  dirty: boolean;
  pending: boolean;
  saveLabel: string;
  onCancel: () => void;
}) {
  return (
    <div className="sticky bottom-0 flex flex-wrap items-center justify-end gap-3 border-t border-stone-200 bg-stone-50/95 py-3">
      {dirty ? (
        <p className="mr-auto text-sm font-medium text-amber-900">You have unsaved changes.</p>
      ) : null}
      {dirty ? (
        <ConfirmButton
          title="Leave without saving?"
          description="Your changes to this template will be lost."
          confirmLabel="Discard changes"
          cancelLabel="Keep editing"
          onConfirm={onCancel}
          disabled={pending}
        >
          Cancel
        </ConfirmButton>
      ) : (
        <Button type="button" variant="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
      )}
      <Button type="submit" busy={pending}>
        {saveLabel}
      </Button>
    </div>
  );
}
