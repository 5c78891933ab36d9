import { resetSecondFactors } from "../identity/reset-second-factors";
import { endUserSessions } from "../identity/sign-out";
import { adminProcedure, createRouter } from "../trpc/init";
import { deactivateStaff, previewDeactivation, reactivateStaff } from "./deactivate-staff";
import { listGuardians } from "./list-guardians";
import { listStaff } from "./list-staff";
import { setCredential } from "./set-credential";
import {
  DeactivatedStaff,
  DeactivateStaffInput,
  DeactivationPreview,
  EndedSessions,
  GuardianList,
  Ok,
  ResetSecondFactors,
  SetCredentialInput,
  StaffList,
  UpdateLicencesInput,
  UserId,
} from "./staff.contracts";
import { updateLicences } from "./update-licences";

export const staffRouter = createRouter({
  list: adminProcedure.output(StaffList).query(({ ctx }) => listStaff(ctx)),
  guardians: adminProcedure.output(GuardianList).query(({ ctx }) => listGuardians(ctx)),
  updateLicences: adminProcedure
    .input(UpdateLicencesInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => (await updateLicences(ctx, input), { ok: true as const })),
  setCredential: adminProcedure
    .input(SetCredentialInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => (await setCredential(ctx, input), { ok: true as const })),
  endSessions: adminProcedure
    .input(UserId)
    .output(EndedSessions)
    .mutation(({ ctx, input }) => endUserSessions(ctx, input)),
  resetTwoFactor: adminProcedure
    .input(UserId)
    .output(ResetSecondFactors)
    .mutation(({ ctx, input }) => resetSecondFactors(ctx, input)),
  deactivationPreview: adminProcedure
    .input(UserId)
    .output(DeactivationPreview)
    .query(({ ctx, input }) => previewDeactivation(ctx, input)),
  deactivate: adminProcedure
    .input(DeactivateStaffInput)
    .output(DeactivatedStaff)
    .mutation(({ ctx, input }) => deactivateStaff(ctx, input)),
  reactivate: adminProcedure
    .input(UserId)
    .output(Ok)
    .mutation(async ({ ctx, input }) => (await reactivateStaff(ctx, input), { ok: true as const })),
});
