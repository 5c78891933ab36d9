/** One therapist's month: signed visits with their units and charges, and the sessions missed. */
export type ProductivityFigures = {
  visits: number;
  units: number;
  chargedCents: number;
  noShows: number;
  lateCancellations: number;
};
export type ProductivityRow = ProductivityFigures & {
  therapistId: string;
  therapistName: string;
  month: string;
};

const FIGURES = ["visits", "units", "chargedCents", "noShows", "lateCancellations"] as const;
const none = (): ProductivityFigures => ({
  visits: 0,
  units: 0,
  chargedCents: 0,
  noShows: 0,
  lateCancellations: 0,
});
const add = (a: ProductivityFigures, b: ProductivityFigures): ProductivityFigures => {
  const sum = none();
  for (const figure of FIGURES) sum[figure] = a[figure] + b[figure];
  return sum;
};
const figuresOf = (row: ProductivityFigures): ProductivityFigures => add(none(), row);

/**
 * Visits, units and charges per therapist per month, with every month of the range for each
 * therapist (zero where nothing happened), the therapists by name, each month's total over them and
 * the whole range's.
 */
export function productivityReport(rows: ProductivityRow[], months: readonly string[]) {
  const inRange = new Set(months);
  const people = new Map<string, { name: string; byMonth: Map<string, ProductivityFigures> }>();
  for (const row of rows) {
    if (!inRange.has(row.month)) continue;
    const person = people.get(row.therapistId) ?? {
      name: row.therapistName,
      byMonth: new Map<string, ProductivityFigures>(),
    };
    person.byMonth.set(row.month, add(person.byMonth.get(row.month) ?? none(), figuresOf(row)));
    people.set(row.therapistId, person);
  }
  const byTherapist = [...people]
    .map(([therapistId, person]) => {
      const perMonth = months.map((month) => ({
        month,
        ...(person.byMonth.get(month) ?? none()),
      }));
      return {
        therapistId,
        therapistName: person.name,
        months: perMonth,
        totals: perMonth.reduce<ProductivityFigures>((sum, month) => add(sum, month), none()),
      };
    })
    .sort((a, b) => a.therapistName.localeCompare(b.therapistName, "en"));
  const byMonth = months.map((month, index) => ({
    month,
    ...byTherapist.reduce<ProductivityFigures>(
      (sum, person) => add(sum, person.months[index] ?? none()),
      none(),
    ),
  }));
  return {
    byTherapist,
    byMonth,
    totals: byMonth.reduce<ProductivityFigures>((sum, month) => add(sum, month), none()),
  };
}
