import { adminProcedure, createRouter, publicProcedure, staffProcedure } from "../trpc/init";
import { acceptInvitation } from "./accept-invitation";
import { createInvitation } from "./create-invitation";
import { getInvitation } from "./get-invitation";
import {
  AcceptedInvitation,
  AcceptInvitationInput,
  CreateInvitationInput,
  CreateInvitationOutput,
  InvitationId,
  InvitationList,
  InvitationPreview,
  InvitationToken,
  Ok,
} from "./invitation.contracts";
import { listInvitations } from "./list-invitations";
import { revokeInvitation } from "./revoke-invitation";

export const invitationRouter = createRouter({
  create: staffProcedure
    .input(CreateInvitationInput)
    .output(CreateInvitationOutput)
    .mutation(({ ctx, input }) => createInvitation(ctx, input)),
  list: adminProcedure.output(InvitationList).query(({ ctx }) => listInvitations(ctx)),
  revoke: adminProcedure
    .input(InvitationId)
    .output(Ok)
    .mutation(
      async ({ ctx, input }) => (await revokeInvitation(ctx, input), { ok: true as const }),
    ),
  get: publicProcedure
    .input(InvitationToken)
    .output(InvitationPreview)
    .query(({ ctx, input }) => getInvitation(ctx, input.token)),
  accept: publicProcedure
    .input(AcceptInvitationInput)
    .output(AcceptedInvitation)
    .mutation(({ ctx, input }) => acceptInvitation(ctx, ctx.meta, input)),
});
