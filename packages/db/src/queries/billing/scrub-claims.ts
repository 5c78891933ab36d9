import {
  needsAuthorization,
  scrubClaim,
  type ClaimFacts,
  type ScrubberFinding,
} from "@carryover/domain/billing";

import type { Queryable } from "../../client";
import { readClaimScrubFacts, type ClaimScrubRow } from "./claim-facts";
import { saveScrubResults } from "./claims";

/** Claims are scrubbed a hundred at a time: two statements each time, whatever is in them. */
export const SCRUB_CHUNK = 100;

/** What the scrubber asks, from what the chart says on the claim's date of service. */
export function claimFactsOf(row: ClaimScrubRow): ClaimFacts {
  return {
    dateOfService: row.serviceOn,
    noteSigned: row.noteSigned,
    memberId: row.memberId,
    renderingNpi: row.renderingNpi,
    billingNpi: row.billingNpi,
    diagnosisCodes: row.diagnoses,
    planOfCare: row.plan,
    visitsSinceProgressReport: row.visitsSinceProgressReport,
    authorization: {
      required: needsAuthorization(row.rules, row.visitsBilledThisYear),
      current: row.authorization,
    },
    visitLimit: { perYear: row.rules.visitLimitPerYear, billedThisYear: row.visitsBilledThisYear },
    caregiverConsentOnFile: row.caregiverConsentOnFile,
    modality: row.encounter.modality,
    payerTelehealthCodes: row.rules.telehealth.paidCodes,
    lines: row.lines.map(({ code, units, modifiers }) => ({ code, units, modifiers })),
    documented: row.encounter,
    billedSameDay: row.billedSameDay,
  };
}

/**
 * Scrubs these claims and keeps each one's findings: an open claim with none is ready, one with any
 * goes back to draft. Claims that have left for the payer are read but not changed.
 */
export async function scrubClaims(tx: Queryable, claimIds: readonly string[], at: Date) {
  const findings = new Map<string, ScrubberFinding[]>();
  for (let start = 0; start < claimIds.length; start += SCRUB_CHUNK) {
    const rows = await readClaimScrubFacts(tx, claimIds.slice(start, start + SCRUB_CHUNK));
    const results = rows.map((row) => ({
      id: row.claimId,
      findings: scrubClaim(claimFactsOf(row)),
    }));
    await saveScrubResults(tx, results, at);
    for (const result of results) findings.set(result.id, result.findings);
  }
  return findings;
}
