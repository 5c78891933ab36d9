/** Deep equality of JSON values, whatever the order of object keys (jsonb stores them sorted). */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => isSameValue(item, b[i]));
  const entriesOf = (o: object) => Object.entries(o).filter(([, value]) => value !== undefined);
  const left = entriesOf(a);
  const right = new Map(entriesOf(b));
  return (
    left.length === right.size && left.every(([key, value]) => isSameValue(value, right.get(key)))
  );
}
