import type {
  AuthorizationUseReport,
  CollectionsReport,
  DenialsReport,
  DocumentationLagReport,
  DoseAttendanceReport,
  ProductivityReport,
} from "@carryover/api/contracts/report";
import { csvCell } from "@carryover/domain/audit";

import { plainDecimal } from "./aging-csv";
import { COLLECTION_HEADERS, reasonLabel } from "./report-words";

/** An amount of money, written as a plain decimal a spreadsheet sums ("-12.50"). */
type Money = { cents: number };
type Cell = string | number | null | Money;
const money = (cents: number): Money => ({ cents });

/**
 * Rows as CSV (RFC 4180, CRLF): text quoted as needed and guarded against formulas (csvCell),
 * numbers and amounts as they are (a negative one stays a number), nothing as an empty cell.
 */
export function csvOf(rows: Cell[][]): string {
  const cell = (value: Cell) =>
    value === null
      ? ""
      : typeof value === "number"
        ? String(value)
        : typeof value === "string"
          ? csvCell(value)
          : plainDecimal(value.cents);
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** A report's file name: its name and its months ("collections-2025-04-to-2026-03.csv"). */
export const reportFileName = (name: string, range: { from: string; to: string } | string) =>
  `${name}-${typeof range === "string" ? range : `${range.from}-to-${range.to}`}.csv`;

export function collectionsCsv(report: CollectionsReport) {
  return csvOf([
    ["Month", ...COLLECTION_HEADERS.map(([, header]) => header)],
    ...report.months.map((m) => [m.month, ...COLLECTION_HEADERS.map(([key]) => money(m[key]))]),
    ["Total", ...COLLECTION_HEADERS.map(([key]) => money(report.totals[key]))],
  ]);
}

/** Denials in one sheet: a row per reason, per payer and per month, the section first. */
export function denialsCsv(report: DenialsReport) {
  return csvOf([
    ["Section", "Name", "Meaning", "Denials", "Amount"],
    ...report.byReason.map((r) => [
      "By reason",
      reasonLabel(r.code),
      r.words,
      r.count,
      money(r.adjustedCents),
    ]),
    ...report.byPayer.map((p) => ["By payer", p.payerName, null, p.count, money(p.chargedCents)]),
    ...report.byMonth.map((m) => ["By month", m.month, null, m.count, money(m.chargedCents)]),
    ["Total", "All denials", null, report.total.count, money(report.total.chargedCents)],
  ]);
}

/** A row per therapist and month, then each therapist's total and everyone's. */
export function productivityCsv(report: ProductivityReport) {
  type Figures = ProductivityReport["totals"];
  const figures = (f: Figures) => [
    f.visits,
    f.units,
    money(f.chargedCents),
    f.noShows,
    f.lateCancellations,
  ];
  return csvOf([
    ["Therapist", "Month", "Visits", "Units", "Charges", "No-shows", "Late cancellations"],
    ...report.byTherapist.flatMap((t) => [
      ...t.months.map((m) => [t.therapistName, m.month, ...figures(m)]),
      [t.therapistName, "Total", ...figures(t.totals)],
    ]),
    ["All therapists", "Total", ...figures(report.totals)],
  ]);
}

export function authorizationUseCsv(report: AuthorizationUseReport) {
  return csvOf([
    [
      "Child",
      "Payer",
      "Reference",
      "Counts",
      "Approved",
      "Used",
      "Used %",
      "Booked",
      "Left",
      "Starts",
      "Ends",
      "Runs out on",
      "Days left",
      "Renew",
    ],
    ...report.authorizations.map((a) => [
      a.childName,
      a.payerName,
      a.reference,
      a.counts,
      a.approved,
      a.used,
      a.usedPercent,
      a.scheduled,
      a.left,
      a.startsOn,
      a.endsOn,
      a.runsOutOn,
      a.daysLeft,
      a.warn ? "Yes" : "No",
    ]),
  ]);
}

export function documentationLagCsv(report: DocumentationLagReport) {
  type Summary = DocumentationLagReport["all"];
  const figures = (s: Summary) => [
    s.visits,
    s.signed,
    s.toSign.medianDays,
    s.toSign.p90Days,
    s.claimsSent,
    s.toClaim.medianDays,
    s.toClaim.p90Days,
    s.overDeadline,
  ];
  return csvOf([
    [
      "Therapist",
      "Visits",
      "Notes signed",
      "Median days to sign",
      "90th percentile days to sign",
      "Claims sent",
      "Median days to claim",
      "90th percentile days to claim",
      "Over the deadline",
    ],
    ...report.byTherapist.map((t) => [t.therapistName, ...figures(t)]),
    ["All therapists", ...figures(report.all)],
  ]);
}

export function doseAttendanceCsv(report: DoseAttendanceReport) {
  return csvOf([
    [
      "Child",
      "Minutes a day",
      "Days a week",
      "Prescribed minutes",
      "Minutes practised",
      "Practice %",
      "Prescribed days",
      "Days practised",
      "Weeks met",
      "Weeks",
      "Attended",
      "Visits due",
      "Attendance %",
      "No-shows",
      "Late cancellations",
      "Below prescription",
    ],
    ...report.families.map((f) => [
      f.childName,
      f.prescription.minutesPerDay,
      f.prescription.daysPerWeek,
      f.prescribedMinutes,
      f.loggedMinutes,
      f.dosePercent,
      f.prescribedDays,
      f.daysPractised,
      f.weeksMet,
      f.weeks,
      f.attended,
      f.scheduled,
      f.attendancePercent,
      f.noShows,
      f.lateCancellations,
      f.below ? "Yes" : "No",
    ]),
  ]);
}
