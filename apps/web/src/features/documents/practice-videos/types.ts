import type { inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "@carryover/api";

type Outputs = inferRouterOutputs<AppRouter>;

export type PracticeVideoView = Outputs["practiceVideo"]["list"]["videos"][number];
export type PracticeVideoReplyView = PracticeVideoView["replies"][number];
export type UnseenPracticeVideo = Outputs["practiceVideo"]["unseen"]["videos"][number];
