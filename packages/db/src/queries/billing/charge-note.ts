import {
  chargesForVisit,
  encounterOfNote,
  encounterOfVisit,
  isAboveTherapyThreshold,
  pointedLines,
  UNINSURED_RULES,
} from "@carryover/domain/billing";
import type { NoteContent, NoteKind } from "@carryover/domain/clinical-notes";

import type { Queryable } from "../../client";
import { readChargeFacts, upsertCharge } from "./charges";
import { findClaimOfCharge, insertClaim, recodeOpenClaims } from "./claims";
import { scrubClaims } from "./scrub-claims";

export type SignedNote = {
  id: string;
  clinicId: string;
  childId: string;
  kind: NoteKind;
  content: NoteContent;
  serviceOn: string;
  appointmentId: string | null;
  authorId: string;
};

/** Pediatric OT teaches skills a child has not had yet: habilitative (96). */
const HABILITATIVE = true;

/**
 * Codes a signed note for the child's coverage on its date (primary first) and keeps its charges;
 * a note signed again after an addendum re-codes them. A covered visit gets a claim, scrubbed at
 * once; an open claim takes the new lines (a submitted one is corrected by a replacement claim).
 */
export async function chargeSignedNote(
  tx: Queryable,
  note: SignedNote,
  input: { furnishedByAssistant: boolean; at: Date },
) {
  const facts = await readChargeFacts(tx, { ...note, appointmentId: note.appointmentId });
  const encounter = encounterOfNote({ ...note, appointmentModality: facts.appointmentModality });
  if (!encounter) return null;
  const payer = facts.coverage?.payer ?? null;
  const rules = payer?.rules ?? UNINSURED_RULES;
  const feesOf = (payerId: string | null) =>
    Object.fromEntries(
      facts.fees.filter((fee) => fee.payerId === payerId).map((fee) => [fee.code, fee.cents]),
    );
  const billedCents = facts.billedThisYear.find((row) => row.payerId === payer?.id)?.cents ?? 0;
  const visit = {
    ...encounter,
    habilitative: HABILITATIVE,
    furnishedByAssistant: input.furnishedByAssistant,
    aboveTherapyThreshold: isAboveTherapyThreshold(rules, billedCents),
    rules,
    payerFees: payer ? feesOf(payer.id) : {},
    standardFees: feesOf(null),
  };
  const coded = chargesForVisit(visit);
  const { diagnoses, lines } = pointedLines(coded.lines, facts.diagnoses);
  const charge = await upsertCharge(
    tx,
    {
      clinicId: note.clinicId,
      childId: note.childId,
      noteId: note.id,
      coverageId: facts.coverage?.coverage.id ?? null,
      payerId: payer?.id ?? null,
      serviceOn: note.serviceOn,
      renderingProviderId: note.authorId,
      placeOfService: coded.placeOfService,
      encounter: encounterOfVisit(visit),
      lines,
      totalCents: coded.totalCents,
      unassignedMinutes: coded.unassignedMinutes,
      unpricedCodes: coded.unpricedCodes,
    },
    input.at,
  );
  if (!facts.coverage || payer?.kind === "self_pay") return { charge, claimId: null };
  const claimValues = {
    lines,
    totalCents: coded.totalCents,
    placeOfService: coded.placeOfService,
    diagnoses,
  };
  const existing = await findClaimOfCharge(tx, charge.id);
  const claimIds = existing
    ? (await recodeOpenClaims(tx, charge.id, claimValues)).map((row) => row.id)
    : [
        (
          await insertClaim(tx, {
            clinicId: note.clinicId,
            childId: note.childId,
            chargeId: charge.id,
            coverageId: facts.coverage.coverage.id,
            payerId: facts.coverage.payer.id,
            serviceOn: note.serviceOn,
            ...claimValues,
          })
        ).id,
      ];
  await scrubClaims(tx, claimIds, input.at);
  return { charge, claimId: claimIds[0] ?? existing?.id ?? null };
}
