import { z } from "zod";

import { adminProcedure, createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
import {
  ChildId,
  ChildProfile,
  ChildSummary,
  CreateChildInput,
  GuardianLinkKey,
  UpdateChildTherapistsInput,
  UpdateGuardianLinkInput,
} from "./child.contracts";
import { createChild } from "./create-child";
import { getChild } from "./get-child";
import { listChildren } from "./list-children";
import { updateChildTherapists } from "./update-child-therapists";
import { removeGuardianLink, updateGuardianLink } from "./update-guardian-link";

const Ok = z.object({ ok: z.literal(true) });

export const childRouter = createRouter({
  list: signedInProcedure.output(z.array(ChildSummary)).query(({ ctx }) => listChildren(ctx)),
  get: signedInProcedure
    .input(ChildId)
    .output(ChildProfile)
    .query(({ ctx, input }) => getChild(ctx, input)),
  create: adminProcedure
    .input(CreateChildInput)
    .output(z.object({ childId: z.uuid() }))
    .mutation(({ ctx, input }) => createChild(ctx, input)),
  updateTherapists: adminProcedure
    .input(UpdateChildTherapistsInput)
    .output(Ok)
    .mutation(
      async ({ ctx, input }) => (await updateChildTherapists(ctx, input), { ok: true as const }),
    ),
  updateGuardian: staffProcedure
    .input(UpdateGuardianLinkInput)
    .output(Ok)
    .mutation(
      async ({ ctx, input }) => (await updateGuardianLink(ctx, input), { ok: true as const }),
    ),
  removeGuardian: adminProcedure
    .input(GuardianLinkKey)
    .output(Ok)
    .mutation(
      async ({ ctx, input }) => (await removeGuardianLink(ctx, input), { ok: true as const }),
    ),
});
