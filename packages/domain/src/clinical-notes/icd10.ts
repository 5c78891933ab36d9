import { z } from "zod";

import { PEDIATRIC_OT_DIAGNOSES, type ListedDiagnosis } from "./icd10-codes";

// ICD-10-CM: a letter, a digit, a digit or letter, then up to 4 more characters after the dot.
// The shape does not prove a code exists: PEDIATRIC_OT_DIAGNOSES is only the subset offered for
// search, and a code outside it is accepted when its shape is right (therapists may need others).
const ICD10_SHAPE = /^([A-Z]\d[A-Z\d])(?:\.?([A-Z\d]{1,4}))?$/;

/** The dotted upper-case form of a code ("f840" → "F84.0"), or null when the shape is wrong. */
export function normalizeIcd10(value: string): string | null {
  const match = ICD10_SHAPE.exec(value.trim().toUpperCase());
  if (!match) return null;
  const [, category, subcode] = match;
  return subcode ? `${category}.${subcode}` : (category ?? null);
}

const ICD10_MESSAGE = "Enter an ICD-10-CM code like F82 or F84.0";

/** An ICD-10-CM code, normalized to its dotted upper-case form. */
export const Icd10Code = z.string(ICD10_MESSAGE).transform((value, ctx) => {
  const code = normalizeIcd10(value);
  if (code) return code;
  ctx.issues.push({ code: "custom", message: ICD10_MESSAGE, input: value });
  return z.NEVER;
});
export type Icd10Code = z.infer<typeof Icd10Code>;

const QUERY_MAX_LENGTH = 100;

const byCode = (a: ListedDiagnosis, b: ListedDiagnosis) =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
const DIAGNOSES_BY_CODE = [...PEDIATRIC_OT_DIAGNOSES].sort(byCode);

const withoutDot = (code: string) => code.replace(".", "");

/**
 * The offered diagnoses matching a code prefix ("F84", "f84.0") first, then those whose
 * description contains every word of the query, each in code order. An empty query lists the
 * first `limit` in code order.
 */
export function searchDiagnoses(query: string, limit = 20): ListedDiagnosis[] {
  if (!Number.isInteger(limit) || limit < 0)
    throw new RangeError(`limit must be a whole number of at least 0 (got ${limit})`);
  const text = query.trim().slice(0, QUERY_MAX_LENGTH).trim();
  if (text === "") return DIAGNOSES_BY_CODE.slice(0, limit);
  const codePrefix = withoutDot(text.toUpperCase());
  const words = text.toLowerCase().split(/\s+/);
  const byCodePrefix = DIAGNOSES_BY_CODE.filter((d) => withoutDot(d.code).startsWith(codePrefix));
  const byDescription = DIAGNOSES_BY_CODE.filter(
    (d) =>
      !byCodePrefix.includes(d) &&
      words.every((word) => d.description.toLowerCase().includes(word)),
  );
  return [...byCodePrefix, ...byDescription].slice(0, limit);
}
