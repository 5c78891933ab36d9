import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";

import type { Queryable } from "../../client";
import {
  children,
  childTherapists,
  documents,
  homePrograms,
  messages,
  practiceVideos,
  programActivities,
  users,
} from "../../schema";

export async function insertPracticeVideo(q: Queryable, video: typeof practiceVideos.$inferInsert) {
  const [row] = await q.insert(practiceVideos).values(video).returning();
  if (!row) throw new Error("practice video not kept");
  return row;
}

export async function findPracticeVideo(q: Queryable, videoId: string) {
  const [row] = await q.select().from(practiceVideos).where(eq(practiceVideos.id, videoId));
  return row ?? null;
}

/** Whether the document is already a practice video (each video is shared once). */
export async function findPracticeVideoOfDocument(q: Queryable, documentId: string) {
  const [row] = await q
    .select({ id: practiceVideos.id })
    .from(practiceVideos)
    .where(eq(practiceVideos.documentId, documentId));
  return row ?? null;
}

/** An activity of the child's home program, with its title; null when it is not the child's. */
export async function findActivityOfChild(q: Queryable, childId: string, activityId: string) {
  const [row] = await q
    .select({
      id: programActivities.id,
      title: sql<string>`${programActivities.content}->>'title'`,
    })
    .from(programActivities)
    .innerJoin(homePrograms, eq(homePrograms.id, programActivities.programId))
    .where(and(eq(programActivities.id, activityId), eq(homePrograms.childId, childId)));
  return row ?? null;
}

const videoColumns = {
  id: practiceVideos.id,
  childId: practiceVideos.childId,
  documentId: practiceVideos.documentId,
  mime: documents.mime,
  activityId: practiceVideos.activityId,
  activityName: practiceVideos.activityName,
  note: practiceVideos.note,
  guardianName: users.name,
  seenAt: practiceVideos.seenAt,
  createdAt: practiceVideos.createdAt,
};

/** A child's practice videos, newest first (of one activity when given). */
export function listPracticeVideos(q: Queryable, childId: string, activityId?: string) {
  return q
    .select(videoColumns)
    .from(practiceVideos)
    .innerJoin(documents, eq(documents.id, practiceVideos.documentId))
    .leftJoin(users, eq(users.id, practiceVideos.guardianId))
    .where(
      and(
        eq(practiceVideos.childId, childId),
        activityId ? eq(practiceVideos.activityId, activityId) : undefined,
      ),
    )
    .orderBy(desc(practiceVideos.createdAt));
}

/** The replies to some videos (messages naming them), oldest first. */
export function listVideoReplies(q: Queryable, videoIds: string[]) {
  if (videoIds.length === 0) return Promise.resolve([]);
  return q
    .select({
      id: messages.id,
      practiceVideoId: messages.practiceVideoId,
      body: messages.body,
      momentSeconds: messages.videoMomentSeconds,
      authorName: users.name,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.authorId))
    .where(inArray(messages.practiceVideoId, videoIds))
    .orderBy(asc(messages.createdAt));
}

/**
 * Videos no therapist has opened yet, for a therapist's dashboard (their children) or an admin's
 * (the clinic's), oldest first: the longest waiting is answered first.
 */
export function listUnseenPracticeVideos(
  q: Queryable,
  scope: { clinicId: string; therapistId?: string },
) {
  const query = q
    .select({
      ...videoColumns,
      childFirstName: children.firstName,
      childLastName: children.lastName,
    })
    .from(practiceVideos)
    .innerJoin(documents, eq(documents.id, practiceVideos.documentId))
    .innerJoin(children, eq(children.id, practiceVideos.childId))
    .leftJoin(users, eq(users.id, practiceVideos.guardianId));
  const unseen = and(eq(practiceVideos.clinicId, scope.clinicId), isNull(practiceVideos.seenAt));
  return (
    scope.therapistId
      ? query
          .innerJoin(
            childTherapists,
            and(
              eq(childTherapists.childId, practiceVideos.childId),
              eq(childTherapists.therapistId, scope.therapistId),
            ),
          )
          .where(unseen)
      : query.where(unseen)
  ).orderBy(asc(practiceVideos.createdAt));
}

export async function markPracticeVideoSeen(q: Queryable, videoId: string, at: Date) {
  await q
    .update(practiceVideos)
    .set({ seenAt: at })
    .where(and(eq(practiceVideos.id, videoId), isNull(practiceVideos.seenAt)));
}
