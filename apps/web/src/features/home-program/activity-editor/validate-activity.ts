import { Activity } from "@carryover/domain/home-program";

import { checkForm } from "~/lib/form-errors";
import type { ActivityFieldErrors } from "./activity-types";

export type ActivityValidation =
  { ok: true; activity: Activity } | { ok: false; fieldErrors: ActivityFieldErrors };

/**
 * Checks an edited activity with the schema the server's contracts take it in (activity.create
 * and template.create/update as `activity`, activity.update as its `content` and `structure`),
 * messages and all, on the same paths.
 */
export function validateActivity(value: unknown): ActivityValidation {
  const checked = checkForm(Activity, value);
  return checked.ok
    ? { ok: true, activity: checked.value }
    : { ok: false, fieldErrors: checked.fieldErrors };
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
