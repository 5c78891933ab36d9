import { buttonClasses, CheckboxField, SelectField, TextField } from "@carryover/ui";

import { reportPath, type ReportSlug } from "./report-catalog";
import type { ReportFilters } from "./report-filters";

type Choice = {
  name: "payerId" | "therapistId";
  label: string;
  everyone: string;
  options: { id: string; name: string; active: boolean }[];
};

/**
 * A report's filters as a plain form that reloads the page with them in its address (no script
 * needed): the months, and a payer or therapist, or every family, where the report has one.
 */
export function ReportFilterForm({
  slug,
  filters,
  months = true,
  choice,
  everyFamily,
}: {
  slug: ReportSlug;
  filters: ReportFilters;
  months?: boolean;
  choice?: Choice;
  everyFamily?: boolean;
}) {
  return (
    <form
      method="get"
      action={reportPath(slug)}
      aria-label="Filters"
      className="flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:flex-row sm:flex-wrap sm:items-end"
    >
      {months && (
        <>
          <TextField
            type="month"
            name="from"
            label="From"
            defaultValue={filters.from}
            className="sm:w-44"
          />
          <TextField
            type="month"
            name="to"
            label="To"
            defaultValue={filters.to}
            className="sm:w-44"
          />
        </>
      )}
      {choice && (
        <SelectField
          name={choice.name}
          label={choice.label}
          defaultValue={filters[choice.name] ?? ""}
          className="sm:w-64"
          options={[
            { value: "", label: choice.everyone },
            ...choice.options.map((option) => ({
              value: option.id,
              label: option.active ? option.name : `${option.name} (no longer active)`,
            })),
          ]}
        />
      )}
      {everyFamily !== undefined && (
        <CheckboxField
          name="everyFamily"
          value="1"
          defaultChecked={everyFamily}
          label="Show every family, not only those below their prescription"
        />
      )}
      <button type="submit" className={buttonClasses({ variant: "primary" })}>
        Show report
      </button>
    </form>
  );
}
