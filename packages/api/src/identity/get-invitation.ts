import { findClinic, findInvitationByTokenHash, findUserByEmail } from "@carryover/db/queries";
import { decideTokenState } from "@carryover/domain/identity";

import type { ServiceDeps } from "../context";
import { notFound } from "../errors";
import { hashToken } from "./tokens";

/** What the invitation page shows before the person chooses a password. */
export async function getInvitation(deps: ServiceDeps, token: string) {
  const row = await findInvitationByTokenHash(deps.db, hashToken(token));
  if (!row) throw notFound("invitation");
  const clinic = await findClinic(deps.db, row.invitation.clinicId);
  const state = decideTokenState(row.invitation, deps.now());
  const hasAccount = Boolean(await findUserByEmail(deps.db, row.invitation.email));
  return {
    state: state.usable ? ("USABLE" as const) : state.reason,
    clinicName: clinic?.name ?? "your clinic",
    email: row.invitation.email,
    name: row.invitation.name,
    role: row.invitation.role,
    childFirstName: row.childFirstName,
    expiresAt: row.invitation.expiresAt,
    hasAccount,
  };
}
