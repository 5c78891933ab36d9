import { z } from "zod";

import { calendarDate, storableText, Version } from "@carryover/domain/bounds";
import {
  EvaluationContent,
  NoteKind,
  ReportContent,
  TreatmentService,
  VisitMinutes,
  VisitNoteContent,
} from "@carryover/domain/clinical-notes";
import { TherapistCredential } from "@carryover/domain/identity";

export const NoteRef = z.object({ noteId: z.uuid("That note link is not valid") });

export const DraftFromSessionInput = z.object({
  appointmentId: z.uuid("That session link is not valid"),
  childId: z.uuid("Choose a child of the session"),
});

export const DraftedNote = z.object({ noteId: z.uuid() });

export const ListNotesInput = z.object({
  childId: z.uuid("That child link is not valid"),
  kind: NoteKind.optional(),
});

const minutes = z
  .number("Enter the minutes")
  .int("Use whole minutes")
  .min(0, "Minutes can't be negative")
  .max(1440, "That is more than a day: check the minutes");

/** A visit note as the editor sends it: minutes only for the services there are. */
export const VisitNoteInput = VisitNoteContent.extend({
  minutes: VisitMinutes.extend({
    byService: z.partialRecord(TreatmentService, minutes),
    unmarkedChildPresent: minutes,
    caregiverOnly: minutes,
  }),
});

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path of the first string holding half of a character pair, which jsonb refuses to store. */
function brokenTextAt(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === "string") return LONE_SURROGATE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = brokenTextAt(item, [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object")
    for (const [key, item] of Object.entries(value)) {
      const found = brokenTextAt(item, [...path, key]);
      if (found) return found;
    }
  return null;
}

/** Content as jsonb can hold it: no broken character anywhere in it. */
const storable = <T extends z.ZodType>(schema: T) =>
  schema.superRefine((value, ctx) => {
    const path = brokenTextAt(value);
    if (path)
      ctx.addIssue({
        code: "custom",
        path,
        message: "Remove the broken character (part of an emoji?)",
      });
  });

const Saved = z.object({ noteId: NoteRef.shape.noteId, version: Version });

/** The content of each kind of note, keyed by kind: the one the note is must be the one sent. */
export const UpdateNoteInput = z.discriminatedUnion("kind", [
  Saved.extend({ kind: z.literal("visit"), content: storable(VisitNoteInput) }),
  Saved.extend({ kind: z.literal("evaluation"), content: storable(EvaluationContent) }),
  Saved.extend({ kind: z.literal("reevaluation"), content: storable(EvaluationContent) }),
  Saved.extend({ kind: z.literal("progress_report"), content: storable(ReportContent) }),
  Saved.extend({ kind: z.literal("discharge_summary"), content: storable(ReportContent) }),
]);

export const SignNoteInput = Saved.extend({
  attestation: z.literal(true, "Confirm that the note is accurate and complete"),
});

const correctedMinutes = z
  .int("Enter whole minutes")
  .min(0, "Minutes can't be negative")
  .max(1440, "Enter at most 1,440 minutes");
export const CorrectedMinutes = z.object({
  byService: z.partialRecord(TreatmentService, correctedMinutes),
  unmarkedChildPresent: correctedMinutes,
  caregiverOnly: correctedMinutes,
});

export const AddendumInput = NoteRef.extend({
  reason: storableText(500, "Keep the reason under 500 characters")
    .trim()
    .min(1, "Say why you are adding to the note"),
  body: storableText(8000, "Keep the addendum under 8,000 characters")
    .trim()
    .min(1, "Write the addendum"),
  /** A visit's minutes as they should have been: the visit's charges are coded again from them. */
  minutes: CorrectedMinutes.optional(),
});

/** The shared part of a group session's notes, saved at the version the editor last saw. */
export const UpdateGroupSharedInput = z.object({
  appointmentId: z.uuid("That session link is not valid"),
  text: storableText(8000, "Keep the shared part under 8,000 characters"),
  version: Version,
});

export const SavedGroupShared = z.object({ version: z.number().int() });

export const NOTE_STATES = ["draft", "awaiting_cosign", "signed"] as const;
export const NoteState = z.enum(NOTE_STATES);

const Missing = z.array(z.object({ path: z.string(), message: z.string() }));

const NoteBody = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("visit"), content: VisitNoteContent }),
  z.object({ kind: z.literal("evaluation"), content: EvaluationContent }),
  z.object({ kind: z.literal("reevaluation"), content: EvaluationContent }),
  z.object({ kind: z.literal("progress_report"), content: ReportContent }),
  z.object({ kind: z.literal("discharge_summary"), content: ReportContent }),
]);

export const NoteView = z
  .object({
    id: z.uuid(),
    childId: z.uuid(),
    appointmentId: z.uuid().nullable(),
    serviceOn: calendarDate("A day of service"),
    visitEndedAt: z.date().nullable(),
    version: z.number().int(),
    state: NoteState,
    author: z.object({
      id: z.uuid(),
      name: z.string(),
      credential: TherapistCredential.nullable(),
    }),
    signature: z
      .object({ signedAt: z.date(), signedByName: z.string(), attestation: z.string() })
      .nullable(),
    /** Set when the note needs a co-signature (an OT assistant's). */
    cosignature: z
      .object({ cosignerName: z.string().nullable(), cosignedAt: z.date().nullable() })
      .nullable(),
    addenda: z.array(
      z.object({
        id: z.uuid(),
        authorName: z.string(),
        reason: z.string(),
        body: z.string(),
        /** The visit's minutes as this addendum corrected them. */
        minutes: VisitMinutes.nullable(),
        createdAt: z.date(),
      }),
    ),
    /** What signing still needs, computed now (empty once signed). */
    missing: Missing,
    canEdit: z.boolean(),
    canCosign: z.boolean(),
    /**
     * A group session's visit note: the shared part's version and who may change it. Its text is the
     * content's `groupShared`, live while the note is a draft and as signed once it is.
     */
    group: z
      .object({ version: z.number().int(), childCount: z.number().int(), canEdit: z.boolean() })
      .nullable(),
    /** When a signed report's (progress or discharge) family version was first sent; null otherwise. */
    sentToFamilyAt: z.date().nullable(),
  })
  .and(NoteBody);

export const NoteList = z.array(
  z.object({
    id: z.uuid(),
    kind: NoteKind,
    appointmentId: z.uuid().nullable(),
    serviceOn: z.string(),
    authorName: z.string(),
    state: NoteState,
    signedAt: z.date().nullable(),
    updatedAt: z.date(),
  }),
);

export const NotesAwaitingCosign = z.array(
  z.object({
    id: z.uuid(),
    kind: NoteKind,
    childId: z.uuid(),
    childName: z.string(),
    serviceOn: z.string(),
    authorName: z.string(),
    signedAt: z.date(),
  }),
);
export type NotesAwaitingCosign = z.infer<typeof NotesAwaitingCosign>;

export const SavedNote = z.object({ version: z.number().int() });
export const SignedNote = z.object({ version: z.number().int(), state: NoteState });
export const AddedAddendum = z.object({
  addendumId: z.uuid(),
  createdAt: z.date(),
  /** What correcting the minutes changed in the visit's charges, code by code. */
  recoded: z
    .array(
      z.object({
        code: z.string(),
        unitsBefore: z.int(),
        unitsAfter: z.int(),
        centsChange: z.int(),
      }),
    )
    .nullable(),
});
export const CosignedNote = z.object({ cosignedAt: z.date() });

export type NoteRef = z.infer<typeof NoteRef>;
export type DraftFromSessionInput = z.infer<typeof DraftFromSessionInput>;
export type ListNotesInput = z.infer<typeof ListNotesInput>;
export type UpdateNoteInput = z.infer<typeof UpdateNoteInput>;
export type SignNoteInput = z.infer<typeof SignNoteInput>;
export type AddendumInput = z.infer<typeof AddendumInput>;
export type NoteState = z.infer<typeof NoteState>;
export type NoteView = z.infer<typeof NoteView>;
export type UpdateGroupSharedInput = z.infer<typeof UpdateGroupSharedInput>;
