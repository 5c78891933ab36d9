import { createHash } from "node:crypto";

import { findRemittanceIdBySha, postRemittance } from "@carryover/db/queries";
import type { RemittanceProblem } from "@carryover/domain/billing";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit, auditEach } from "../policy/audit";
import { requireBillingStaff } from "../policy/billing-access";
import type { EraImportInput } from "./era.contracts";
import { parse835 } from "./parse-835";

const unreadable = (fileName: string, problem: RemittanceProblem) =>
  new AppError(
    "VALIDATION",
    "REMITTANCE_UNREADABLE",
    `${fileName} is not a remittance we can read: ${problem.tag} on line ${problem.line} (segment ${problem.position}): ${problem.message} Nothing was posted.`,
    { field: "content" },
  );

/**
 * Posts an 835 in one transaction (`postRemittance`), audited: the import, and each child whose
 * account it posted to. The same file again posts nothing and says when it was imported. A file we
 * cannot read is refused naming its segment and line, and nothing is kept.
 */
export async function importRemittance(ctx: ActorContext, input: EraImportInput) {
  requireBillingStaff(ctx.actor, "remittance");
  const parsed = parse835(input.content);
  if (!parsed.ok) throw unreadable(input.fileName, parsed.problem);
  const { clinicId, userId } = ctx.actor;
  const sha256 = createHash("sha256").update(input.content).digest("hex");
  return ctx.db.transaction(async (tx) => {
    const posted = await postRemittance(tx, {
      clinicId,
      fileName: input.fileName,
      content: input.content,
      sha256,
      remittance: parsed.remittance,
      importedById: userId,
      at: ctx.now(),
    });
    if (!posted) {
      const remittanceId = await findRemittanceIdBySha(tx, clinicId, sha256);
      if (!remittanceId) throw new Error("a remittance conflicted and is not there");
      return { remittanceId, alreadyImported: true, posted: 0, unmatched: 0, denied: 0 };
    }
    const entry = { actorId: userId, clinicId };
    await audit(tx, ctx.meta, {
      ...entry,
      action: "remittance.import",
      entityType: "remittance",
      entityId: posted.remittanceId,
    });
    await auditEach(
      tx,
      ctx.meta,
      posted.childIds.map((childId) => ({
        ...entry,
        action: "ledger.post_remittance",
        entityType: "child",
        entityId: childId,
      })),
    );
    const { remittanceId, unmatched, denied } = posted;
    return { remittanceId, alreadyImported: false, posted: posted.posted, unmatched, denied };
  });
}
