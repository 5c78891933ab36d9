import { sql } from "drizzle-orm";

import type { BilledLine } from "@carryover/domain/billing";

import type { Queryable } from "../../client";
import { pipelined } from "../../pipeline";

export type SuperbillVisit = {
  serviceOn: string;
  placeOfService: string;
  lines: BilledLine[];
  totalCents: number;
  providerName: string;
  providerNpi: string | null;
};

/**
 * What a superbill itemizes for a child between two days: the clinic's billing identity, the child,
 * the chart's diagnoses, each signed visit's coded lines, and what the family paid in those days.
 */
export async function readSuperbillFacts(
  q: Queryable,
  input: { clinicId: string; childId: string; from: string; to: string },
) {
  const { clinicId, childId, from, to } = input;
  const [[profile], [child], diagnoses, visits, [paid]] = await pipelined([
    q.execute<{
      legalName: string;
      npi: string;
      taxId: string;
      addressLine1: string;
      city: string;
      state: string;
      zip: string;
      phone: string;
    }>(sql`
      select legal_name as "legalName", npi, tax_id as "taxId", address_line1 as "addressLine1",
        city, state, zip, phone
      from clinic_billing_profiles where clinic_id = ${clinicId}`),
    q.execute<{ firstName: string; lastName: string; dateOfBirth: string }>(sql`
      select first_name as "firstName", last_name as "lastName",
        date_of_birth::text as "dateOfBirth"
      from children where id = ${childId}`),
    q.execute<{ code: string; description: string }>(sql`
      select code, description from child_diagnoses where child_id = ${childId}
      order by kind, position, code`),
    q.execute<SuperbillVisit>(sql`
      select c.service_on::text as "serviceOn", c.place_of_service as "placeOfService", c.lines,
        c.total_cents as "totalCents", u.name as "providerName", m.npi as "providerNpi"
      from charges c join users u on u.id = c.rendering_provider_id
      left join memberships m on m.user_id = u.id and m.clinic_id = c.clinic_id
      where c.child_id = ${childId} and c.service_on between ${from} and ${to}
      order by c.service_on, c.created_at
      limit 400`),
    q.execute<{ cents: number }>(sql`
      select coalesce(-sum(cents), 0)::int as cents from ledger_entries
      where child_id = ${childId} and party = 'family' and kind in ('family_payment', 'refund')
        and dated_on between ${from} and ${to}`),
  ]);
  return { profile, child, diagnoses, visits, paidCents: paid?.cents ?? 0 };
}
