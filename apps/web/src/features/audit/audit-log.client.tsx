"use client";

import { useReducer, type FormEvent } from "react";

import { focusFirstInvalid } from "~/lib/form-errors";
import { AuditEvents } from "./audit-events.client";
import { AuditFilterForm } from "./audit-filter-form.client";
import { auditFilterReducer, checkAuditFilters, showingFilters } from "./audit-filter-state";
import { hasFilters, type AuditFilters } from "./audit-filters";
import type { AuditChild, AuditPerson } from "./types";

export function AuditLog({
  people,
  clinicChildren,
  timeZone,
  initialFilters,
}: {
  people: AuditPerson[];
  clinicChildren: AuditChild[];
  timeZone: string;
  initialFilters: AuditFilters;
}) {
  const [{ draft, applied, errors }, dispatch] = useReducer(
    auditFilterReducer,
    initialFilters,
    showingFilters,
  );

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkAuditFilters(draft, timeZone);
    if (!checked.ok) {
      dispatch({ type: "reject", errors: checked.errors });
      focusFirstInvalid(event.currentTarget);
      return;
    }
    dispatch({ type: "apply", filters: checked.filters });
  }

  const clear = () => dispatch({ type: "clear" });

  return (
    <div className="flex flex-col gap-6">
      <AuditFilterForm
        people={people}
        clinicChildren={clinicChildren}
        draft={draft}
        errors={errors}
        canClear={hasFilters(draft) || hasFilters(applied)}
        onEdit={(key, value) => dispatch({ type: "edit", key, value })}
        onApply={apply}
        onClear={clear}
      />
      <AuditEvents
        applied={applied}
        timeZone={timeZone}
        onClear={clear}
        onShowRecord={(entityType, entityId) =>
          dispatch({ type: "showRecord", entityType, entityId })
        }
      />
    </div>
  );
}
