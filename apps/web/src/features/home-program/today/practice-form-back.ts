/** Where a form goes back to: the same child's Today, saying so when it was not saved. */
export function practiceFormBack(childId: string | undefined): { done: string; refused: string } {
  const child = childId && /^[0-9a-f-]{36}$/i.test(childId) ? childId : null;
  return child
    ? { done: `/family/today?child=${child}`, refused: `/family/today?child=${child}&not-saved=1` }
    : { done: "/family/today", refused: "/family/today?not-saved=1" };
}
