import type { AppointmentStatus, Modality, SessionKind } from "@carryover/domain/scheduling";

/** Where a session happens, in a parent's words. */
export const MODALITY_LABELS_FOR_FAMILIES: Record<Modality, string> = {
  telehealth: "Video session",
  in_home: "At your home",
  clinic: "At the clinic",
  community: "Out in the community",
};

/** Where a session happens, in the clinic's words (the staff calendar). */
export const MODALITY_LABELS_FOR_STAFF: Record<Modality, string> = {
  telehealth: "Video (telehealth)",
  in_home: "In the family's home",
  clinic: "At the clinic",
  community: "In the community",
};

export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  coaching: "Coaching session",
  evaluation: "Evaluation",
  re_evaluation: "Re-evaluation",
  group: "Group session",
};

export const APPOINTMENT_STATUS_LABELS: Record<AppointmentStatus, string> = {
  scheduled: "Scheduled",
  cancelled: "Cancelled",
  completed: "Completed",
  no_show: "No-show",
};
