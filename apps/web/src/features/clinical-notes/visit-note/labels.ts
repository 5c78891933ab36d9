import type { Demonstration } from "@carryover/domain/clinical-notes";
import type { ActivityKind } from "@carryover/domain/home-program";

import type { VisitContent } from "./visit-note-model";

/** CMS place-of-service codes a visit note may carry. */
export const PLACE_OF_SERVICE_LABELS: Record<VisitContent["placeOfService"], string> = {
  "10": "10 · Telehealth, at home",
  "02": "02 · Telehealth, elsewhere",
  "11": "11 · Office",
  "12": "12 · Home",
};

export const TECHNIQUE_LABELS: Record<ActivityKind, string> = {
  ladder: "Step-by-step ladder",
  chain: "Chaining",
  sensory_diet: "Sensory diet",
  routine_practice: "Routine practice",
  descriptive_commenting: "Descriptive commenting",
};

export const DEMONSTRATION_LABELS: Record<Demonstration, string> = {
  independent: "Independent",
  with_cues: "With cues",
  not_yet: "Not yet",
};
