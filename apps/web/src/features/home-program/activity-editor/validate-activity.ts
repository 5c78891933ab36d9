import type { z } from "zod";

import { Activity } from "@carryover/domain/home-program";

import type { ActivityFieldErrors } from "./activity-types";

export type ActivityValidation =
  { ok: true; activity: Activity } | { ok: false; fieldErrors: ActivityFieldErrors };

type Issue = z.core.$ZodRawIssue;

const isRate = (path: readonly PropertyKey[]) => String(path.at(-1) ?? "").endsWith("Rate");
const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/**
 * Plain words for the schema's generic checks; the schema's own messages ("Add at least one
 * step") win over these, as zod gives a schema's message precedence over a per-parse map.
 */
function plainMessage(issue: Issue): string | undefined {
  const path = issue.path ?? [];
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "int") return "Use a whole number.";
      if (issue.expected === "number") return "Enter a number.";
      return "Fill this in.";
    case "too_small": {
      const minimum = Number(issue.minimum);
      if (issue.origin === "string") return "Fill this in.";
      if (issue.origin === "array") return `Add at least ${minimum}.`;
      return isRate(path) ? `Use ${percent(minimum)} or more.` : `Use ${minimum} or more.`;
    }
    case "too_big": {
      const maximum = Number(issue.maximum);
      if (issue.origin === "string") return `Keep it to ${maximum} characters or fewer.`;
      if (issue.origin === "array") return `Keep it to ${maximum} or fewer.`;
      return isRate(path) ? `Use ${percent(maximum)} or less.` : `Use ${maximum} or less.`;
    }
    case "invalid_value":
    case "invalid_union":
      return "Choose one of the options.";
    default:
      return undefined;
  }
}

/** Turns zod issues into one message per dotted path, the first issue on a path winning. */
export function fieldErrorsFromIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): ActivityFieldErrors {
  const errors: ActivityFieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join(".");
    errors[path] ??= issue.message;
  }
  return errors;
}

/** Checks an edited activity against the same schema the server uses, with messages a therapist reads. */
export function validateActivity(value: unknown): ActivityValidation {
  const result = Activity.safeParse(value, { error: plainMessage });
  if (result.success) return { ok: true, activity: result.data };
  return { ok: false, fieldErrors: fieldErrorsFromIssues(result.error.issues) };
}

/**
 * A server's field errors ("activity.content.title") on the activity's own paths ("content.title");
 * paths outside the activity are left out.
 */
export function activityFieldErrorsFrom(
  serverFieldErrors: Record<string, string> | null | undefined,
  prefix = "activity",
): ActivityFieldErrors {
  const errors: ActivityFieldErrors = {};
  for (const [path, message] of Object.entries(serverFieldErrors ?? {})) {
    if (path.startsWith(`${prefix}.`)) errors[path.slice(prefix.length + 1)] = message;
  }
  return errors;
}

/** The element id of the field at a dotted path, so a form can focus the first one in error. */
export function fieldId(idPrefix: string, path: string): string {
  return `${idPrefix}-${path.replaceAll(".", "-")}`;
}
