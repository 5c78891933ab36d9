import { ListAuditEventsInput } from "@carryover/api/contracts/audit";

import { checkForm, placeFieldErrors, type FieldErrors } from "~/lib/form-errors";
import { NO_FILTERS, toAuditInput, type AuditFilters } from "./audit-filters";

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

const filterOf = (path: string) =>
  Object.hasOwn(NO_FILTERS, path) ? (path as keyof AuditFilters) : null;

/**
 * The draft ready to apply (record id trimmed), or what is wrong with it in words: checked with
 * the audit.list contract, on the input the events will be fetched with.
 */
export function checkAuditFilters(
  draft: AuditFilters,
  timeZone: string,
): { ok: true; filters: AuditFilters } | { ok: false; errors: AuditFilterErrors } {
  const filters = { ...draft, entityId: draft.entityId.trim() };
  const checked = checkForm(ListAuditEventsInput, toAuditInput(filters, timeZone));
  return checked.ok
    ? { ok: true, filters }
    : { ok: false, errors: placeFieldErrors(checked.fieldErrors, filterOf).errors };
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
