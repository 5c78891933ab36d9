import { adminProcedure, createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
import {
  ChildId,
  ChildList,
  ChildProfile,
  CreateChildInput,
  CreatedChild,
  EmergencyContactAnswer,
  GuardianLinkKey,
  Ok,
  UpdateChildTherapistsInput,
  UpdateEmergencyContactInput,
  UpdateGuardianLinkInput,
} from "./child.contracts";
import { createChild } from "./create-child";
import { getEmergencyContact, updateEmergencyContact } from "./emergency-contact";
import { getChild } from "./get-child";
import { listChildren } from "./list-children";
import { updateChildTherapists } from "./update-child-therapists";
import { removeGuardianLink, updateGuardianLink } from "./update-guardian-link";

export const childRouter = createRouter({
  list: signedInProcedure.output(ChildList).query(({ ctx }) => listChildren(ctx)),
  get: signedInProcedure
    .input(ChildId)
    .output(ChildProfile)
    .query(({ ctx, input }) => getChild(ctx, input)),
  create: adminProcedure
    .input(CreateChildInput)
    .output(CreatedChild)
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
  emergencyContact: signedInProcedure
    .input(ChildId)
    .output(EmergencyContactAnswer)
    .query(({ ctx, input }) => getEmergencyContact(ctx, input)),
  updateEmergencyContact: signedInProcedure
    .input(UpdateEmergencyContactInput)
    .output(Ok)
    .mutation(
      async ({ ctx, input }) => (await updateEmergencyContact(ctx, input), { ok: true as const }),
    ),
});
