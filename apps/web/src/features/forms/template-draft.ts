import type { FormContent, FormField, FormFieldType, FormSection } from "@carryover/domain/forms";

/** Moves the item at `index` one place up (-1) or down (+1); out of range, nothing moves. */
export function moved<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** An id not yet used in the form, for a new section or field. */
export function freshId(content: FormContent, prefix: string): string {
  const used = new Set(content.sections.flatMap((s) => [s.id, ...s.fields.map((f) => f.id)]));
  let n = 1;
  while (used.has(`${prefix}_${n}`)) n += 1;
  return `${prefix}_${n}`;
}

export const newField = (id: string): FormField => ({
  id,
  type: "text",
  label: "New question",
  required: false,
});

export const newSection = (id: string): FormSection => ({ id, title: "New section", fields: [] });

/** A field of another kind: choices keep their options, others drop them. */
export function retyped(field: FormField, type: FormFieldType): FormField {
  const { options, ...rest } = field;
  return type === "choice" || type === "checkboxes"
    ? { ...rest, type, options: options?.length ? options : ["Yes", "No"] }
    : { ...rest, type };
}

export const FIELD_TYPE_LABELS: Record<FormFieldType, string> = {
  text: "Short text",
  long_text: "Long text",
  choice: "One choice",
  checkboxes: "Checkboxes",
  date: "Date",
  number: "Number",
  signature: "Typed signature",
};
