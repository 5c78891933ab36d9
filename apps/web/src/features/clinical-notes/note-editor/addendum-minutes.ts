import {
  SERVICE_LABELS,
  TREATMENT_SERVICES,
  type VisitMinutes,
} from "@carryover/domain/clinical-notes";

export type MinutesDraft = Record<string, string>;

export const CAREGIVER_ONLY = "caregiverOnly";
export const UNMARKED = "unmarkedChildPresent";

/** The minutes as typed, one box per service and for caregiver-only time. */
export const minutesDraftOf = (minutes: VisitMinutes): MinutesDraft => ({
  ...Object.fromEntries(
    TREATMENT_SERVICES.map((service) => [service, String(minutes.byService[service] ?? 0)]),
  ),
  [UNMARKED]: String(minutes.unmarkedChildPresent),
  [CAREGIVER_ONLY]: String(minutes.caregiverOnly),
});

const asNumber = (typed: string | undefined) =>
  typed === undefined || typed.trim() === "" ? 0 : Number(typed);

/** The corrected minutes for the contract to check: an empty box is 0. */
export const minutesOfDraft = (draft: MinutesDraft) => ({
  byService: Object.fromEntries(
    TREATMENT_SERVICES.flatMap((service): [string, number][] => {
      const minutes = asNumber(draft[service]);
      return minutes === 0 ? [] : [[service, minutes]];
    }),
  ),
  unmarkedChildPresent: asNumber(draft[UNMARKED]),
  caregiverOnly: asNumber(draft[CAREGIVER_ONLY]),
});

/** "Therapeutic activities 38 · caregiver only 20": corrected minutes in words. */
export const minutesInWords = (minutes: VisitMinutes) =>
  [
    ...TREATMENT_SERVICES.flatMap((service) => {
      const n = minutes.byService[service] ?? 0;
      return n > 0 ? [`${SERVICE_LABELS[service]} ${n}`] : [];
    }),
    minutes.caregiverOnly > 0 ? `caregiver only ${minutes.caregiverOnly}` : null,
  ]
    .filter(Boolean)
    .join(" · ");
