import { TRPCError } from "@trpc/server";

import { createRouter, signedInProcedure } from "../trpc/init";
import {
  ActiveSignIns,
  ChangePasswordInput,
  EndedSessions,
  EndedSignIn,
  Me,
  MyDetails,
  PasswordChanged,
  SetTimeFormatInput,
  SignInId,
  UpdateMyDetailsInput,
} from "./account.contracts";
import { changePassword } from "./change-password";
import { describeMe } from "./get-me";
import { listSignIns } from "./list-sign-ins";
import { getMyDetails, setTimeFormat, updateMyDetails } from "./my-details";
import { signOutEverywhere, signOutSignIn } from "./sign-out";

export const accountRouter = createRouter({
  me: signedInProcedure.output(Me).query(({ ctx }) => {
    if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED" });
    return describeMe(ctx.session);
  }),
  signOutEverywhere: signedInProcedure
    .output(EndedSessions)
    .mutation(({ ctx }) => signOutEverywhere(ctx)),
  listSignIns: signedInProcedure.output(ActiveSignIns).query(({ ctx }) => listSignIns(ctx)),
  signOutSignIn: signedInProcedure
    .input(SignInId)
    .output(EndedSignIn)
    .mutation(({ ctx, input }) => signOutSignIn(ctx, input)),
  get: signedInProcedure.output(MyDetails).query(({ ctx }) => getMyDetails(ctx)),
  setTimeFormat: signedInProcedure
    .input(SetTimeFormatInput)
    .output(MyDetails)
    .mutation(({ ctx, input }) => setTimeFormat(ctx, input)),
  updateDetails: signedInProcedure
    .input(UpdateMyDetailsInput)
    .output(MyDetails)
    .mutation(({ ctx, input }) => updateMyDetails(ctx, input)),
  changePassword: signedInProcedure
    .input(ChangePasswordInput)
    .output(PasswordChanged)
    .mutation(({ ctx, input }) => changePassword(ctx, input)),
});
