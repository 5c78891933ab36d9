import { adminProcedure, createRouter, signedInProcedure } from "../trpc/init";
import { getClinicContact, updateClinicContact } from "./clinic-contact";
import { getClinicLogo, removeClinicLogo, setClinicLogo } from "./clinic-logo";
import {
  ClinicContact,
  ClinicLogo,
  ClinicView,
  Ok,
  SetClinicLogoInput,
  UpdateClinicContactInput,
  UpdateClinicInput,
} from "./clinic.contracts";
import { getClinic } from "./get-clinic";
import { updateClinic } from "./update-clinic";

export const clinicRouter = createRouter({
  get: adminProcedure.output(ClinicView).query(({ ctx }) => getClinic(ctx)),
  update: adminProcedure
    .input(UpdateClinicInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => (await updateClinic(ctx, input), { ok: true as const })),
  contact: signedInProcedure.output(ClinicContact).query(({ ctx }) => getClinicContact(ctx)),
  updateContact: adminProcedure
    .input(UpdateClinicContactInput)
    .output(Ok)
    .mutation(
      async ({ ctx, input }) => (await updateClinicContact(ctx, input), { ok: true as const }),
    ),
  logo: signedInProcedure.output(ClinicLogo.nullable()).query(({ ctx }) => getClinicLogo(ctx)),
  setLogo: adminProcedure
    .input(SetClinicLogoInput)
    .output(ClinicLogo)
    .mutation(({ ctx, input }) => setClinicLogo(ctx, input)),
  removeLogo: adminProcedure
    .output(Ok)
    .mutation(async ({ ctx }) => (await removeClinicLogo(ctx), { ok: true as const })),
});
