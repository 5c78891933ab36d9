import { createRouter, signedInProcedure } from "../trpc/init";
import { DocumentationDue, DocumentationDueInput } from "./documentation.contracts";
import { listDocumentationDue } from "./list-documentation-due";

// Signed in, not staff: a guardian hears NOT_FOUND (the service's policy), as for any staff-only record.
export const documentationRouter = createRouter({
  due: signedInProcedure
    .input(DocumentationDueInput)
    .output(DocumentationDue)
    .query(({ ctx, input }) => listDocumentationDue(ctx, input)),
});
