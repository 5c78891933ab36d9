import { z } from "zod";

import { Role, UsState } from "@carryover/domain/people";

import { endUserSessions } from "../identity/sign-out";
import { adminProcedure, createRouter } from "../trpc/init";
import { listGuardians } from "./list-guardians";
import { listStaff } from "./list-staff";
import { updateLicences } from "./update-licences";

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
