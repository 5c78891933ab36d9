import type { z } from "zod";

/** An issue's input path as a refusal names it: joined with dots ("" for the whole input). */
export const issuePath = (issue: z.core.$ZodIssue) => issue.path.map(String).join(".");

/**
 * Zod issues as `{ "path.joined": message }`, the first message for each path: what a refusal's
 * `fieldErrors` carries, and what a form checking the same contract shows.
 */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const issue of issues) {
    const path = issuePath(issue);
    if (!(path in found)) found[path] = issue.message;
  }
  return found;
}
