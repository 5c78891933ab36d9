import { sql } from "drizzle-orm";

import type { BilledLine } from "@carryover/domain/billing";

import type { Queryable } from "../../client";

export type ClaimFileRow = {
  id: string;
  number: number;
  frequency: "1" | "7" | "8";
  replacesPayerClaimNumber: string | null;
  serviceOn: string;
  placeOfService: string;
  diagnoses: string[];
  lines: BilledLine[];
  totalCents: number;
  memberId: string;
  groupNumber: string | null;
  relationship: "self" | "child";
  subscriberName: string;
  subscriberDateOfBirth: string;
  subscriberSex: string;
  patientSex: string;
  address: { line1: string | null; city: string | null; state: string | null; zip: string | null };
  childFirstName: string;
  childLastName: string;
  childDateOfBirth: string;
  renderingName: string;
  renderingNpi: string | null;
  referringName: string | null;
  referringNpi: string | null;
  authorizationReference: string | null;
};

/** What an 837P or a CMS-1500 says of these claims, in one statement, in claim-number order. */
export async function readClaimsForFile(
  q: Queryable,
  claimIds: readonly string[],
): Promise<ClaimFileRow[]> {
  if (claimIds.length === 0) return [];
  const rows = await q.execute<ClaimFileRow & { number: string }>(sql`
    select c.id, c.number::text as number, c.frequency,
      r.payer_claim_number as "replacesPayerClaimNumber",
      c.service_on::text as "serviceOn", c.place_of_service as "placeOfService",
      c.diagnoses, c.lines, c.total_cents as "totalCents",
      cov.member_id as "memberId", cov.group_number as "groupNumber",
      cov.relationship, cov.subscriber_name as "subscriberName",
      cov.subscriber_date_of_birth::text as "subscriberDateOfBirth",
      cov.subscriber_sex as "subscriberSex", cov.patient_sex as "patientSex",
      json_build_object('line1', cov.address_line1, 'city', cov.city, 'state', cov.state,
        'zip', cov.zip) as address,
      ch.first_name as "childFirstName", ch.last_name as "childLastName",
      ch.date_of_birth::text as "childDateOfBirth",
      u.name as "renderingName", m.npi as "renderingNpi",
      ref.physician_name as "referringName", ref.physician_npi as "referringNpi",
      (
        select a.reference from authorizations a
        where a.coverage_id = c.coverage_id and c.service_on between a.starts_on and a.ends_on
        order by a.ends_on desc limit 1
      ) as "authorizationReference"
    from claims c
    join charges g on g.id = c.charge_id
    join coverages cov on cov.id = c.coverage_id
    join children ch on ch.id = c.child_id
    join users u on u.id = g.rendering_provider_id
    left join memberships m on m.user_id = g.rendering_provider_id and m.clinic_id = c.clinic_id
    left join child_referrals ref on ref.child_id = c.child_id
    left join claims r on r.id = c.replaces_claim_id
    where c.id = any(string_to_array(${claimIds.join(",")}::text, ',')::uuid[])
    order by c.number`);
  return rows.map((row) => ({ ...row, number: Number(row.number) }));
}
