import { z } from "zod";

import { adminProcedure, createRouter, publicProcedure, staffProcedure } from "../trpc/init";
import { acceptInvitation } from "./accept-invitation";
import { createInvitation } from "./create-invitation";
import { getInvitation } from "./get-invitation";
import {
  AcceptInvitationInput,
  CreateInvitationInput,
  CreateInvitationOutput,
  InvitationPreview,
  InvitationRow,
  InvitationToken,
} from "./invitation.contracts";
import { listInvitations } from "./list-invitations";
import { revokeInvitation } from "./revoke-invitation";

export const invitationRouter = createRouter({
  create: staffProcedure
    .input(CreateInvitationInput)
    .output(CreateInvitationOutput)
    .mutation(({ ctx, input }) => createInvitation(ctx, input)),
  list: adminProcedure.output(z.array(InvitationRow)).query(({ ctx }) => listInvitations(ctx)),
  revoke: adminProcedure
    .input(z.object({ invitationId: z.uuid() }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(
      async ({ ctx, input }) => (await revokeInvitation(ctx, input), { ok: true as const }),
    ),
  get: publicProcedure
    .input(InvitationToken)
    .output(InvitationPreview)
    .query(({ ctx, input }) => getInvitation(ctx, input.token)),
  accept: publicProcedure
    .input(AcceptInvitationInput)
    .output(z.object({ email: z.string() }))
    .mutation(({ ctx, input }) => acceptInvitation(ctx, ctx.meta, input)),
});
