import { insertPayer } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import type { PayerDetails } from "./payer.contracts";
import { payerValuesOf, writePayer } from "./write-payer";

/** Adds a payer the clinic bills, with its rule set; billing staff only. */
export const createPayer = (ctx: ActorContext, input: PayerDetails) =>
  writePayer(ctx, { action: "payer.create", name: input.name }, async (tx) => {
    const { id } = await insertPayer(tx, ctx.actor.clinicId, payerValuesOf(input));
    return id;
  });
