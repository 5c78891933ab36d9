import { pipelined } from "@carryover/db";
import {
  insertStatement,
  listChildrenOwing,
  listClinicZones,
  markStatementEmailed,
} from "@carryover/db/queries";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ServiceDeps } from "../context";
import type { JobRunner } from "../ports/jobs";
import { readStatementBody } from "./statements";

/** Daily at 13:00 UTC (morning across the Americas); a clinic's statements go out on its 1st. */
export const STATEMENT_RUN_CRON = "0 13 * * *";

/**
 * On the first of the clinic's month: a statement kept for every child whose family owes something,
 * and an email to each guardian who sees the bills with a link to it, no amounts and no health detail.
 * A statement is kept once per child per day and emailed once, so a repeated run sends nothing twice.
 */
export async function issueMonthlyStatements(
  deps: Pick<ServiceDeps, "db" | "mail" | "now" | "appUrl">,
) {
  let emailed = 0;
  for (const clinic of await listClinicZones(deps.db)) {
    const asOf = localDateOf(deps.now(), clinic.timeZone);
    if (!asOf.endsWith("-01")) continue;
    for (const { childId, guardianEmails } of await listChildrenOwing(deps.db, clinic.id)) {
      await deps.db.transaction(async (tx) => {
        const body = await readStatementBody(tx, childId);
        const kept = await insertStatement(tx, { clinicId: clinic.id, childId, asOf, body });
        if (kept.emailedAt || guardianEmails.length === 0) return;
        await pipelined(
          guardianEmails.map((to) =>
            deps.mail.send(tx, {
              to,
              clinicId: clinic.id,
              subject: `Your statement from ${clinic.name} is ready`,
              text: [
                `Your monthly statement from ${clinic.name} is ready in Carryover.`,
                "",
                `See it and pay online: ${deps.appUrl}/family/billing/statements/${kept.id}`,
                "",
                "You need to sign in to see it.",
              ].join("\n"),
            }),
          ),
        );
        await markStatementEmailed(tx, kept.id, deps.now());
        emailed += guardianEmails.length;
      });
    }
  }
  return { emailed };
}

export async function startStatementWorker(runner: JobRunner, deps: ServiceDeps) {
  await runner.work("statement-run", async () => {
    await issueMonthlyStatements(deps);
  });
  await runner.schedule("statement-run", STATEMENT_RUN_CRON);
}
