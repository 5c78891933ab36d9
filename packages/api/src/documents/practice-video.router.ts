import { createRouter, signedInProcedure } from "../trpc/init";
import {
  PracticeVideoOf,
  PracticeVideoReply,
  PracticeVideos,
  PracticeVideosInput,
  ReplyToPracticeVideoInput,
  SeenPracticeVideo,
  SharedPracticeVideo,
  SharePracticeVideoInput,
  UnseenPracticeVideos,
} from "./practice-video.contracts";
import {
  listChildPracticeVideos,
  listUnseen,
  markVideoSeen,
  replyToVideo,
  sharePracticeVideo,
} from "./practice-videos";

/** Short videos of home practice from the family, answered by the therapist beside the activity. */
export const practiceVideoRouter = createRouter({
  share: signedInProcedure
    .input(SharePracticeVideoInput)
    .output(SharedPracticeVideo)
    .mutation(({ ctx, input }) => sharePracticeVideo(ctx, input)),
  list: signedInProcedure
    .input(PracticeVideosInput)
    .output(PracticeVideos)
    .query(({ ctx, input }) => listChildPracticeVideos(ctx, input)),
  unseen: signedInProcedure.output(UnseenPracticeVideos).query(({ ctx }) => listUnseen(ctx)),
  markSeen: signedInProcedure
    .input(PracticeVideoOf)
    .output(SeenPracticeVideo)
    .mutation(({ ctx, input }) => markVideoSeen(ctx, input)),
  reply: signedInProcedure
    .input(ReplyToPracticeVideoInput)
    .output(PracticeVideoReply)
    .mutation(({ ctx, input }) => replyToVideo(ctx, input)),
});
