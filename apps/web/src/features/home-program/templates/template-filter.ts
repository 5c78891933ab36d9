import type { Activity, ActivityKind } from "@carryover/domain/home-program";

export type KindFilter = ActivityKind | "all";
export type TemplateFilter = { kind: KindFilter; query: string };

type Searchable = Pick<Activity, "content" | "structure">;

/** Lower case without accents, so "cafe" finds "Café". */
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/** Templates of the chosen technique whose title or goals hold every word searched for. */
export function filterTemplates<T extends Searchable>(
  templates: readonly T[],
  { kind, query }: TemplateFilter,
): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return templates.filter((template) => {
    if (kind !== "all" && template.structure.kind !== kind) return false;
    if (words.length === 0) return true;
    const text = fold([template.content.title, ...template.content.goals].join("\n"));
    return words.every((word) => text.includes(word));
  });
}

/** How many templates each technique has, for the filter's options. */
export function countByKind(templates: readonly Searchable[]): Record<KindFilter, number> {
  const counts: Record<KindFilter, number> = {
    all: templates.length,
    ladder: 0,
    chain: 0,
    sensory_diet: 0,
    routine_practice: 0,
    descriptive_commenting: 0,
  };
  for (const template of templates) counts[template.structure.kind] += 1;
  return counts;
}
