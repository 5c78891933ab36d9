import { adminProcedure, createRouter } from "../trpc/init";
import { ClinicView, Ok, UpdateClinicInput } from "./clinic.contracts";
import { getClinic } from "./get-clinic";
import { updateClinic } from "./update-clinic";

export const clinicRouter = createRouter({
  get: adminProcedure.output(ClinicView).query(({ ctx }) => getClinic(ctx)),
  update: adminProcedure
    .input(UpdateClinicInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => (await updateClinic(ctx, input), { ok: true as const })),
});
