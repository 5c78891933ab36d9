import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { can } from "@carryover/domain/access";

import { loadNote } from "~/features/clinical-notes/note-editor/load-note";
import { NoteEditor } from "~/features/clinical-notes/note-editor/note-editor.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Clinical note" };

export default async function NotePage({ params }: { params: Promise<{ noteId: string }> }) {
  const auth = await requireAuth();
  if (!can(auth.actor.role, "readClinicalRecord")) notFound();
  const { noteId } = await params;
  const note = await loadNote(noteId);
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.child.get.queryOptions({ childId: note.childId })),
    queryClient.prefetchQuery(trpc.goal.list.queryOptions({ childId: note.childId })),
  ]);
  return (
    <HydrateClient>
      <NoteEditor
        noteId={noteId}
        timeZone={auth.clinicTimeZone}
        canAmend={can(auth.actor.role, "writeClinicalRecord")}
      />
    </HydrateClient>
  );
}
