import { z } from "zod";

import { CLAIM_STATUSES, PAYER_KINDS, SCRUBBER_EDITS } from "@carryover/domain/billing";
import { storableText } from "@carryover/domain/bounds";

const day = z.iso.date();
const id = (what: string) => z.uuid(`That ${what} link is not valid`);

export const ClaimStatus = z.enum(CLAIM_STATUSES, "Choose a claim status");

export const ClaimFinding = z.object({
  edit: z.enum(SCRUBBER_EDITS),
  problem: z.string(),
  fix: z.string(),
});

export const BilledLine = z.object({
  code: z.string(),
  units: z.int(),
  modifiers: z.array(z.string()),
  unitCents: z.int(),
  cents: z.int(),
  diagnosisPointers: z.array(z.int()),
});

export const ClaimSummary = z.object({
  id: z.uuid(),
  controlNumber: z.string(),
  status: ClaimStatus,
  frequency: z.enum(["1", "7", "8"]),
  serviceOn: day,
  totalCents: z.int(),
  findings: z.array(ClaimFinding),
  childId: z.uuid(),
  childName: z.string(),
  payerId: z.uuid(),
  payerName: z.string(),
  batchId: z.uuid().nullable(),
});
export type ClaimSummary = z.infer<typeof ClaimSummary>;

export const ClaimListInput = z
  .object({
    statuses: z.array(ClaimStatus).min(1).max(CLAIM_STATUSES.length).optional(),
    childId: id("child").optional(),
  })
  .optional();
export type ClaimListInput = z.infer<typeof ClaimListInput>;

export const ClaimList = z.object({
  claims: z.array(ClaimSummary),
  byStatus: z.array(z.object({ status: ClaimStatus, count: z.int(), cents: z.number() })),
});

export const ClaimKey = z.object({ claimId: id("claim") });
export type ClaimKey = z.infer<typeof ClaimKey>;

/** What is left on a claim once its payer answered, and where it went or may go. */
export const ClaimFollowUp = z.object({
  /** What insurance still owes on the claim. */
  insuranceCents: z.int(),
  /** The family's balance from the claim: the patient responsibility its payer moved to them. */
  familyCents: z.int(),
  movedToFamilyCents: z.int(),
  /** The child's secondary plan on the visit's date. */
  secondaryPayerName: z.string().nullable(),
  /** On a secondary claim: the primary claim whose adjudication it carries. */
  primaryClaim: z.object({ id: z.uuid(), controlNumber: z.string() }).nullable(),
  /** The claim billed to the secondary plan with this one's adjudication. */
  secondaryClaim: z
    .object({
      id: z.uuid(),
      controlNumber: z.string(),
      payerName: z.string(),
      status: ClaimStatus,
    })
    .nullable(),
});
export type ClaimFollowUp = z.infer<typeof ClaimFollowUp>;

export const ClaimDetail = ClaimSummary.extend({
  childDateOfBirth: day,
  placeOfService: z.string(),
  diagnoses: z.array(z.string()),
  lines: z.array(BilledLine),
  payerKind: z.enum(PAYER_KINDS),
  coverage: z.object({
    rank: z.enum(["primary", "secondary"]),
    memberId: z.string(),
    groupNumber: z.string().nullable(),
    relationship: z.enum(["self", "child"]),
    subscriberName: z.string(),
  }),
  renderingProvider: z.string(),
  noteId: z.uuid(),
  unassignedMinutes: z.int(),
  unpricedCodes: z.array(z.string()),
  /** What the last re-coding of the note changed, code by code. */
  recoded: z
    .object({
      at: z.date(),
      changes: z.array(
        z.object({
          code: z.string(),
          unitsBefore: z.int(),
          unitsAfter: z.int(),
          centsChange: z.int(),
        }),
      ),
    })
    .nullable(),
  scrubbedAt: z.date().nullable(),
  submittedAt: z.date().nullable(),
  payerClaimNumber: z.string().nullable(),
  followUp: ClaimFollowUp,
});
export type ClaimDetail = z.infer<typeof ClaimDetail>;

/** The secondary claim made of a primary one: ready to send, or held back by a check. */
export const SecondaryClaimBilled = z.object({
  claimId: z.uuid(),
  controlNumber: z.string(),
  status: z.enum(["ready", "draft"]),
  payerName: z.string(),
  /** What moved to the secondary payer on the ledger. */
  cents: z.int(),
});
export const BalanceMovedToFamily = z.object({ claimId: z.uuid(), cents: z.int() });

/** Scrub the clinic's open claims, or only these. */
export const ClaimScrubInput = z
  .object({ claimIds: z.array(id("claim")).min(1).max(1000).optional() })
  .optional();
export type ClaimScrubInput = z.infer<typeof ClaimScrubInput>;
export const ClaimScrubResult = z.object({ scrubbed: z.int(), ready: z.int(), draft: z.int() });

export const ClaimBatchInput = z.object({
  payerId: id("payer"),
  claimIds: z
    .array(id("claim"))
    .min(1, "Choose at least one claim")
    .max(1000, "Batch at most 1,000 claims at a time"),
});
export type ClaimBatchInput = z.infer<typeof ClaimBatchInput>;

export const ClaimBatchSummary = z.object({
  id: z.uuid(),
  interchangeControlNumber: z.int(),
  payerName: z.string(),
  claimCount: z.int(),
  totalCents: z.number(),
  createdAt: z.date(),
});
export const ClaimBatchList = z.array(ClaimBatchSummary);

/** What the payer said of a submitted claim (its acknowledgment, 277CA or portal). */
export const ClaimAnswerInput = z.discriminatedUnion("answer", [
  z.object({
    claimId: id("claim"),
    answer: z.literal("accepted"),
    payerClaimNumber: storableText(50, "Keep the payer's claim number under 50 characters")
      .pipe(z.string().trim())
      .pipe(
        z
          .string()
          .regex(/^[A-Za-z0-9-]+$/, "Enter the payer's claim number: letters, digits and hyphens"),
      ),
  }),
  z.object({ claimId: id("claim"), answer: z.literal("rejected") }),
]);
export type ClaimAnswerInput = z.infer<typeof ClaimAnswerInput>;

/** A correction: a replacement with the claim as it should be, or a void that cancels it. */
export const ClaimCorrectionInput = z.object({
  claimId: id("claim"),
  kind: z.enum(["replace", "void"], "Choose replace or void"),
});
export type ClaimCorrectionInput = z.infer<typeof ClaimCorrectionInput>;
export const ClaimCorrection = z.object({ claimId: z.uuid(), status: ClaimStatus });
