import { createRouter, signedInProcedure } from "../trpc/init";
import {
  AccountKey,
  IssuedStatement,
  Statement,
  StatementKey,
  StatementList,
} from "./statement.contracts";
import { currentStatement, getStatement, issueStatement, listChildStatements } from "./statements";

/** A family's statements: guardians who see the bills and billing staff (anyone else finds none). */
export const statementRouter = createRouter({
  current: signedInProcedure
    .input(AccountKey)
    .output(Statement)
    .query(({ ctx, input }) => currentStatement(ctx, input)),
  list: signedInProcedure
    .input(AccountKey)
    .output(StatementList)
    .query(({ ctx, input }) => listChildStatements(ctx, input)),
  get: signedInProcedure
    .input(StatementKey)
    .output(Statement)
    .query(({ ctx, input }) => getStatement(ctx, input)),
  issue: signedInProcedure
    .input(AccountKey)
    .output(IssuedStatement)
    .mutation(({ ctx, input }) => issueStatement(ctx, input)),
});
