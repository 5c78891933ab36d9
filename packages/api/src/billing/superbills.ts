import { readSuperbillFacts } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { auditRead } from "../policy/audit";
import { requireAccountReader } from "../policy/billing-access";
import type { Superbill, SuperbillInput } from "./superbill.contracts";

/**
 * A superbill: the itemized receipt an out-of-network family sends its plan — the clinic's NPI and
 * tax id, the child's diagnoses, each visit's codes and charges, and what the family paid.
 */
export async function getSuperbill(ctx: ActorContext, input: SuperbillInput): Promise<Superbill> {
  return ctx.db.transaction(async (tx) => {
    const { child } = await requireAccountReader(tx, ctx.actor, input.childId);
    const facts = await readSuperbillFacts(tx, {
      clinicId: child.clinicId,
      childId: child.id,
      from: input.from,
      to: input.to,
    });
    if (!facts.child) throw notFound("child");
    await auditRead(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: child.clinicId,
      action: "superbill.read",
      entityType: "child",
      entityId: child.id,
    });
    const { profile } = facts;
    return {
      from: input.from,
      to: input.to,
      clinic: profile
        ? {
            legalName: profile.legalName,
            npi: profile.npi,
            taxId: profile.taxId,
            address: `${profile.addressLine1}, ${profile.city}, ${profile.state} ${profile.zip}`,
            phone: profile.phone,
          }
        : null,
      child: {
        name: `${facts.child.firstName} ${facts.child.lastName}`,
        dateOfBirth: facts.child.dateOfBirth,
      },
      diagnoses: facts.diagnoses,
      visits: facts.visits.map((visit) => ({
        ...visit,
        lines: visit.lines.map(({ code, modifiers, units, cents }) => ({
          code,
          modifiers,
          units,
          cents,
        })),
      })),
      chargedCents: facts.visits.reduce((total, visit) => total + visit.totalCents, 0),
      paidCents: facts.paidCents,
    };
  });
}
