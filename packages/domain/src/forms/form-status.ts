/** Where a form stands for the family: not opened yet, started, or signed (outstanding until then). */
export type FormStatus = "not_started" | "in_progress" | "signed";

export function formStatusOf(form: { savedAt: Date | null; signedAt: Date | null }): FormStatus {
  if (form.signedAt) return "signed";
  return form.savedAt ? "in_progress" : "not_started";
}
