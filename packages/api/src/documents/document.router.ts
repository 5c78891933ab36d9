import { createRouter, signedInProcedure } from "../trpc/init";
import {
  ChildDocuments,
  ChildDocumentsInput,
  SharedDocument,
  ShareDocumentInput,
} from "./document.contracts";
import { listDocuments, shareDocument } from "./list-documents";

/** A child's documents; files go up by `POST /api/documents` and down by `GET /api/documents/<id>`. */
export const documentRouter = createRouter({
  list: signedInProcedure
    .input(ChildDocumentsInput)
    .output(ChildDocuments)
    .query(({ ctx, input }) => listDocuments(ctx, input)),
  share: signedInProcedure
    .input(ShareDocumentInput)
    .output(SharedDocument)
    .mutation(({ ctx, input }) => shareDocument(ctx, input)),
});
