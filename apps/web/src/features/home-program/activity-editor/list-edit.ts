/** What a list editor did, so a marked position (a ladder's current level) can follow. */
export type ListChange =
  | { type: "add" }
  | { type: "remove"; index: number }
  | { type: "move"; index: number; offset: -1 | 1 }
  | { type: "edit"; index: number };

/** The list with the item at `index` moved by `offset` places; unchanged when that leaves the list. */
export function moveItem<T>(items: readonly T[], index: number, offset: -1 | 1): T[] {
  const target = index + offset;
  const moving = items[index];
  if (moving === undefined || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  next.splice(index, 1);
  next.splice(target, 0, moving);
  return next;
}

export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

export function replaceItem<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, i) => (i === index ? item : existing));
}

/**
 * Where a marked position (a ladder's current level) goes when an item moves: it follows the
 * item it marks, and shifts when its neighbour swaps with it.
 */
export function indexAfterMove(marked: number, index: number, offset: -1 | 1, length: number) {
  const target = index + offset;
  if (target < 0 || target >= length) return marked;
  if (marked === index) return target;
  if (marked === target) return index;
  return marked;
}

/**
 * Where a marked position goes when an item is removed: items after it move up one; removing the
 * marked item itself marks the one before it (for a ladder, the easier level), or the first.
 */
export function indexAfterRemove(marked: number, removed: number, lengthAfter: number) {
  const next = removed <= marked && marked > 0 ? marked - 1 : marked;
  return Math.max(0, Math.min(next, lengthAfter - 1));
}

/**
 * Where the start of a tail (a chain's child part: from this step to the last) goes when an item
 * is removed: the tail keeps its remaining items, and never starts past the last one.
 */
export function startAfterRemove(start: number, removed: number, lengthAfter: number) {
  const next = removed < start ? start - 1 : start;
  return Math.max(0, Math.min(next, lengthAfter - 1));
}
