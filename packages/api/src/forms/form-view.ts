import type { forms } from "@carryover/db/schema";
import { formStatusOf } from "@carryover/domain/forms";

type FormRow = Pick<
  typeof forms.$inferSelect,
  | "id"
  | "childId"
  | "title"
  | "templateKey"
  | "sentAt"
  | "savedAt"
  | "signedAt"
  | "signerName"
  | "documentId"
  | "replacesId"
>;

/** A form as its lists show it, with where it stands. */
export const formSummaryOf = (form: FormRow & { childName: string }) => ({
  id: form.id,
  childId: form.childId,
  childName: form.childName,
  title: form.title,
  templateKey: form.templateKey,
  status: formStatusOf(form),
  sentAt: form.sentAt,
  savedAt: form.savedAt,
  signedAt: form.signedAt,
  signerName: form.signerName,
  documentId: form.documentId,
  replacesId: form.replacesId,
});
