import type { Activity } from "@carryover/domain/home-program";

import { KIND_LABELS } from "~/features/home-program/activity-editor/labels";

type Pickable = Pick<Activity, "content" | "structure">;

/** Lower case without accents, so "cafe" finds "Café". */
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/**
 * The library's templates holding every word searched for in their title, skills (goals) or
 * technique, sorted by technique and then title, as the picker lists them.
 */
export function searchLibrary<T extends Pickable>(templates: readonly T[], query: string): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return templates
    .filter((template) => {
      if (words.length === 0) return true;
      const text = fold(
        [
          template.content.title,
          ...template.content.goals,
          KIND_LABELS[template.structure.kind],
        ].join("\n"),
      );
      return words.every((word) => text.includes(word));
    })
    .sort(
      (a, b) =>
        a.structure.kind.localeCompare(b.structure.kind) ||
        a.content.title.localeCompare(b.content.title),
    );
}

/** Where the highlighted option goes on a key press in a list of `count` (-1 when the list is empty). */
export function moveHighlight(current: number, key: string, count: number): number {
  if (count === 0) return -1;
  switch (key) {
    case "ArrowDown":
      return current < 0 ? 0 : Math.min(current + 1, count - 1);
    case "ArrowUp":
      return current <= 0 ? 0 : current - 1;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return Math.min(Math.max(current, -1), count - 1);
  }
}
