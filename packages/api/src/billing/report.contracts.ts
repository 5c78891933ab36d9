import { z } from "zod";

import { MONTH_PATTERN, MONTH_RANGE_WORDS } from "@carryover/domain/reports";

const Buckets = z.array(z.int());

export const AgingReport = z.object({
  /** The clinic's today (YYYY-MM-DD): what every age counts from. */
  asOf: z.iso.date(),
  buckets: z.array(z.string()),
  totals: z.object({ insurance: Buckets, family: Buckets, all: Buckets }),
  byPayer: z.array(
    z.object({ payerId: z.uuid(), payerName: z.string(), buckets: Buckets, total: z.int() }),
  ),
  byFamily: z.array(
    z.object({ childId: z.uuid(), childName: z.string(), buckets: Buckets, total: z.int() }),
  ),
});
export type AgingReport = z.infer<typeof AgingReport>;

/** A month of a report's range, "YYYY-MM" (what an `<input type="month">` sends). */
export const Month = z.string().regex(MONTH_PATTERN, MONTH_RANGE_WORDS.NOT_A_MONTH);

const monthFields = { from: Month.optional(), to: Month.optional() };
type Months = { from?: string | undefined; to?: string | undefined };
const inOrder = (range: Months) => !range.from || !range.to || range.from <= range.to;
const REVERSED = { message: MONTH_RANGE_WORDS.REVERSED, path: ["to"] };

/** A month range (default: the report's own) with the report's other filters; all optional. */
const withMonths = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object({ ...monthFields, ...shape })
    // A cast: the generic shape hides that its from and to are monthFields'.
    .refine((range) => inOrder(range as Months), REVERSED)
    .optional();

export const CollectionsInput = withMonths({});
export type CollectionsInput = z.infer<typeof CollectionsInput>;

export const DenialsInput = withMonths({ payerId: z.uuid().optional() });
export type DenialsInput = z.infer<typeof DenialsInput>;

export const ProductivityInput = withMonths({ therapistId: z.uuid().optional() });
export type ProductivityInput = z.infer<typeof ProductivityInput>;

export const DocumentationLagInput = withMonths({ therapistId: z.uuid().optional() });
export type DocumentationLagInput = z.infer<typeof DocumentationLagInput>;

/** Every family with a program, or (the default) only those below their prescription. */
export const DoseAttendanceInput = withMonths({ everyFamily: z.boolean().optional() });
export type DoseAttendanceInput = z.infer<typeof DoseAttendanceInput>;

export const AuthorizationUseInput = z.object({ payerId: z.uuid().optional() }).optional();
export type AuthorizationUseInput = z.infer<typeof AuthorizationUseInput>;

/** How many months each report covers when none are chosen. */
export const DEFAULT_REPORT_MONTHS = {
  collections: 12,
  denials: 12,
  productivity: 12,
  documentationLag: 3,
  doseVsAttendance: 3,
} as const;

const cents = z.int();
const count = z.int().min(0);

/** The months a report covers, as resolved (defaults filled in). */
const ReportRange = z.object({ from: Month, to: Month, months: z.array(Month) });
/** A choice of a filter: a payer or a therapist. */
const FilterOption = z.object({ id: z.uuid(), name: z.string(), active: z.boolean() });

const CollectionFigures = z.object({
  insurancePayments: cents,
  familyPayments: cents,
  contractualAdjustments: cents,
  otherAdjustments: cents,
  writeOffs: cents,
  refunds: cents,
  netCollected: cents,
});
export const CollectionsReport = z.object({
  range: ReportRange,
  months: z.array(CollectionFigures.extend({ month: Month })),
  totals: CollectionFigures,
});
export type CollectionsReport = z.infer<typeof CollectionsReport>;

const DenialTally = z.object({ count, chargedCents: cents });
export const DenialsReport = z.object({
  range: ReportRange,
  payers: z.array(FilterOption),
  payerId: z.uuid().nullable(),
  total: DenialTally,
  byReason: z.array(
    z.object({ code: z.string(), words: z.string(), fix: z.string(), count, adjustedCents: cents }),
  ),
  byPayer: z.array(DenialTally.extend({ payerId: z.uuid().nullable(), payerName: z.string() })),
  byMonth: z.array(DenialTally.extend({ month: Month })),
});
export type DenialsReport = z.infer<typeof DenialsReport>;

const ProductivityFigures = z.object({
  visits: count,
  units: count,
  chargedCents: cents,
  noShows: count,
  lateCancellations: count,
});
const ProductivityMonth = ProductivityFigures.extend({ month: Month });
export const ProductivityReport = z.object({
  range: ReportRange,
  therapists: z.array(FilterOption),
  therapistId: z.uuid().nullable(),
  byTherapist: z.array(
    z.object({
      therapistId: z.uuid(),
      therapistName: z.string(),
      months: z.array(ProductivityMonth),
      totals: ProductivityFigures,
    }),
  ),
  byMonth: z.array(ProductivityMonth),
  totals: ProductivityFigures,
});
export type ProductivityReport = z.infer<typeof ProductivityReport>;

export const AuthorizationUseReport = z.object({
  /** The clinic's today: what days left count from. */
  asOf: z.iso.date(),
  payers: z.array(FilterOption),
  payerId: z.uuid().nullable(),
  runningOut: count,
  usedUp: count,
  authorizations: z.array(
    z.object({
      id: z.uuid(),
      childId: z.uuid(),
      childName: z.string(),
      payerName: z.string(),
      reference: z.string().nullable(),
      counts: z.enum(["visits", "units"]),
      codes: z.array(z.string()).nullable(),
      approved: count,
      used: count,
      scheduled: count,
      left: count,
      usedPercent: count,
      startsOn: z.iso.date(),
      endsOn: z.iso.date(),
      runsOutOn: z.iso.date(),
      runsOutBy: z.enum(["exhausted", "expiry"]),
      daysLeft: z.int(),
      warn: z.boolean(),
    }),
  ),
});
export type AuthorizationUseReport = z.infer<typeof AuthorizationUseReport>;

const Lag = z.object({ medianDays: z.number().nullable(), p90Days: z.number().nullable() });
const LagSummary = z.object({
  visits: count,
  signed: count,
  claimsSent: count,
  overDeadline: count,
  toSign: Lag,
  toClaim: Lag,
});
export const DocumentationLagReport = z.object({
  range: ReportRange,
  therapists: z.array(FilterOption),
  therapistId: z.uuid().nullable(),
  /** The clinic's unsigned-note limit, in hours: the deadline. */
  limitHours: z.int(),
  all: LagSummary,
  byTherapist: z.array(LagSummary.extend({ therapistId: z.uuid(), therapistName: z.string() })),
  late: z.array(
    z.object({
      key: z.string(),
      therapistName: z.string(),
      childName: z.string(),
      serviceOn: z.iso.date(),
      signedAt: z.date().nullable(),
      hoursLate: count,
    }),
  ),
  lateCount: count,
});
export type DocumentationLagReport = z.infer<typeof DocumentationLagReport>;

export const DoseAttendanceReport = z.object({
  range: ReportRange,
  /** The last day counted: the range's end, or the clinic's today when that is earlier. */
  through: z.iso.date(),
  everyFamily: z.boolean(),
  familiesCounted: count,
  belowCount: count,
  families: z.array(
    z.object({
      childId: z.uuid(),
      childName: z.string(),
      prescription: z.object({ minutesPerDay: count, daysPerWeek: count }),
      prescribedMinutes: count,
      loggedMinutes: count,
      prescribedDays: count,
      daysPractised: count,
      weeks: count,
      weeksMet: count,
      below: z.boolean(),
      dosePercent: count.nullable(),
      attended: count,
      noShows: count,
      lateCancellations: count,
      scheduled: count,
      attendancePercent: count.nullable(),
    }),
  ),
});
export type DoseAttendanceReport = z.infer<typeof DoseAttendanceReport>;
