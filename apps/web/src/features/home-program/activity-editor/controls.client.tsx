"use client";

import { useState, type ComponentProps, type ReactNode } from "react";

import { cn, SelectField, TextField, type SelectOption } from "@carryover/ui";

import type { ActivityFieldErrors } from "./activity-types";
import { fieldId } from "./validate-activity";

/** The id and message of the field at a dotted path. */
export function fieldAt(
  idPrefix: string,
  fieldErrors: ActivityFieldErrors | undefined,
  path: string,
) {
  return { id: fieldId(idPrefix, path), name: path, error: fieldErrors?.[path] };
}

const controlClasses = cn(
  "block min-h-11 w-full rounded-lg border bg-white px-3 py-2 text-base text-stone-900 shadow-sm",
  "placeholder:text-stone-500 disabled:cursor-not-allowed disabled:bg-stone-100",
  "focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-1 focus-visible:outline-hidden",
);

export type TextAreaFieldProps = Omit<ComponentProps<"textarea">, "id" | "name"> & {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

/** A labelled textarea styled like the other fields (@carryover/ui has none). */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  className,
  rows = 3,
  ...props
}: TextAreaFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={id} className="block font-medium text-stone-900">
        {label}
      </label>
      <textarea
        rows={rows}
        {...props}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={cn(controlClasses, "resize-y", error ? "border-red-700" : "border-stone-500")}
      />
      {hint ? (
        <p id={hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export type ItemTextProps = {
  id: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  maxLength: number;
  /** A textarea of this many rows; a one-line input without. */
  rows?: number;
};

/** The text of a one-input list item, labelled by the item's heading (a <label> for `id`). */
export function ItemText({ id, name, value, onChange, error, maxLength, rows }: ItemTextProps) {
  const errorId = error ? `${id}-error` : undefined;
  const shared = {
    id,
    name,
    value,
    maxLength,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": errorId,
    className: cn(controlClasses, error ? "border-red-700" : "border-stone-500"),
  };
  return (
    <div className="flex flex-col gap-1.5">
      {rows ? (
        <textarea {...shared} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...shared} type="text" onChange={(event) => onChange(event.target.value)} />
      )}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const parseNumber = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));
const formatNumber = (value: number) => (Number.isNaN(value) ? "" : String(value));

export type NumberFieldProps = Omit<
  ComponentProps<typeof TextField>,
  "value" | "onChange" | "type"
> & {
  value: number;
  /** NaN while the field is empty or not a number, so validation names the field. */
  onChange: (value: number) => void;
};

/** A number input that keeps what is typed ("", "1.") while the activity holds a number. */
export function NumberField({ value, onChange, ...props }: NumberFieldProps) {
  const [text, setText] = useState(() => formatNumber(value));
  const shown = Object.is(parseNumber(text), value) ? text : formatNumber(value);
  return (
    <TextField
      inputMode="numeric"
      {...props}
      type="number"
      value={shown}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseNumber(event.target.value));
      }}
    />
  );
}

export type ChoiceFieldProps<Value extends string> = Omit<
  ComponentProps<typeof SelectField>,
  "value" | "onChange" | "options"
> & {
  value: Value;
  onChange: (value: Value) => void;
  options: readonly (SelectOption & { value: Value })[];
};

/** A select over a closed set of values. */
export function ChoiceField<Value extends string>({
  value,
  onChange,
  options,
  ...props
}: ChoiceFieldProps<Value>) {
  return (
    <SelectField
      {...props}
      options={[...options]}
      value={value}
      onChange={(event) => {
        const chosen = options.find((option) => option.value === event.target.value);
        if (chosen) onChange(chosen.value);
      }}
    />
  );
}

/** Options for a closed set from its labels, in the order given. */
export function optionsOf<Value extends string>(
  values: readonly Value[],
  labels: Record<Value, string>,
): (SelectOption & { value: Value })[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** A group of fields with a visible heading, disabled as a whole when the editor is. */
export function FieldGroup({
  legend,
  description,
  disabled,
  error,
  errorId,
  className,
  children,
}: {
  legend: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
  error?: string;
  errorId?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <fieldset disabled={disabled} className={cn("min-w-0", className)}>
      <legend className="text-lg font-semibold text-stone-900">{legend}</legend>
      <div className="mt-1 flex flex-col gap-4">
        {description ? <p className="text-stone-600">{description}</p> : null}
        {error ? (
          <p id={errorId} className="text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
        {children}
      </div>
    </fieldset>
  );
}
