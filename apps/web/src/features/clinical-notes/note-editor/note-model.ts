import type { MissingPart, NoteKind } from "@carryover/domain/clinical-notes";

/** What each kind of note is called on its page and in its signing dialog. */
export const NOTE_KIND_TITLES: Record<NoteKind, string> = {
  evaluation: "Evaluation",
  reevaluation: "Re-evaluation",
  visit: "Visit note",
  progress_report: "Progress report",
  discharge_summary: "Discharge summary",
};

/** A section of a note as a heading and what it holds, for comparing two versions. */
export type NoteSection<C> = [heading: string, pick: (content: C) => unknown];

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/** The sections in which two versions of a note differ, by their headings. */
export function differingSections<C>(
  sections: readonly NoteSection<C>[],
  mine: C,
  theirs: C,
): string[] {
  return sections
    .filter(([, pick]) => canonical(pick(mine)) !== canonical(pick(theirs)))
    .map(([heading]) => heading);
}

/** The other editor's saved version that a NOTE_CHANGED conflict carries, if it is readable. */
export function conflictingNote<C>(
  current: unknown,
  parse: (content: unknown) => C | null,
): { version: number; content: C } | null {
  if (!current || typeof current !== "object") return null;
  const { version, content } = current as { version?: unknown; content?: unknown };
  const parsed = parse(content);
  if (typeof version !== "number" || parsed === null) return null;
  return { version, content: parsed };
}

/**
 * What signing still needs: the note's own parts recomputed from the draft as typed, and the parts
 * only the server knows (consents, the progress report) as it last said.
 */
export function withChartParts(
  own: readonly MissingPart[],
  serverMissing: readonly MissingPart[],
): MissingPart[] {
  const chart = serverMissing.filter(
    (m) => !m.path.startsWith("content.") && !own.some((o) => o.path === m.path),
  );
  return [...own, ...chart];
}
