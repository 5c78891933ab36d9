"use client";

import type { FormAnswer, FormField } from "@carryover/domain/forms";
import { CheckboxField, cn, TextField } from "@carryover/ui";

type Props = {
  field: FormField;
  answer: FormAnswer | undefined;
  error?: string;
  onChange: (answer: FormAnswer | undefined) => void;
};

const controlClasses =
  "block min-h-28 w-full rounded-lg border bg-white px-3 py-2 text-base text-stone-900 shadow-sm focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden";

/** The id of a field's control, so an error can send the guardian straight to it. */
export const fieldControlId = (fieldId: string) => `field-${fieldId}`;

/** One question of a form as the guardian answers it: a label on every control, its error beside it. */
export function FormFieldInput({ field, answer, error, onChange }: Props) {
  const id = fieldControlId(field.id);
  const text = typeof answer === "string" || typeof answer === "number" ? String(answer) : "";
  switch (field.type) {
    case "text":
    case "signature":
    case "date":
      return (
        <TextField
          id={id}
          name={field.id}
          label={field.label}
          hint={field.help}
          error={error}
          required={field.required}
          type={field.type === "date" ? "date" : "text"}
          autoComplete={field.type === "signature" ? "name" : "off"}
          value={text}
          onChange={(event) => onChange(event.target.value || undefined)}
        />
      );
    case "number":
      return (
        <TextField
          id={id}
          name={field.id}
          label={field.label}
          hint={field.help}
          error={error}
          required={field.required}
          inputMode="decimal"
          value={text}
          onChange={(event) => onChange(numberOrText(event.target.value))}
        />
      );
    case "long_text":
      return <LongText id={id} field={field} text={text} error={error} onChange={onChange} />;
    case "choice":
      return <Choice field={field} answer={answer} error={error} onChange={onChange} />;
    case "checkboxes":
      return <Ticks field={field} answer={answer} error={error} onChange={onChange} />;
  }
}

function numberOrText(value: string): FormAnswer | undefined {
  if (value.trim() === "") return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : value;
}

function LongText({
  id,
  field,
  text,
  error,
  onChange,
}: {
  id: string;
  field: FormField;
  text: string;
  error?: string;
  onChange: Props["onChange"];
}) {
  const hintId = field.help ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="block font-medium text-stone-900">
        {field.label}
        {field.required ? (
          <span className="ml-1 text-sm font-normal text-stone-600">(required)</span>
        ) : null}
      </label>
      <textarea
        id={id}
        name={field.id}
        rows={4}
        value={text}
        required={field.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        onChange={(event) => onChange(event.target.value || undefined)}
        className={cn(controlClasses, error ? "border-red-700" : "border-stone-500")}
      />
      <FieldMessages hintId={hintId} hint={field.help} errorId={errorId} error={error} />
    </div>
  );
}

function FieldMessages(props: {
  hintId?: string;
  hint?: string;
  errorId?: string;
  error?: string;
}) {
  return (
    <>
      {props.hint ? (
        <p id={props.hintId} className="text-sm text-stone-600">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={props.errorId} className="text-sm font-medium text-red-700">
          {props.error}
        </p>
      ) : null}
    </>
  );
}

function Choice({
  field,
  answer,
  error,
  onChange,
}: Omit<Props, "onChange"> & Pick<Props, "onChange">) {
  const id = fieldControlId(field.id);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
      className="flex flex-col gap-2"
    >
      <legend className="mb-1 font-medium text-stone-900">
        {field.label}
        {field.required ? (
          <span className="ml-1 text-sm font-normal text-stone-600">(required)</span>
        ) : null}
      </legend>
      {(field.options ?? []).map((option) => (
        <label key={option} className="flex min-h-11 items-center gap-3">
          <input
            type="radio"
            name={field.id}
            value={option}
            checked={answer === option}
            onChange={() => onChange(option)}
            className="size-5 accent-brand-700"
          />
          <span>{option}</span>
        </label>
      ))}
      <FieldMessages errorId={`${id}-error`} error={error} />
    </fieldset>
  );
}

function Ticks({ field, answer, error, onChange }: Props) {
  const id = fieldControlId(field.id);
  const ticked = Array.isArray(answer) ? answer : [];
  const toggle = (option: string, on: boolean) => {
    const next = on ? [...ticked, option] : ticked.filter((o) => o !== option);
    onChange(next.length > 0 ? next : undefined);
  };
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
      className="flex flex-col gap-2"
    >
      <legend className="mb-1 font-medium text-stone-900">
        {field.label}
        {field.required ? (
          <span className="ml-1 text-sm font-normal text-stone-600">(required)</span>
        ) : null}
      </legend>
      {(field.options ?? []).map((option) => (
        <CheckboxField
          key={option}
          name={field.id}
          label={option}
          checked={ticked.includes(option)}
          onChange={(event) => toggle(option, event.target.checked)}
        />
      ))}
      <FieldMessages errorId={`${id}-error`} error={error} />
    </fieldset>
  );
}
