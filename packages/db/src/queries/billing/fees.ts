import { and, asc, desc, eq, sql } from "drizzle-orm";

import type { FeeKind } from "@carryover/domain/billing";

import type { Queryable } from "../../client";
import { feePolicies, ledgerEntries, sessionTypes, users } from "../../schema";
import type { LedgerEntryInsert } from "./ledger";

/** A clinic's missed-session fees as they stand, with who last set each. */
export async function listFeePolicies(q: Queryable, clinicId: string) {
  return q
    .select({
      kind: feePolicies.kind,
      amountCents: feePolicies.amountCents,
      sessionTypeIds: feePolicies.sessionTypeIds,
      updatedAt: feePolicies.updatedAt,
      updatedByName: users.name,
    })
    .from(feePolicies)
    .leftJoin(users, eq(users.id, feePolicies.updatedById))
    .where(eq(feePolicies.clinicId, clinicId))
    .orderBy(asc(feePolicies.kind));
}

export async function findFeePolicy(q: Queryable, clinicId: string, kind: FeeKind) {
  const [row] = await q
    .select({
      kind: feePolicies.kind,
      amountCents: feePolicies.amountCents,
      sessionTypeIds: feePolicies.sessionTypeIds,
    })
    .from(feePolicies)
    .where(and(eq(feePolicies.clinicId, clinicId), eq(feePolicies.kind, kind)));
  return row;
}

/** Sets one of a clinic's fees: its amount and the session types it is charged for. */
export async function upsertFeePolicy(
  q: Queryable,
  policy: {
    clinicId: string;
    kind: FeeKind;
    amountCents: number;
    sessionTypeIds: string[];
    updatedById: string;
    at: Date;
  },
) {
  const { at, ...values } = policy;
  const change = {
    amountCents: values.amountCents,
    sessionTypeIds: values.sessionTypeIds,
    updatedById: values.updatedById,
    updatedAt: at,
  };
  await q
    .insert(feePolicies)
    .values({ ...values, updatedAt: at })
    .onConflictDoUpdate({ target: [feePolicies.clinicId, feePolicies.kind], set: change });
}

/** Every session type of the clinic a fee may name, the active ones first. */
export async function listFeeSessionTypes(q: Queryable, clinicId: string) {
  return q
    .select({
      id: sessionTypes.id,
      name: sessionTypes.name,
      kind: sessionTypes.kind,
      active: sessionTypes.active,
    })
    .from(sessionTypes)
    .where(eq(sessionTypes.clinicId, clinicId))
    .orderBy(desc(sessionTypes.active), asc(sessionTypes.name), asc(sessionTypes.id));
}

/** A missed session as its fee needs it: its type, its local zone, and the children still in it. */
export async function findMissedSession(q: Queryable, appointmentId: string) {
  const [row] = await q.execute<{
    clinicId: string;
    sessionTypeId: string;
    startsAt: string | Date;
    timeZone: string;
    childIds: string[];
  }>(sql`
    select a.clinic_id as "clinicId", a.session_type_id as "sessionTypeId",
      a.starts_at as "startsAt", a.time_zone as "timeZone",
      coalesce(array_agg(p.child_id order by p.child_id) filter (where p.child_id is not null),
        '{}')::text[] as "childIds"
    from appointments a
    left join appointment_participants p on p.appointment_id = a.id and p.left_at is null
    where a.id = ${appointmentId}
    group by a.id`);
  return row ? { ...row, startsAt: new Date(row.startsAt) } : undefined;
}

type OncePerSession = LedgerEntryInsert & {
  kind: "fee" | "fee_waiver";
  appointmentId: string;
};

/**
 * Appends fees, or fee waivers, each at most once per session and child: an entry the ledger holds
 * already (its unique index, the last word on a race) is skipped. The ids and children written.
 */
export async function insertOncePerSession(q: Queryable, entries: OncePerSession[]) {
  if (entries.length === 0) return [];
  const [first] = entries;
  if (entries.some((entry) => entry.kind !== first?.kind))
    throw new Error("fees and waivers are written apart");
  return q
    .insert(ledgerEntries)
    .values(entries)
    .onConflictDoNothing({
      target: [ledgerEntries.appointmentId, ledgerEntries.childId],
      where: first?.kind === "fee" ? sql`kind = 'fee'` : sql`kind = 'fee_waiver'`,
    })
    .returning({ id: ledgerEntries.id, childId: ledgerEntries.childId });
}

/**
 * A fee on a child's account, by its entry, its session or both, and the day it was waived if it
 * was. Another child's fee is not found.
 */
export async function findChildFee(
  q: Queryable,
  childId: string,
  key: { entryId?: string | undefined; appointmentId?: string | undefined },
) {
  const entryId = key.entryId ?? null;
  const appointmentId = key.appointmentId ?? null;
  if (entryId === null && appointmentId === null) return undefined;
  const [row] = await q.execute<{
    id: string;
    clinicId: string;
    appointmentId: string;
    cents: number;
    waivedOn: string | null;
  }>(sql`
    select f.id, f.clinic_id as "clinicId", f.appointment_id as "appointmentId", f.cents,
      w.dated_on::text as "waivedOn"
    from ledger_entries f
    left join ledger_entries w on w.kind = 'fee_waiver' and w.child_id = f.child_id
      and w.appointment_id = f.appointment_id
    where f.child_id = ${childId} and f.kind = 'fee' and f.appointment_id is not null
      and (${entryId}::uuid is null or f.id = ${entryId}::uuid)
      and (${appointmentId}::uuid is null or f.appointment_id = ${appointmentId}::uuid)
    limit 1`);
  return row;
}
