import type { FieldErrors } from "~/lib/form-errors";
import { NO_FILTERS, type AuditFilters } from "./audit-filters";

export type AuditFilterErrors = FieldErrors<keyof AuditFilters>;

/** The filters as typed in the form, and the ones the events shown were fetched with. */
export type AuditFilterState = {
  draft: AuditFilters;
  applied: AuditFilters;
  errors: AuditFilterErrors;
};

export type AuditFilterAction =
  | { type: "edit"; key: keyof AuditFilters; value: string }
  | { type: "reject"; errors: AuditFilterErrors }
  | { type: "apply"; filters: AuditFilters }
  | { type: "clear" }
  | { type: "showRecord"; entityType: string; entityId: string };

/** The draft ready to apply (record id trimmed), or what is wrong with it in words. */
export function checkAuditFilters(
  draft: AuditFilters,
): { ok: true; filters: AuditFilters } | { ok: false; errors: AuditFilterErrors } {
  const filters = { ...draft, entityId: draft.entityId.trim() };
  const errors: AuditFilterErrors = {};
  if (filters.entityId.length > 80) errors.entityId = "A record id is at most 80 characters.";
  if (filters.from && filters.to && filters.to < filters.from)
    errors.to = "The end date is before the start date.";
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, filters };
}

/** The form and the events both showing these filters, with no message. */
export const showingFilters = (filters: AuditFilters): AuditFilterState => ({
  draft: filters,
  applied: filters,
  errors: {},
});

export function auditFilterReducer(
  state: AuditFilterState,
  action: AuditFilterAction,
): AuditFilterState {
  switch (action.type) {
    case "edit":
      return { ...state, draft: { ...state.draft, [action.key]: action.value } };
    case "reject":
      return { ...state, errors: action.errors };
    case "apply":
      return showingFilters(action.filters);
    case "clear":
      return showingFilters(NO_FILTERS);
    case "showRecord":
      return showingFilters({
        ...NO_FILTERS,
        entityType: action.entityType,
        entityId: action.entityId,
      });
  }
}
