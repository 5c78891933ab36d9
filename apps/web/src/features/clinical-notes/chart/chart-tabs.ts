export const CHART_TABS = [
  { id: "overview", label: "Overview" },
  { id: "goals", label: "Goals" },
  { id: "notes", label: "Notes" },
  { id: "plans", label: "Plans of care" },
  { id: "documents", label: "Documents" },
] as const;

export type ChartTab = (typeof CHART_TABS)[number]["id"];

/** The tab a `?tab=` names, or the overview for anything else. */
export function chartTabOf(value: string | string[] | undefined): ChartTab {
  const wanted = Array.isArray(value) ? value[0] : value;
  return CHART_TABS.find((tab) => tab.id === wanted)?.id ?? "overview";
}

export function chartTabHref(childId: string, tab: ChartTab): string {
  return tab === "overview"
    ? `/children/${childId}/chart`
    : `/children/${childId}/chart?tab=${tab}`;
}
