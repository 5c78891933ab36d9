import { EVALUATION_CODES, REEVALUATION_CODE } from "../clinical-notes/complexity";
import type {
  EvaluationContent,
  NoteContent,
  NoteKind,
  VisitNoteContent,
} from "../clinical-notes/note-content";
import type { Modality } from "../scheduling/rules";
import type { VisitToCharge } from "./charges";
import type { PayerRuleSet } from "./payer-rules";

const GROUP_THERAPY = "97150";

/** The rules a visit is coded by when the child has no coverage in force: CMS's, everything paid. */
export const UNINSURED_RULES: PayerRuleSet = {
  timedMethod: "cms",
  telehealth: { paidCodes: [], placeOfService: "as_coded", modifier: "95" },
  habilitativeModifiers: true,
  visitLimitPerYear: null,
  priorAuthorization: { required: "never" },
  therapyThresholdCents: null,
};

export type NoteToCharge = {
  kind: NoteKind;
  content: NoteContent;
  /** The appointment's modality; an evaluation's note does not record one. */
  appointmentModality: Modality | null;
};

type NoteEncounter = Pick<
  VisitToCharge,
  "minutes" | "untimed" | "modality" | "telehealth" | "patientsRepresented"
>;

const NO_MINUTES = { byService: {}, unmarkedChildPresent: 0, caregiverOnly: 0 };

const telehealthOf = (modality: Modality, patientAtHome: boolean) =>
  modality === "telehealth" ? { telehealth: { patientAtHome, audioOnly: false } } : {};

/**
 * What a signed note bills, before the payer's rules: a visit's minutes (a group's visit is one unit
 * of group therapy, and its caregiver-only time), an evaluation's complexity code, a re-evaluation's
 * code. Progress reports and discharge summaries bill nothing: null.
 */
export function encounterOfNote(note: NoteToCharge): NoteEncounter | null {
  if (note.kind === "visit") {
    const visit = note.content as VisitNoteContent;
    const group = visit.groupShared !== null;
    return {
      minutes: group
        ? { ...NO_MINUTES, caregiverOnly: visit.minutes.caregiverOnly }
        : {
            byService: visit.minutes.byService,
            unmarkedChildPresent: visit.minutes.unmarkedChildPresent,
            caregiverOnly: visit.minutes.caregiverOnly,
          },
      untimed: group ? [GROUP_THERAPY] : [],
      modality: visit.modality,
      ...telehealthOf(visit.modality, visit.placeOfService === "10"),
    };
  }
  if (note.kind !== "evaluation" && note.kind !== "reevaluation") return null;
  const { complexity } = note.content as EvaluationContent;
  const code =
    note.kind === "reevaluation" ? REEVALUATION_CODE : complexity && EVALUATION_CODES[complexity];
  if (!code) return null;
  const modality = note.appointmentModality ?? "clinic";
  return {
    minutes: NO_MINUTES,
    untimed: [code],
    modality,
    ...telehealthOf(modality, true),
  };
}
