import { sql } from "drizzle-orm";

import type { BilledLine, Encounter, PayerRuleSet } from "@carryover/domain/billing";

import type { Queryable } from "../../client";

export type ClaimScrubRow = {
  claimId: string;
  clinicId: string;
  childId: string;
  status: string;
  serviceOn: string;
  lines: BilledLine[];
  diagnoses: string[];
  encounter: Encounter;
  noteSigned: boolean;
  memberId: string;
  rules: PayerRuleSet;
  renderingNpi: string | null;
  billingNpi: string | null;
  plan: { startsOn: string; endsOn: string; certifiedOn: string | null } | null;
  visitsSinceProgressReport: number;
  visitsBilledThisYear: number;
  authorization: {
    startsOn: string;
    endsOn: string;
    counts: "visits" | "units";
    left: number;
    codes: string[] | null;
  } | null;
  caregiverConsentOnFile: boolean;
  billedSameDay: string[];
};

/**
 * Everything the scrubber asks of these claims' charts on their dates of service, one row per
 * claim, in one statement: the note's signature (and co-signature), the coverage and payer, both
 * NPIs, the plan of care in force, treatment visits since the last progress report, the visits
 * billed to the payer earlier that year, the authorization (what is left of it before this claim),
 * the caregiver-training consent and the codes already billed for the child that day. A claim
 * counts only what comes before it: earlier dates, or the same date with a lower number.
 */
export async function readClaimScrubFacts(
  q: Queryable,
  claimIds: readonly string[],
): Promise<ClaimScrubRow[]> {
  if (claimIds.length === 0) return [];
  const ids = claimIds.join(",");
  return q.execute<ClaimScrubRow>(sql`
    with scope as (
      select c.*, ch.encounter, ch.rendering_provider_id, ch.note_id
      from claims c
      join charges ch on ch.id = c.charge_id
      where c.id = any(string_to_array(${ids}::text, ',')::uuid[])
    ),
    earlier as (
      select s.id as claim_id, s.payer_id as scope_payer_id, s.service_on as scope_service_on, o.*
      from scope s
      join claims o on o.child_id = s.child_id and o.id <> s.id and o.frequency = '1'
        and o.id is distinct from s.replaces_claim_id and o.status <> 'rejected'
        -- A secondary claim bills its primary's visit again, to another payer: not a duplicate.
        and o.id is distinct from s.primary_claim_id
        and (o.service_on < s.service_on or (o.service_on = s.service_on and o.number < s.number))
        and o.service_on >= date_trunc('year', s.service_on)::date
    ),
    -- Each claim's earlier claims, tallied once: the payer's visits this year, the codes that day.
    visits as (
      select claim_id, count(*)::int as n from earlier
      where payer_id = scope_payer_id group by claim_id
    ),
    same_day as (
      select e.claim_id, array_agg(l ->> 'code') as codes
      from earlier e cross join jsonb_array_elements(e.lines) l
      where e.service_on = e.scope_service_on group by e.claim_id
    )
    select s.id as "claimId", s.clinic_id as "clinicId", s.child_id as "childId",
      s.status::text as "status", s.service_on::text as "serviceOn", s.lines, s.diagnoses,
      s.encounter,
      (n.signed_at is not null and (n.cosigner_id is null or n.cosigned_at is not null))
        as "noteSigned",
      cov.member_id as "memberId", p.rules,
      m.npi as "renderingNpi", bp.npi as "billingNpi",
      case when pc.start_on is null then null else json_build_object(
        'startsOn', pc.start_on::text, 'endsOn', pc.end_on::text,
        'certifiedOn', pc.certified_on::text) end as "plan",
      (
        select count(*)::int from clinical_notes v
        where v.child_id = s.child_id and v.kind = 'visit' and v.service_on <= s.service_on
          and v.service_on > coalesce((
            select max(r.service_on) from clinical_notes r
            where r.child_id = s.child_id and r.kind = 'progress_report'
              and r.signed_at is not null and r.service_on <= s.service_on
          ), pc.start_on - 1, '-infinity'::date)
      ) as "visitsSinceProgressReport",
      coalesce(visits.n, 0) as "visitsBilledThisYear",
      case when a.id is null then null else json_build_object(
        'startsOn', a.starts_on::text, 'endsOn', a.ends_on::text, 'counts', a.counts,
        'codes', a.codes,
        'left', a.approved - coalesce((
          select case when a.counts = 'visits' then count(distinct o.id)
            else sum((l ->> 'units')::int) end
          from claims o cross join jsonb_array_elements(o.lines) l
          where o.coverage_id = a.coverage_id and o.id <> s.id and o.frequency = '1'
            and o.status <> 'rejected' and o.id is distinct from s.replaces_claim_id
            and o.service_on between a.starts_on and a.ends_on
            and (o.service_on < s.service_on or (o.service_on = s.service_on and o.number < s.number))
            and (a.counts = 'visits' or a.codes is null or (l ->> 'code') = any(a.codes))
        ), 0)) end as "authorization",
      exists (
        select 1 from clinical_consents k
        where k.child_id = s.child_id and k.kind = 'caregiver_training'
          and k.given_on <= s.service_on
          and (k.revoked_at is null or k.revoked_at::date > s.service_on)
      ) as "caregiverConsentOnFile",
      coalesce(same_day.codes, '{}') as "billedSameDay"
    from scope s
    join clinical_notes n on n.id = s.note_id
    join coverages cov on cov.id = s.coverage_id
    join payers p on p.id = s.payer_id
    left join memberships m on m.user_id = s.rendering_provider_id and m.clinic_id = s.clinic_id
    left join clinic_billing_profiles bp on bp.clinic_id = s.clinic_id
    left join visits on visits.claim_id = s.id
    left join same_day on same_day.claim_id = s.id
    left join lateral (
      select pc.start_on, pc.end_on, pc.certified_on from plans_of_care pc
      where pc.child_id = s.child_id and pc.start_on <= s.service_on
      order by pc.start_on desc limit 1
    ) pc on true
    left join lateral (
      select a.* from authorizations a
      where a.coverage_id = s.coverage_id and a.starts_on <= s.service_on
      order by a.ends_on desc limit 1
    ) a on true
    order by s.service_on, s.number`);
}
