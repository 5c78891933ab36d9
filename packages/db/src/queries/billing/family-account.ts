import { and, asc, desc, eq, sql } from "drizzle-orm";

import type { AccountEntry, StatementBody } from "@carryover/domain/billing";

import type { Queryable } from "../../client";
import { ledgerEntries, statements } from "../../schema";

/** Every entry of a child's account, as a statement reads it, oldest first. */
export async function listAccountEntries(q: Queryable, childId: string): Promise<AccountEntry[]> {
  return q
    .select({
      party: ledgerEntries.party,
      kind: ledgerEntries.kind,
      cents: ledgerEntries.cents,
      claimId: ledgerEntries.claimId,
      invoiceId: ledgerEntries.invoiceId,
      appointmentId: ledgerEntries.appointmentId,
      groupCode: ledgerEntries.groupCode,
      reasonCode: ledgerEntries.reasonCode,
      method: ledgerEntries.method,
      memo: ledgerEntries.memo,
      datedOn: ledgerEntries.datedOn,
    })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.childId, childId))
    .orderBy(asc(ledgerEntries.datedOn), asc(ledgerEntries.createdAt));
}

/** The invoice numbers of a child, for a statement to name its invoices by. */
export async function listInvoiceNumbers(q: Queryable, childId: string) {
  const rows = await q.execute<{ id: string; number: number }>(
    sql`select id, number::int as number from invoices where child_id = ${childId}`,
  );
  return new Map(rows.map((row) => [row.id, row.number]));
}

/** A statement as of a day: kept once per child per day (a second issue that day returns the first). */
export async function insertStatement(
  q: Queryable,
  statement: { clinicId: string; childId: string; asOf: string; body: StatementBody },
) {
  const values = { ...statement, balanceCents: statement.body.balanceCents };
  await q.insert(statements).values(values).onConflictDoNothing();
  const [row] = await q
    .select({ id: statements.id, number: statements.number, emailedAt: statements.emailedAt })
    .from(statements)
    .where(and(eq(statements.childId, statement.childId), eq(statements.asOf, statement.asOf)));
  if (!row) throw new Error("statement neither inserted nor found");
  return row;
}

const statementSummary = {
  id: statements.id,
  childId: statements.childId,
  clinicId: statements.clinicId,
  number: statements.number,
  asOf: statements.asOf,
  balanceCents: statements.balanceCents,
  emailedAt: statements.emailedAt,
};

/** A child's statements, newest first. */
export async function listStatements(q: Queryable, childId: string) {
  return q
    .select(statementSummary)
    .from(statements)
    .where(eq(statements.childId, childId))
    .orderBy(desc(statements.asOf))
    .limit(60);
}

export async function findStatement(q: Queryable, statementId: string) {
  const [row] = await q
    .select({ ...statementSummary, body: statements.body })
    .from(statements)
    .where(eq(statements.id, statementId));
  return row;
}

export async function markStatementEmailed(q: Queryable, statementId: string, at: Date) {
  await q.update(statements).set({ emailedAt: at }).where(eq(statements.id, statementId));
}

/**
 * The children of a clinic whose family owes something, with the guardians who see the bills: the
 * monthly statement run's list.
 */
export async function listChildrenOwing(q: Queryable, clinicId: string) {
  return q.execute<{ childId: string; guardianEmails: string[] }>(sql`
    select s.child_id as "childId",
      array(select u.email from guardian_links g join users u on u.id = g.guardian_id
            where g.child_id = s.child_id and g.can_see_billing and u.email is not null
            order by u.email) as "guardianEmails"
    from ledger_account_sums s
    where s.clinic_id = ${clinicId} and s.party = 'family' and s.cents > 0
    order by s.child_id`);
}

/** Every clinic with its zone: the monthly statement run checks each one's local day. */
export async function listClinicZones(q: Queryable) {
  return q.execute<{ id: string; name: string; timeZone: string }>(
    sql`select id, name, time_zone as "timeZone" from clinics order by id`,
  );
}
