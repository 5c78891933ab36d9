import { createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
import { addNoteAddendum } from "./add-note-addendum";
import { cosignNote } from "./cosign-note";
import { draftNoteFromSession, sessionRecordAhead } from "./draft-note-from-session";
import { getNote } from "./get-note";
import { listNotes } from "./list-notes";
import { listCosignQueue } from "./list-notes-awaiting-cosign";
import {
  AddedAddendum,
  AddendumInput,
  CosignedNote,
  DraftedNote,
  DraftFromSessionInput,
  ListNotesInput,
  NoteList,
  NoteRef,
  NotesAwaitingCosign,
  NoteView,
  SavedGroupShared,
  SavedNote,
  SignedNote,
  SignNoteInput,
  UpdateGroupSharedInput,
  UpdateNoteInput,
} from "./note.contracts";
import { signNote } from "./sign-note";
import { updateGroupShared } from "./update-group-shared";
import { updateNote } from "./update-note";

// Signed in, not staff: a guardian hears NOT_FOUND from the services, as the record is not theirs to know of.
/** Visit notes, evaluations and reports: drafted, edited, signed and locked, amended, co-signed. */
export const noteRouter = createRouter({
  draftFromSession: signedInProcedure
    .meta({ guard: "signedIn", readAhead: sessionRecordAhead.start })
    .input(DraftFromSessionInput)
    .output(DraftedNote)
    .mutation(({ ctx, input }) => draftNoteFromSession(ctx, input)),
  get: signedInProcedure
    .input(NoteRef)
    .output(NoteView)
    .query(({ ctx, input }) => getNote(ctx, input)),
  list: signedInProcedure
    .input(ListNotesInput)
    .output(NoteList)
    .query(({ ctx, input }) => listNotes(ctx, input)),
  /** What waits for the caller's co-signature: their OT assistants' signed notes. */
  awaitingCosign: staffProcedure
    .output(NotesAwaitingCosign)
    .query(({ ctx }) => listCosignQueue(ctx)),
  update: signedInProcedure
    .input(UpdateNoteInput)
    .output(SavedNote)
    .mutation(({ ctx, input }) => updateNote(ctx, input)),
  updateGroupShared: signedInProcedure
    .input(UpdateGroupSharedInput)
    .output(SavedGroupShared)
    .mutation(({ ctx, input }) => updateGroupShared(ctx, input)),
  sign: signedInProcedure
    .input(SignNoteInput)
    .output(SignedNote)
    .mutation(({ ctx, input }) => signNote(ctx, input)),
  addendum: signedInProcedure
    .input(AddendumInput)
    .output(AddedAddendum)
    .mutation(({ ctx, input }) => addNoteAddendum(ctx, input)),
  cosign: signedInProcedure
    .input(NoteRef)
    .output(CosignedNote)
    .mutation(({ ctx, input }) => cosignNote(ctx, input)),
});
