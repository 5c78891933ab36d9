import { z } from "zod";

import { UsState } from "@carryover/domain/clinic";
import { Role } from "@carryover/domain/identity";

import { endUserSessions } from "../services/identity/sign-out";
import { listGuardians } from "../services/staff/list-guardians";
import { listStaff } from "../services/staff/list-staff";
import { updateLicences } from "../services/staff/update-licences";
import { adminProcedure, createRouter } from "../trpc/init";

const StaffMember = z.object({
  membershipId: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: Role,
  deactivatedAt: z.date().nullable(),
  joinedAt: z.date(),
  licenceStates: z.array(z.string()),
  openSessions: z.number().int(),
});

const UserId = z.object({ userId: z.uuid() });

export const staffRouter = createRouter({
  list: adminProcedure.output(z.array(StaffMember)).query(({ ctx }) => listStaff(ctx)),
  guardians: adminProcedure
    .output(z.array(z.object({ userId: z.uuid(), name: z.string(), email: z.string() })))
    .query(({ ctx }) => listGuardians(ctx)),
  updateLicences: adminProcedure
    .input(UserId.extend({ states: z.array(UsState).max(51) }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => (await updateLicences(ctx, input), { ok: true as const })),
  endSessions: adminProcedure
    .input(UserId)
    .output(z.object({ ended: z.number().int() }))
    .mutation(({ ctx, input }) => endUserSessions(ctx, input)),
});
