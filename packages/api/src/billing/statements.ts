import { pipelined, type Queryable } from "@carryover/db";
import {
  findClinic,
  findCoverageChild,
  findStatement,
  insertStatement,
  listAccountEntries,
  listInvoiceNumbers,
  listStatements,
} from "@carryover/db/queries";
import { statementOf, visitSentence, type StatementBody } from "@carryover/domain/billing";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit, auditRead } from "../policy/audit";
import { requireAccountReader, requireBillingChild } from "../policy/billing-access";
import type { AccountKey, StatementKey } from "./statement.contracts";

/** A child's account as a statement: every line in plain words, summing to the family's balance. */
export async function readStatementBody(q: Queryable, childId: string): Promise<StatementBody> {
  const [entries, invoiceNumbers] = await pipelined([
    listAccountEntries(q, childId),
    listInvoiceNumbers(q, childId),
  ]);
  return statementOf(entries, { invoiceNumbers });
}

const withSentences = (body: StatementBody) => ({
  ...body,
  lines: body.lines.map((line) =>
    line.kind === "visit" ? { ...line, sentence: visitSentence(line) } : line,
  ),
});

async function names(q: Queryable, clinicId: string, childId: string) {
  const [clinic, child] = await pipelined([findClinic(q, clinicId), findCoverageChild(q, childId)]);
  return {
    clinicName: clinic?.name ?? "",
    childName: child ? `${child.firstName} ${child.lastName}` : "",
  };
}

const readAudit = (ctx: ActorContext, childId: string, action: string) => ({
  actorId: ctx.actor.userId,
  clinicId: ctx.actor.clinicId,
  action,
  entityType: "child",
  entityId: childId,
});

/** The family's account as it stands now, for a guardian who sees the bills or for billing staff. */
export async function currentStatement(ctx: ActorContext, input: AccountKey) {
  return ctx.db.transaction(async (tx) => {
    const { child } = await requireAccountReader(tx, ctx.actor, input.childId);
    const [body, named] = await pipelined([
      readStatementBody(tx, child.id),
      names(tx, child.clinicId, child.id),
      auditRead(tx, ctx.meta, readAudit(ctx, child.id, "statement.read")),
    ]);
    const asOf = localDateOf(ctx.now(), child.clinicTimeZone);
    return { childId: child.id, ...named, asOf, number: null, ...withSentences(body) };
  });
}

/** A child's kept statements, newest first. */
export async function listChildStatements(ctx: ActorContext, input: AccountKey) {
  return ctx.db.transaction(async (tx) => {
    const { child } = await requireAccountReader(tx, ctx.actor, input.childId);
    const [rows] = await pipelined([
      listStatements(tx, child.id),
      auditRead(tx, ctx.meta, readAudit(ctx, child.id, "statement.list")),
    ]);
    return rows.map(({ childId: _, clinicId: __, ...row }) => row);
  });
}

/** One kept statement, as it was issued. */
export async function getStatement(ctx: ActorContext, input: StatementKey) {
  return ctx.db.transaction(async (tx) => {
    const statement = await findStatement(tx, input.statementId);
    if (!statement || statement.clinicId !== ctx.actor.clinicId) throw notFound("statement");
    const { child } = await requireAccountReader(tx, ctx.actor, statement.childId);
    const [named] = await pipelined([
      names(tx, child.clinicId, child.id),
      auditRead(tx, ctx.meta, readAudit(ctx, child.id, "statement.read")),
    ]);
    return {
      childId: child.id,
      ...named,
      asOf: statement.asOf,
      number: statement.number,
      ...withSentences(statement.body),
    };
  });
}

/** Billing staff keep today's statement for a child (once a day; a second issue returns the first). */
export async function issueStatement(ctx: ActorContext, input: AccountKey) {
  return ctx.db.transaction(async (tx) => {
    const child = await requireBillingChild(tx, ctx.actor, input.childId);
    const body = await readStatementBody(tx, child.id);
    const asOf = localDateOf(ctx.now(), child.clinicTimeZone);
    const kept = await insertStatement(tx, {
      clinicId: child.clinicId,
      childId: child.id,
      asOf,
      body,
    });
    await audit(tx, ctx.meta, { ...readAudit(ctx, child.id, "statement.issue") });
    return { statementId: kept.id, number: kept.number };
  });
}
