import type { NoteView } from "@carryover/api/contracts/note";
import {
  SERVICE_CPT_CODES,
  SERVICE_LABELS,
  TREATMENT_SERVICES,
} from "@carryover/domain/clinical-notes";

import { MODALITY_LABELS_FOR_STAFF } from "~/features/scheduling/labels";
import { formatCalendarDateLong } from "~/lib/time";
import { GOAL_STATUS_LABELS } from "../note-editor/labels";
import {
  DEMONSTRATION_LABELS,
  PLACE_OF_SERVICE_LABELS,
  TECHNIQUE_LABELS,
} from "../visit-note/labels";
import { DRAFT_WORDS, noteStateBanner, writeNoteSignatures, type Clock } from "./note-signatures";
import {
  createRecordWriter,
  facts,
  section,
  table,
  watermarkEveryPage,
  writeLetterhead,
  type Letterhead,
} from "./record-layout";

export type PrintableVisitNote = Extract<NoteView, { kind: "visit" }>;

export type VisitNotePdfInput = {
  note: PrintableVisitNote;
  letterhead: Letterhead;
  /** Each goal's clinical sentence, by id. */
  goals: ReadonlyMap<string, string>;
  /** The child's guardians' names, by id: who attended. */
  guardians: ReadonlyMap<string, string>;
  clock: Clock;
  compress?: boolean;
};

const minutesWords = (n: number) => `${n} min`;

/** A visit note on paper: the visit, its minutes by CPT code, SOAP, goals, coaching and signatures. */
export async function renderVisitNotePdf(input: VisitNotePdfInput): Promise<Buffer> {
  const { note, letterhead } = input;
  const c = note.content;
  const w = createRecordWriter("Visit note", letterhead.clinic.name, input.compress);
  writeLetterhead(
    w,
    letterhead,
    "Visit note",
    `Date of service ${formatCalendarDateLong(note.serviceOn)}`,
  );
  noteStateBanner(w, note);

  w.heading("Visit");
  const attendees = [
    c.attended.child ? "Child" : null,
    ...c.attended.guardianIds.map((id) => input.guardians.get(id) ?? "A guardian"),
  ].filter((a): a is string => !!a);
  facts(w, [
    ["Date of service", formatCalendarDateLong(note.serviceOn)],
    ["Place of service", PLACE_OF_SERVICE_LABELS[c.placeOfService]],
    ["Modality", MODALITY_LABELS_FOR_STAFF[c.modality]],
    ["Source", c.source === "video_session" ? "Drafted from the video session" : "In person"],
    ["Attended", attendees.length ? attendees.join(", ") : "Nobody recorded"],
  ]);

  w.heading("Minutes by service");
  const byService = c.minutes.byService as Partial<Record<string, number>>;
  const rows = TREATMENT_SERVICES.filter((s) => (byService[s] ?? 0) > 0).map((s) => [
    SERVICE_CPT_CODES[s],
    SERVICE_LABELS[s],
    minutesWords(byService[s] ?? 0),
  ]);
  if (c.minutes.unmarkedChildPresent > 0)
    rows.push([
      "-",
      "Child present, no service marked",
      minutesWords(c.minutes.unmarkedChildPresent),
    ]);
  rows.push(["-", "Caregiver only (child not present)", minutesWords(c.minutes.caregiverOnly)]);
  table(
    w,
    [
      { header: "CPT", width: 1 },
      { header: "Service", width: 4 },
      { header: "Minutes", width: 1.2 },
    ],
    rows,
  );

  if (c.groupShared?.trim()) section(w, "Group session (shared part)", c.groupShared);
  w.heading("SOAP");
  section(w, "Subjective", c.subjective);
  section(w, "Objective", c.objective);
  section(w, "Assessment", c.assessment);
  section(w, "Plan", c.plan);

  w.heading("Goals this visit");
  if (c.goalStatuses.length === 0) w.paragraph("No goal status recorded.");
  else
    table(
      w,
      [
        { header: "Goal", width: 4 },
        { header: "Status", width: 1.3 },
        { header: "Comment", width: 2.5 },
      ],
      c.goalStatuses.map((g) => [
        input.goals.get(g.goalId) ?? "A goal no longer in the chart",
        GOAL_STATUS_LABELS[g.status],
        g.comment,
      ]),
    );

  w.heading("Caregiver coaching");
  if (c.coaching.length === 0) w.paragraph("No coaching recorded.");
  else
    w.bullets(
      c.coaching.map(
        (k) => `${TECHNIQUE_LABELS[k.technique]}: ${DEMONSTRATION_LABELS[k.demonstration]}`,
      ),
    );
  if (c.trials.length > 0) {
    w.label("Trials");
    table(
      w,
      [
        { header: "Activity", width: 4 },
        { header: "Successes", width: 1 },
        { header: "Attempts", width: 1 },
      ],
      c.trials.map((t) => [t.title, String(t.successes), String(t.attempts)]),
    );
  }
  if (c.commenting) {
    const { descriptive, directive } = c.commenting;
    const ratio = directive > 0 ? ` (${(descriptive / directive).toFixed(1)} : 1)` : "";
    facts(w, [["Commenting tally", `${descriptive} descriptive, ${directive} directive${ratio}`]]);
  }
  if (c.programChanges.length > 0) {
    w.label("Home program changes");
    w.bullets(c.programChanges);
  }

  writeNoteSignatures(w, note, input.clock);
  if (note.state === "draft") watermarkEveryPage(w, DRAFT_WORDS);
  return w.finish(`Visit note · ${formatCalendarDateLong(note.serviceOn)}`);
}
