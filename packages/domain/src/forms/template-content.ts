import { z } from "zod";

import { storableText } from "../bounds";
import { FORM_FIELD_TYPES } from "./form-content";

const Id = z
  .string()
  .regex(/^[a-z0-9_-]{1,60}$/, "Use lowercase letters, digits, - and _ for an id");
const Words = (max: number, empty: string) =>
  storableText(max, `Keep it under ${max} characters`).pipe(z.string().trim().min(1, empty));

const FieldInput = z
  .object({
    id: Id,
    type: z.enum(FORM_FIELD_TYPES, "Choose a kind of field"),
    label: Words(300, "Give the field a label"),
    required: z.boolean(),
    help: storableText(1000, "Keep the help under 1000 characters").optional(),
    options: z.array(Words(200, "Name the option")).max(40, "Offer at most 40 options").optional(),
  })
  .refine(
    (field) =>
      !(field.type === "choice" || field.type === "checkboxes") || (field.options ?? []).length > 0,
    { message: "Give this field at least one option", path: ["options"] },
  );

const SectionInput = z.object({
  id: Id,
  title: Words(200, "Give the section a title"),
  intro: storableText(10_000, "Keep the introduction under 10,000 characters").optional(),
  fields: z.array(FieldInput).max(80, "A section holds at most 80 fields"),
});

/** A form's content as the clinic edits it: every field id unique within the form. */
export const FormContentInput = z
  .object({
    sections: z
      .array(SectionInput)
      .min(1, "A form needs at least one section")
      .max(30, "A form holds at most 30 sections"),
  })
  .refine(
    (content) => {
      const ids = content.sections.flatMap((section) => section.fields.map((field) => field.id));
      return new Set(ids).size === ids.length;
    },
    { message: "Two fields share an id: give each its own", path: ["sections"] },
  );
