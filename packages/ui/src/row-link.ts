/**
 * A list row that is one link: the whole row is the target, tall enough for a thumb, its focus ring
 * visible (dashboards' caseload, documentation due, notes to co-sign).
 */
export const rowLinkClasses =
  "flex min-h-14 items-center justify-between gap-4 rounded-md px-2 py-3 hover:bg-stone-50 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-none";
