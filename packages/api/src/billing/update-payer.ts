import { updatePayer } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import type { PayerChange } from "./payer.contracts";
import { payerValuesOf, writePayer } from "./write-payer";

/** Changes a payer's details and rule set; claims coded from now on follow them. */
export const updatePayerDetails = (ctx: ActorContext, { id, ...details }: PayerChange) =>
  writePayer(ctx, { action: "payer.update", name: details.name }, async (tx) => {
    const row = await updatePayer(tx, ctx.actor.clinicId, id, payerValuesOf(details));
    if (!row) throw notFound("payer");
    return row.id;
  });
