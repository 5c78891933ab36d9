export { appRouter, type AppRouter } from "./root";
export { type TrpcContext } from "./trpc/init";
export { AppError, type AppErrorCode } from "./errors";
export type { ServiceDeps, RequestMeta, SessionActor } from "./context";
export { createOutboxMail, createSmtpMail, type MailPort } from "./ports/mail";
export { signIn } from "./services/identity/sign-in";
export {
  claimSessionCookie,
  resolveSession,
  type ResolvedSession,
} from "./services/identity/resolve-session";
export { signOut } from "./services/identity/sign-out";
export { checkHealth } from "./services/health";
export { readCalendarFeed } from "./services/calendar-feeds/read-calendar-feed";
export { getChild } from "./services/children/get-child";
export { getProgram } from "./services/home-program/get-program";
export { createServiceDeps, startJobWorker, type DepsConfig } from "./deps";
export { createPgBossJobs, type JobRunner, type JobsPort } from "./ports/jobs";
export { DEMO_ACCOUNTS } from "@carryover/db/seed/accounts";
export { receiveVideoWebhook } from "./services/live-sessions/receive-video-webhook";
export type { VideoConfig } from "./ports/video";
