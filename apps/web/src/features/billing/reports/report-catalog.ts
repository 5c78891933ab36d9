/** The clinic's billing reports, in the order the reports page lists them. */
export const REPORTS = [
  {
    slug: "aging",
    title: "Accounts receivable by age",
    summary: "What payers and families owe, by how long since the visit.",
  },
  {
    slug: "collections",
    title: "Collections and adjustments",
    summary:
      "Payments from payers and families, contractual adjustments, write-offs and refunds, month by month.",
  },
  {
    slug: "denials",
    title: "Denials",
    summary: "Claims payers denied, by reason in plain words and by payer, with the monthly trend.",
  },
  {
    slug: "productivity",
    title: "Therapist productivity",
    summary: "Visits, units and charges by therapist per month, with the sessions missed.",
  },
  {
    slug: "authorizations",
    title: "Authorization use",
    summary: "Visits or units used against each authorization, and the days it has left.",
  },
  {
    slug: "documentation-lag",
    title: "Documentation lag",
    summary: "Days from visit to signed note and to claim, and the visits past the deadline.",
  },
  {
    slug: "dose-attendance",
    title: "Home practice and attendance",
    summary: "Families practising less than prescribed, beside how often they come.",
  },
] as const;
export type ReportSlug = (typeof REPORTS)[number]["slug"];

export const reportPath = (slug: ReportSlug) => `/admin/billing/reports/${slug}`;

/** A report's CSV file, with the page's filters. */
export const reportCsvPath = (slug: ReportSlug, query: string) =>
  `/api/billing/reports/${slug}${query ? `?${query}` : ""}`;

export const titleOf = (slug: ReportSlug) =>
  REPORTS.find((report) => report.slug === slug)?.title ?? "Report";
