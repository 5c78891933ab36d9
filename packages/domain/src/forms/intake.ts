import { answerText, fieldsOf, isEmptyAnswer } from "./answers";
import type { FormAnswers, FormContent, FormSection } from "./form-content";
import { INTAKE_ROUTINE_FIELDS } from "./seeded-templates";

type IntakeRoutine = keyof typeof INTAKE_ROUTINE_FIELDS;

/** "7", "7:15", "7.15 am", "19:45", "7:15 p.m." as "HH:mm"; null when it is not a time of day. */
export function clockOfAnswer(answer: string): string | null {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?\.?\s*(?:m\.?)?$/i.exec(answer.trim());
  if (!match) return null;
  const [, h = "", m = "00", half] = match;
  let hour = Number(h);
  const minute = Number(m);
  if (minute > 59 || hour > 23 || (half && (hour < 1 || hour > 12))) return null;
  if (half?.toLowerCase() === "p" && hour < 12) hour += 12;
  if (half?.toLowerCase() === "a" && hour === 12) hour = 0;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/** The family's routine times from their intake, for the home program's routine times. */
export function routineTimesFromIntake(
  answers: FormAnswers,
): Partial<Record<IntakeRoutine, string>> {
  const times: Partial<Record<IntakeRoutine, string>> = {};
  for (const [routine, fieldId] of Object.entries(INTAKE_ROUTINE_FIELDS) as [
    IntakeRoutine,
    string,
  ][]) {
    const answer = answers[fieldId];
    const clock = typeof answer === "string" ? clockOfAnswer(answer) : null;
    if (clock) times[routine] = clock;
  }
  return times;
}

const HISTORY_SECTIONS = ["pregnancy_birth", "milestones", "diagnoses", "school"];
const PRIORITY_SECTIONS = ["concerns"];

function sectionsText(content: FormContent, answers: FormAnswers, ids: string[]): string {
  const sections = content.sections.filter((section) => ids.includes(section.id));
  return sections
    .map((section) => sectionText(section, answers))
    .filter((text) => text !== "")
    .join("\n\n");
}

function sectionText(section: FormSection, answers: FormAnswers): string {
  const lines = fieldsOf({ sections: [section] })
    .filter((field) => !isEmptyAnswer(answers[field.id]))
    .map((field) => `${field.label}: ${answerText(field, answers[field.id])}`);
  return lines.length > 0 ? [`${section.title}`, ...lines].join("\n") : "";
}

/**
 * What a signed intake gives the evaluation: its history (birth, development, health, school) and
 * the family's priorities in their own words; empty strings where the family wrote nothing.
 */
export function chartHistoryFromIntake(content: FormContent, answers: FormAnswers) {
  // Within what the evaluation keeps (its history and priorities fields' limits).
  return {
    history: sectionsText(content, answers, HISTORY_SECTIONS).slice(0, 20_000),
    familyPriorities: sectionsText(content, answers, PRIORITY_SECTIONS).slice(0, 4_000),
  };
}
