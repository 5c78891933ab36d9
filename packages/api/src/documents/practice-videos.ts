import {
  findActivityOfChild,
  findDocument,
  findPracticeVideo,
  findPracticeVideoOfDocument,
  insertPracticeVideo,
  listPracticeVideos,
  listUnseenPracticeVideos,
  listVideoReplies,
  markPracticeVideoSeen,
} from "@carryover/db/queries";
import { can } from "@carryover/domain/access";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { sendMessage } from "../messaging/send-message";
import { audit } from "../policy/audit";
import { requireDocumentsAccess } from "../policy/document-access";
import type {
  PracticeVideoOf,
  PracticeVideosInput,
  ReplyToPracticeVideoInput,
  SharePracticeVideoInput,
} from "./practice-video.contracts";

const staffOnly = () =>
  new AppError(
    "FORBIDDEN",
    "PRACTICE_VIDEOS_FOR_CARE_TEAM",
    "Only the child's therapists answer practice videos.",
  );

/**
 * A guardian shares the video they just uploaded as practice of an activity of the child's program;
 * it waits on the therapists' dashboards until one opens it.
 */
export async function sharePracticeVideo(ctx: ActorContext, input: SharePracticeVideoInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const { side } = await requireDocumentsAccess(tx, actor, input.childId);
    if (side !== "family")
      throw new AppError(
        "FORBIDDEN",
        "PRACTICE_VIDEOS_FROM_FAMILIES",
        "Practice videos come from the family. Send a document or a message instead.",
      );
    const document = await findDocument(tx, input.documentId);
    if (!document || document.childId !== input.childId || document.uploadedById !== actor.userId)
      throw notFound("video");
    if (document.kind !== "video")
      throw new AppError("VALIDATION", "NOT_A_VIDEO", "That file is not a video. Choose a video.", {
        field: "documentId",
      });
    if (await findPracticeVideoOfDocument(tx, document.id))
      throw new AppError("CONFLICT", "VIDEO_ALREADY_SHARED", "That video is already shared.");
    const activity = await findActivityOfChild(tx, input.childId, input.activityId);
    if (!activity) throw notFound("activity");
    const video = await insertPracticeVideo(tx, {
      clinicId: document.clinicId,
      childId: input.childId,
      documentId: document.id,
      activityId: activity.id,
      activityName: activity.title,
      guardianId: actor.userId,
      note: input.note,
      createdAt: ctx.now(),
    });
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "practiceVideo.share",
      entityType: "child",
      entityId: input.childId,
    });
    return { id: video.id };
  });
}

/** A child's practice videos with the therapists' replies, newest first. Audited. */
export async function listChildPracticeVideos(ctx: ActorContext, input: PracticeVideosInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const { side } = await requireDocumentsAccess(tx, actor, input.childId);
    const videos = await listPracticeVideos(tx, input.childId, input.activityId);
    const replies = await listVideoReplies(
      tx,
      videos.map((video) => video.id),
    );
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "practiceVideo.list",
      entityType: "child",
      entityId: input.childId,
    });
    return {
      side,
      videos: videos.map((video) => ({
        ...video,
        replies: replies
          .filter((reply) => reply.practiceVideoId === video.id)
          .map(({ practiceVideoId: _, ...reply }) => reply),
      })),
    };
  });
}

/** The videos waiting for a therapist: their children's; the clinic's for an admin. */
export async function listUnseen(ctx: ActorContext) {
  const { actor } = ctx;
  if (!can(actor.role, "readClinicalRecord")) throw staffOnly();
  const rows = await listUnseenPracticeVideos(ctx.db, {
    clinicId: actor.clinicId,
    therapistId: actor.role === "admin" ? undefined : actor.userId,
  });
  return {
    videos: rows.map(({ childFirstName, childLastName, ...video }) => ({
      ...video,
      childName: `${childFirstName} ${childLastName}`,
    })),
  };
}

async function requireVideoForStaff(ctx: ActorContext, videoId: string) {
  const video = await findPracticeVideo(ctx.db, videoId);
  if (!video) throw notFound("video");
  const { side, mayAdd } = await requireDocumentsAccess(ctx.db, ctx.actor, video.childId).catch(
    (error) => {
      throw error instanceof AppError && error.code === "NOT_FOUND" ? notFound("video") : error;
    },
  );
  if (side === "family" || !mayAdd) throw staffOnly();
  return video;
}

/** A therapist opened the video: it leaves the dashboards' waiting list. */
export async function markVideoSeen(ctx: ActorContext, input: PracticeVideoOf) {
  const video = await requireVideoForStaff(ctx, input.videoId);
  const seenAt = video.seenAt ?? ctx.now();
  await markPracticeVideoSeen(ctx.db, video.id, seenAt);
  return { id: video.id, seenAt };
}

/**
 * The therapist's answer beside the video: a message in the child's conversation, naming the
 * activity and the moment, so the family reads it where they read everything else.
 */
export async function replyToVideo(ctx: ActorContext, input: ReplyToPracticeVideoInput) {
  const video = await requireVideoForStaff(ctx, input.videoId);
  return ctx.db.transaction(async (tx) => {
    const sent = await sendMessage(
      { ...ctx, db: tx },
      {
        childId: video.childId,
        body: input.body,
        activityId: video.activityId ?? undefined,
        practiceVideoId: video.id,
        videoMomentSeconds: input.momentSeconds,
      },
    );
    await markPracticeVideoSeen(tx, video.id, ctx.now());
    return { id: sent.id, videoId: video.id };
  });
}
