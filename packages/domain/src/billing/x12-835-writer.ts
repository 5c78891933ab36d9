import type {
  Adjustment,
  ClaimPayment,
  LinePayment,
  ProviderAdjustment,
  Remittance,
} from "./remittance";
import { segmentText, x12Date, x12Padded, x12SignedAmount, x12Text, type Segment } from "./x12";

/*
 * ASC X12 835 (005010X221A1) as a payer would send it, for tests and demonstration data: what
 * `readRemittance` reads back. The writer knows no bank accounts or payer tax id, so BPR's account
 * elements and TRN03 carry placeholders; it writes no payer address or contact (N3/N4/PER).
 */

export type Remittance835 = Remittance & {
  /** ISA13, 1 to 999,999,999. */
  interchangeControlNumber: number;
  /** YYYY-MM-DD: the production date (DTM*405) and the envelope's. */
  createdOn: string;
  usage?: "P" | "T";
  /** The patient (NM1*QC) of each claim payment, by its control number. */
  patients?: Record<string, { lastName: string; firstName: string; memberId: string }>;
};

const MAX_CONTROL_NUMBER = 999_999_999;
const MAX_TRIPLETS = 6;
const MAX_MOA_REMARKS = 5;
const MAX_PLB_PAIRS = 6;
const PLACEHOLDER_DFI = "999999999";
const PLACEHOLDER_ACCOUNT = "0000000000";
const PLACEHOLDER_TIN = "1999999999";
const ELECTRONIC = new Set(["ACH", "BOP", "FWT"]);

/** Consecutive items that share a key, in runs of at most `size`; order is kept. */
function runs<T>(items: T[], key: (item: T) => string, size: number): T[][] {
  const out: T[][] = [];
  for (const item of items) {
    const last = out.at(-1);
    const first = last?.[0];
    if (last && first !== undefined && key(first) === key(item) && last.length < size)
      last.push(item);
    else out.push([item]);
  }
  return out;
}

const casSegments = (adjustments: Adjustment[]): Segment[] =>
  runs(adjustments, (a) => a.group, MAX_TRIPLETS).map((run) => [
    "CAS",
    run[0]?.group ?? "",
    ...run.flatMap((a) => [a.reason, x12SignedAmount(a.cents), a.quantity ?? ""]),
  ]);

function bprSegment(remittance: Remittance): Segment {
  const amount = x12SignedAmount(Math.abs(remittance.paymentCents));
  const flag = remittance.paymentCents < 0 ? "D" : "C";
  const paidOn = remittance.paidOn ? x12Date(remittance.paidOn, "paidOn") : "";
  const method = x12Text(remittance.method);
  if (method === "NON")
    return ["BPR", "H", amount, flag, method, ...Array<string>(11).fill(""), paidOn];
  const banking = ELECTRONIC.has(method)
    ? [
        "CCP",
        "01",
        PLACEHOLDER_DFI,
        "DA",
        PLACEHOLDER_ACCOUNT,
        PLACEHOLDER_TIN,
        "",
        "01",
        PLACEHOLDER_DFI,
        "DA",
        PLACEHOLDER_ACCOUNT,
      ]
    : Array<string>(11).fill("");
  return ["BPR", "I", amount, flag, method, ...banking, paidOn];
}

function lineSegments(line: LinePayment): Segment[] {
  const segments: Segment[] = [
    [
      "SVC",
      ["HC", line.code, ...line.modifiers].join(":"),
      x12SignedAmount(line.chargedCents),
      x12SignedAmount(line.paidCents),
      "",
      line.units,
    ],
  ];
  if (line.serviceDate) segments.push(["DTM", "472", x12Date(line.serviceDate, "serviceDate")]);
  segments.push(...casSegments(line.adjustments));
  segments.push(...line.remarks.map((code) => ["LQ", "HE", x12Text(code)]));
  return segments;
}

function claimSegments(claim: ClaimPayment, patients: Remittance835["patients"]): Segment[] {
  if (claim.remarks.length > MAX_MOA_REMARKS)
    throw new RangeError(`Claim ${claim.controlNumber} has more than ${MAX_MOA_REMARKS} remarks`);
  const segments: Segment[] = [
    [
      "CLP",
      x12Text(claim.controlNumber),
      claim.status,
      x12SignedAmount(claim.chargedCents),
      x12SignedAmount(claim.paidCents),
      x12SignedAmount(claim.patientResponsibilityCents),
      "CI",
      claim.payerClaimNumber ? x12Text(claim.payerClaimNumber) : "",
    ],
    ...casSegments(claim.adjustments),
  ];
  const patient = patients?.[claim.controlNumber];
  if (patient)
    segments.push([
      "NM1",
      "QC",
      "1",
      x12Text(patient.lastName),
      x12Text(patient.firstName),
      "",
      "",
      "",
      "MI",
      x12Text(patient.memberId),
    ]);
  if (claim.remarks.length > 0) segments.push(["MOA", "", "", ...claim.remarks.map(x12Text)]);
  const [from] = claim.lines.flatMap((line) => line.serviceDate ?? []).sort();
  if (from) segments.push(["DTM", "232", x12Date(from, "serviceDate")]);
  return [...segments, ...claim.lines.flatMap(lineSegments)];
}

const plbPair = (adjustment: ProviderAdjustment) => [
  [adjustment.reason, ...(adjustment.reference ? [adjustment.reference] : [])]
    .map(x12Text)
    .join(":"),
  x12SignedAmount(adjustment.cents),
];

function plbSegments(npi: string, adjustments: ProviderAdjustment[]): Segment[] {
  return runs(adjustments, (a) => a.fiscalPeriodEnd ?? "", MAX_PLB_PAIRS).map((run) => {
    const periodEnd = run[0]?.fiscalPeriodEnd;
    const fiscal = periodEnd ? x12Date(periodEnd, "fiscalPeriodEnd") : "";
    return ["PLB", npi, fiscal, ...run.flatMap(plbPair)];
  });
}

/** One interchange holding one 835 transaction: the file's text, segments ending in `~`. */
export function write835(remittance: Remittance835): string {
  const control = remittance.interchangeControlNumber;
  if (!Number.isInteger(control) || control < 1 || control > MAX_CONTROL_NUMBER)
    throw new RangeError(`The interchange control number must be 1 to ${MAX_CONTROL_NUMBER}`);
  const isaControl = String(control).padStart(9, "0");
  const day = x12Date(remittance.createdOn, "createdOn");
  const { payer, payee } = remittance;
  const sender = x12Text(payer.id ?? payer.name).slice(0, 15);
  const receiver = x12Text(payee.npi ?? payee.name).slice(0, 15);
  const transaction: Segment[] = [
    ["ST", "835", "0001", "005010X221A1"],
    bprSegment(remittance),
    ["TRN", "1", x12Text(remittance.traceNumber), PLACEHOLDER_TIN],
    ["DTM", "405", day],
    ["N1", "PR", x12Text(payer.name)],
    ...(payer.id ? [["REF", "2U", x12Text(payer.id)]] : []),
    ["N1", "PE", x12Text(payee.name), ...(payee.npi ? ["XX", payee.npi] : [])],
    ...(remittance.claims.length > 0 ? [["LX", 1]] : []),
    ...remittance.claims.flatMap((claim) => claimSegments(claim, remittance.patients)),
    ...plbSegments(payee.npi ?? "", remittance.providerAdjustments),
  ];
  transaction.push(["SE", transaction.length + 1, "0001"]);
  const segments: Segment[] = [
    [
      "ISA",
      "00",
      x12Padded("", 10),
      "00",
      x12Padded("", 10),
      "ZZ",
      x12Padded(sender, 15),
      "ZZ",
      x12Padded(receiver, 15),
      day.slice(2),
      "0000",
      "^",
      "00501",
      isaControl,
      "0",
      remittance.usage ?? "T",
      ":",
    ],
    ["GS", "HP", sender, receiver, day, "0000", control, "X", "005010X221A1"],
    ...transaction,
    ["GE", 1, control],
    ["IEA", 1, isaControl],
  ];
  return segments.map(segmentText).join("\n");
}
