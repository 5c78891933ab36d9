import { calendarDate } from "../bounds";
import type { FormAnswer, FormAnswers, FormContent, FormField } from "./form-content";

/** The longest answer each kind of text field keeps; past it, the guardian is asked to shorten it. */
export const FORM_ANSWER_MAX_LENGTH = { short: 500, long: 10_000 } as const;
/** The widest number a form asks for (weeks, ages, counts): well within a double. */
const NUMBER_LIMIT = 1_000_000_000;

const Day = calendarDate("Enter the date as YYYY-MM-DD");

/** Every field of a form, in order. */
export const fieldsOf = (content: FormContent): FormField[] =>
  content.sections.flatMap((section) => section.fields);

/** Whether an answer says nothing (blank text, no ticks): a required field so answered is empty. */
export function isEmptyAnswer(answer: FormAnswer | undefined): boolean {
  if (answer === undefined) return true;
  if (typeof answer === "string") return answer.trim() === "";
  if (Array.isArray(answer)) return answer.length === 0;
  return false;
}

const hasNul = (text: string) => text.includes("\u0000");

function textProblem(text: string, max: number): string | null {
  if (hasNul(text)) return "Remove the invisible control character";
  if (text.length > max) return `Keep this under ${max.toLocaleString("en-US")} characters`;
  return null;
}

/** Why an answer does not fit its field, in the guardian's words; null when it fits. */
export function answerProblem(field: FormField, answer: FormAnswer): string | null {
  switch (field.type) {
    case "text":
    case "signature":
      return typeof answer === "string"
        ? textProblem(answer, FORM_ANSWER_MAX_LENGTH.short)
        : "Enter text";
    case "long_text":
      return typeof answer === "string"
        ? textProblem(answer, FORM_ANSWER_MAX_LENGTH.long)
        : "Enter text";
    case "choice":
      return typeof answer === "string" && (field.options ?? []).includes(answer)
        ? null
        : "Choose one of the options";
    case "checkboxes":
      return Array.isArray(answer) &&
        answer.every((option) => (field.options ?? []).includes(option)) &&
        new Set(answer).size === answer.length
        ? null
        : "Tick only the options listed";
    case "date":
      return typeof answer === "string" && Day.safeParse(answer).success
        ? null
        : "Enter the date as YYYY-MM-DD";
    case "number":
      return typeof answer === "number" &&
        Number.isFinite(answer) &&
        Math.abs(answer) <= NUMBER_LIMIT
        ? null
        : "Enter a number";
  }
}

export type CheckedAnswers = {
  /** The answers to this form's fields, empty ones left out. */
  answers: FormAnswers;
  /** Each answer that does not fit its field, by field id. */
  problems: Record<string, string>;
};

/**
 * The guardian's answers checked against the form: answers to fields it does not have and empty
 * answers are left out; text is kept exactly as typed (HTML included: it is shown as text).
 */
export function checkFormAnswers(content: FormContent, answers: FormAnswers): CheckedAnswers {
  const kept: FormAnswers = {};
  const problems: Record<string, string> = {};
  for (const field of fieldsOf(content)) {
    const answer = answers[field.id];
    if (answer === undefined || isEmptyAnswer(answer)) continue;
    const problem = answerProblem(field, answer);
    if (problem) problems[field.id] = problem;
    else kept[field.id] = answer;
  }
  return { answers: kept, problems };
}

/** The required fields still unanswered, in the form's order. */
export const missingRequiredFields = (content: FormContent, answers: FormAnswers): FormField[] =>
  fieldsOf(content).filter((field) => field.required && isEmptyAnswer(answers[field.id]));

export type SigningCheck =
  { ok: true } | { ok: false; field: FormField; message: string; problems: Record<string, string> };

/** Whether a form may be signed with these answers: each fits its field and none required is empty. */
export function decideFormSigning(content: FormContent, answers: FormAnswers): SigningCheck {
  const checked = checkFormAnswers(content, answers);
  const problems = { ...checked.problems };
  for (const field of missingRequiredFields(content, checked.answers))
    problems[field.id] ??= "This is required";
  const first = fieldsOf(content).find((field) => problems[field.id]);
  if (!first) return { ok: true };
  const message =
    problems[first.id] === "This is required"
      ? `Answer "${first.label}" before signing.`
      : `Check "${first.label}": ${problems[first.id]}.`;
  return { ok: false, field: first, message, problems };
}

/** An answer as a person reads it on the completed form. */
export function answerText(field: FormField, answer: FormAnswer | undefined): string {
  if (isEmptyAnswer(answer)) return "Not answered";
  if (Array.isArray(answer)) return answer.join(", ");
  return String(answer);
}
