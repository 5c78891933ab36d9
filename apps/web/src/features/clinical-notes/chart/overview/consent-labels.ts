export const CONSENT_LABELS = {
  caregiver_training: "Caregiver training",
  telehealth: "Telehealth",
} as const;
