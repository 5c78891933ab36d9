import { createRouter, signedInProcedure } from "../trpc/init";
import { listSessionTypes } from "./list-session-types";
import { SessionTypeList } from "./session-type.contracts";

export const sessionTypeRouter = createRouter({
  list: signedInProcedure.output(SessionTypeList).query(({ ctx }) => listSessionTypes(ctx)),
});
