import { CreateActivityInput } from "@carryover/api/contracts/activity";

import { checkForm } from "~/lib/form-errors";

/** The template to add from the library, checked with activity.create's contract. */
export function checkAddFromLibrary(
  childId: string,
  templateId: string,
): { ok: true; input: CreateActivityInput } | { ok: false; problem: string } {
  const checked = checkForm(CreateActivityInput, {
    childId,
    ...(templateId ? { templateId } : {}),
  });
  if (checked.ok) return { ok: true, input: checked.value };
  const { templateId: aboutTemplate, ...others } = checked.fieldErrors;
  return { ok: false, problem: aboutTemplate ?? Object.values(others)[0] ?? "" };
}
