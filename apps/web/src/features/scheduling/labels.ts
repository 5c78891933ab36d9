import type { Modality } from "@carryover/domain/scheduling";

/** Where a session happens, in a parent's words. */
export const MODALITY_LABELS: Record<Modality, string> = {
  telehealth: "Video session",
  in_home: "At your home",
  clinic: "At the clinic",
  community: "Out in the community",
};
