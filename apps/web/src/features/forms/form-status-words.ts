import type { FormStatus } from "@carryover/domain/forms";

export const FORM_STATUS_WORDS: Record<FormStatus, string> = {
  not_started: "To fill in",
  in_progress: "Started",
  signed: "Signed",
};
