import { adminProcedure, createRouter, signedInProcedure } from "../trpc/init";
import { getCancellationPolicy, updateCancellationPolicy } from "./cancellation-policy";
import { listSessionTypes } from "./list-session-types";
import {
  CancellationPolicy,
  SessionType,
  SessionTypeList,
  UpdateCancellationPolicyInput,
  UpdateSessionTypeInput,
} from "./session-type.contracts";
import { updateSessionType } from "./update-session-type";

export const sessionTypeRouter = createRouter({
  list: signedInProcedure.output(SessionTypeList).query(({ ctx }) => listSessionTypes(ctx)),
  update: adminProcedure
    .input(UpdateSessionTypeInput)
    .output(SessionType)
    .mutation(({ ctx, input }) => updateSessionType(ctx, input)),
  policy: signedInProcedure
    .output(CancellationPolicy)
    .query(({ ctx }) => getCancellationPolicy(ctx)),
  updatePolicy: adminProcedure
    .input(UpdateCancellationPolicyInput)
    .output(CancellationPolicy)
    .mutation(({ ctx, input }) => updateCancellationPolicy(ctx, input)),
});
