"use client";

import { useId, type ComponentProps, type ReactNode } from "react";

import { cn } from "./cn";

const controlClasses = cn(
  "block min-h-11 w-full rounded-lg border bg-white px-3 py-2 text-base text-stone-900 shadow-sm",
  "placeholder:text-stone-500 disabled:cursor-not-allowed disabled:bg-stone-100",
  "focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-1 focus-visible:outline-hidden",
);

function borderFor(error: string | undefined) {
  return error ? "border-red-700" : "border-stone-500";
}

function useFieldIds(id: string | undefined, hint: ReactNode, error: string | undefined) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return { controlId, hintId, errorId, describedBy };
}

type LabelProps = { htmlFor: string; required?: boolean; children: ReactNode };

function Label({ htmlFor, required, children }: LabelProps) {
  return (
    <label htmlFor={htmlFor} className="block font-medium text-stone-900">
      {children}
      {required && (
        <span aria-hidden="true" className="ml-1 text-sm font-normal text-stone-600">
          (required)
        </span>
      )}
    </label>
  );
}

type MessagesProps = { hintId?: string; hint?: ReactNode; errorId?: string; error?: string };

function Messages({ hintId, hint, errorId, error }: MessagesProps) {
  return (
    <>
      {hint && (
        <p id={hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </>
  );
}

export type TextFieldProps = Omit<ComponentProps<"input">, "name"> & {
  label: string;
  name: string;
  hint?: ReactNode;
  error?: string;
};

export function TextField({
  label,
  hint,
  error,
  id,
  className,
  required,
  ...props
}: TextFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <Label htmlFor={ids.controlId} required={required}>
        {label}
      </Label>
      <input
        type="text"
        {...props}
        id={ids.controlId}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={cn(controlClasses, borderFor(error))}
      />
      <Messages {...ids} hint={hint} error={error} />
    </div>
  );
}

export type SelectOption = { value: string; label: string };

export type SelectFieldProps = Omit<ComponentProps<"select">, "name" | "children"> & {
  label: string;
  name: string;
  options: SelectOption[];
  hint?: ReactNode;
  error?: string;
};

export function SelectField({
  label,
  options,
  hint,
  error,
  id,
  className,
  required,
  ...props
}: SelectFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <Label htmlFor={ids.controlId} required={required}>
        {label}
      </Label>
      <select
        {...props}
        id={ids.controlId}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={cn(controlClasses, borderFor(error))}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Messages {...ids} hint={hint} error={error} />
    </div>
  );
}

export type CheckboxFieldProps = Omit<ComponentProps<"input">, "type"> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

export function CheckboxField({ label, hint, error, id, className, ...props }: CheckboxFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label
        htmlFor={ids.controlId}
        className="flex min-h-11 cursor-pointer items-center gap-3 text-stone-900"
      >
        <input
          {...props}
          type="checkbox"
          id={ids.controlId}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          className={cn(
            "size-5 shrink-0 cursor-pointer accent-brand-700",
            "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
          )}
        />
        {label}
      </label>
      {(hint || error) && (
        <div className="flex flex-col gap-1 pl-8">
          <Messages {...ids} hint={hint} error={error} />
        </div>
      )}
    </div>
  );
}
