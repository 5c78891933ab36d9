import { listFormsOfChild, listOutstandingForms, type FormScope } from "@carryover/db/queries";
import { reachOf } from "@carryover/domain/access";

import type { Actor, ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import { requireChildAccess } from "../policy/child-access";
import { formSummaryOf } from "./form-view";
import type { FormsOfChild } from "./form.contracts";

/** A child's forms, outstanding and signed, for the family and the care team. Audited. */
export async function listForms(ctx: ActorContext, input: FormsOfChild) {
  return ctx.db.transaction(async (tx) => {
    await requireChildAccess(tx, ctx.actor, input.childId, "view");
    const rows = await listFormsOfChild(tx, input.childId);
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "form.list",
      entityType: "child",
      entityId: input.childId,
    });
    return rows.map(formSummaryOf);
  });
}

function formScopeOf(actor: Actor): FormScope {
  switch (reachOf(actor.role)) {
    case "family":
      return { kind: "family", userId: actor.userId };
    case "caseload":
      return { kind: "caseload", userId: actor.userId };
    case "clinic":
      return { kind: "clinic" };
    case "none":
      throw new AppError("FORBIDDEN", "NO_FORMS", "Forms are for families and their care team.");
  }
}

/**
 * The forms waiting for a signature across every child the person reaches: a guardian's to sign,
 * a therapist's caseload's, the clinic's for an admin. Titles and names only: no answers.
 */
export async function listOutstanding(ctx: ActorContext) {
  const rows = await listOutstandingForms(ctx.db, {
    clinicId: ctx.actor.clinicId,
    scope: formScopeOf(ctx.actor),
  });
  return rows.map(formSummaryOf);
}
