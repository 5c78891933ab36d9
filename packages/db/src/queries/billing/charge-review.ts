import { sql } from "drizzle-orm";

import {
  CLINICIAN_EDITS,
  type BilledLine,
  type ClaimStatus,
  type ScrubberFinding,
} from "@carryover/domain/billing";

import type { Queryable } from "../../client";

export type ChargeReviewRow = {
  chargeId: string;
  noteId: string;
  childId: string;
  childName: string;
  serviceOn: string;
  therapistName: string;
  payerName: string | null;
  payerKind: string | null;
  lines: BilledLine[];
  totalCents: number;
  unassignedMinutes: number;
  unpricedCodes: string[];
  recoded: boolean;
  claimId: string | null;
  claimStatus: ClaimStatus | null;
};

/** A clinic's charges of signed visits from `since`, newest first, each with its first claim. */
export async function listChargesForReview(
  q: Queryable,
  input: { clinicId: string; since: string; limit: number },
): Promise<ChargeReviewRow[]> {
  return q.execute<ChargeReviewRow>(sql`
    select g.id as "chargeId", g.note_id as "noteId", g.child_id as "childId",
      ch.first_name || ' ' || ch.last_name as "childName", g.service_on::text as "serviceOn",
      u.name as "therapistName", p.name as "payerName", p.kind::text as "payerKind",
      g.lines, g.total_cents as "totalCents", g.unassigned_minutes as "unassignedMinutes",
      g.unpriced_codes as "unpricedCodes", g.recoded_at is not null as "recoded",
      c.id as "claimId", c.status::text as "claimStatus"
    from charges g
    join children ch on ch.id = g.child_id
    join users u on u.id = g.rendering_provider_id
    left join payers p on p.id = g.payer_id
    left join lateral (
      select c.id, c.status from claims c where c.charge_id = g.id
      order by c.number desc limit 1
    ) c on true
    where g.clinic_id = ${input.clinicId} and g.service_on >= ${input.since}
    order by g.service_on desc, g.created_at desc
    limit ${input.limit}`);
}

export type BlockingNoteRow = {
  noteId: string;
  childId: string;
  childName: string;
  serviceOn: string;
  findings: ScrubberFinding[];
};

/**
 * Signed notes whose claims the checks hold back for something the clinician fixes: this
 * therapist's (they gave the visit, or co-sign it), or the whole clinic's when `therapistId` is
 * null. Oldest visit first: the payer's filing limit runs from it.
 */
export async function listNotesBlockingClaims(
  q: Queryable,
  input: { clinicId: string; therapistId: string | null },
): Promise<BlockingNoteRow[]> {
  const edits = CLINICIAN_EDITS.join(",");
  return q.execute<BlockingNoteRow>(sql`
    select g.note_id as "noteId", c.child_id as "childId",
      ch.first_name || ' ' || ch.last_name as "childName", c.service_on::text as "serviceOn",
      (
        select jsonb_agg(f) from jsonb_array_elements(c.findings) f
        where f ->> 'edit' = any(string_to_array(${edits}::text, ','))
      ) as findings
    from claims c
    join charges g on g.id = c.charge_id
    join clinical_notes n on n.id = g.note_id
    join children ch on ch.id = c.child_id
    where c.clinic_id = ${input.clinicId} and c.status = 'draft'
      and (${input.therapistId}::uuid is null
        or g.rendering_provider_id = ${input.therapistId}::uuid
        or n.cosigner_id = ${input.therapistId}::uuid)
      and exists (
        select 1 from jsonb_array_elements(c.findings) f
        where f ->> 'edit' = any(string_to_array(${edits}::text, ','))
      )
    order by c.service_on, c.number`);
}
