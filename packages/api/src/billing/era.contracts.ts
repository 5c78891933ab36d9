import { z } from "zod";

import { storableText } from "@carryover/domain/bounds";

const id = (what: string) => z.uuid(`That ${what} link is not valid`);
const day = z.iso.date();

/** What the server takes in one request (1 MB) less room for the rest of the call. */
export const MAX_REMITTANCE_CHARS = 1_000_000;

export const EraImportInput = z.object({
  fileName: storableText(255, "Shorten the file's name to 255 characters or fewer").min(
    1,
    "Choose a file",
  ),
  content: storableText(
    MAX_REMITTANCE_CHARS,
    "That file is over 1 MB: ask your clearinghouse to send it in parts, and import each",
  ).min(1, "That file is empty: choose the 835 your clearinghouse sent"),
});
export type EraImportInput = z.infer<typeof EraImportInput>;

export const EraImportResult = z.object({
  remittanceId: z.uuid(),
  /** The same file was imported before: nothing was posted this time. */
  alreadyImported: z.boolean(),
  posted: z.int(),
  unmatched: z.int(),
  denied: z.int(),
});

export const EraSummary = z.object({
  id: z.uuid(),
  fileName: z.string(),
  payerName: z.string(),
  traceNumber: z.string(),
  paidOn: day.nullable(),
  paymentCents: z.int(),
  importedAt: z.date(),
  claimCount: z.int(),
  unmatchedCount: z.int(),
  deniedCount: z.int(),
});
export const EraList = z.object({ remittances: z.array(EraSummary) });

export const EraKey = z.object({ remittanceId: id("remittance") });
export type EraKey = z.infer<typeof EraKey>;

/** A reason code (CARC or RARC) in the payer's words and in plain ones, with the likely fix. */
const Reason = z.object({
  code: z.string(),
  description: z.string(),
  plain: z.string(),
  fixKind: z.string(),
  fix: z.string(),
});

export const EraAdjustment = z.object({
  group: z.string(),
  groupWords: z.string(),
  cents: z.int(),
  quantity: z.number().nullable(),
  reason: Reason,
});

export const EraLine = z.object({
  code: z.string(),
  modifiers: z.array(z.string()),
  serviceDate: day.nullable(),
  units: z.number(),
  chargedCents: z.int(),
  paidCents: z.int(),
  adjustments: z.array(EraAdjustment),
  remarks: z.array(z.object({ code: z.string(), words: z.string() })),
});

export const EraClaim = z.object({
  id: z.uuid(),
  controlNumber: z.string(),
  claimId: z.uuid().nullable(),
  childId: z.uuid().nullable(),
  childName: z.string().nullable(),
  status: z.string(),
  statusWords: z.string(),
  chargedCents: z.int(),
  paidCents: z.int(),
  patientResponsibilityCents: z.int(),
  payerClaimNumber: z.string().nullable(),
  unmatched: z.string().nullable(),
  denied: z.boolean(),
  workedAt: z.date().nullable(),
  adjustments: z.array(EraAdjustment),
  lines: z.array(EraLine),
  remarks: z.array(z.object({ code: z.string(), words: z.string() })),
});
export type EraClaim = z.infer<typeof EraClaim>;

export const EraDetail = EraSummary.omit({
  claimCount: true,
  unmatchedCount: true,
  deniedCount: true,
}).extend({
  payerIdentifier: z.string().nullable(),
  method: z.string(),
  providerAdjustments: z.array(
    z.object({
      reason: z.string(),
      reference: z.string().nullable(),
      cents: z.int(),
      words: z.string(),
    }),
  ),
  claims: z.array(EraClaim),
});

export const Denial = z.object({
  id: z.uuid(),
  remittanceId: z.uuid(),
  claimId: z.uuid(),
  controlNumber: z.string(),
  childId: z.uuid(),
  childName: z.string(),
  payerName: z.string(),
  paidOn: day.nullable(),
  chargedCents: z.int(),
  /** Each reason the payer gave once, the first the likeliest fix. */
  reasons: z.array(Reason),
});
export const DenialList = z.object({ denials: z.array(Denial) });

export const DenialKey = z.object({ remittanceClaimId: id("denial") });
export type DenialKey = z.infer<typeof DenialKey>;
export const DenialWorked = z.object({ ok: z.literal(true) });
