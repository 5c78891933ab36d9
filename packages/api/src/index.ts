export { appRouter, type AppRouter } from "./root";
export { type TrpcContext } from "./trpc/init";
export { AppError, appErrorOf, type AppErrorCode } from "./errors";
export { retryAfterSecondsOf, toTrpcError } from "./trpc/error-map";
export type { ServiceDeps, RequestMeta, Actor } from "./context";
export { createOutboxMail, createSmtpMail, type MailPort } from "./ports/mail";
export { signIn, type SignInOutcome } from "./identity/sign-in";
export { completeSignIn, type CompletedSignIn } from "./identity/complete-sign-in";
export { startSignInEnrolment } from "./identity/start-sign-in-enrolment";
export { passkeySignInOptions } from "./identity/passkey-sign-in-options";
export { signInWithPasskey } from "./identity/sign-in-with-passkey";
export {
  claimSessionCookie,
  resolveAuthSession,
  type AuthSession,
  type ResolvedAuthSession,
} from "./identity/resolve-auth-session";
export { signOut } from "./identity/sign-out";
export { checkHealth } from "./health";
export { readCalendarFeed } from "./calendar-feed/read-calendar-feed";
export { getChild } from "./children/get-child";
export { getClaimBatchFile } from "./billing/claims";
export { getClaimForPaper } from "./billing/claim-paper";
export { getProgram } from "./home-program/get-program";
export { finishPractice } from "./home-program/finish-practice";
export { logPractice } from "./home-program/log-practice";
export { tapPractice } from "./home-program/tap-practice";
export { undoPractice } from "./home-program/undo-practice";
export { undoTap } from "./home-program/undo-tap";
export { createServiceDeps, startJobWorker, type DepsConfig, type PaymentsConfig, type StorageConfig } from "./deps";
export { createPgBossJobs, type JobRunner, type JobsPort } from "./ports/jobs";
export { DEMO_ACCOUNTS } from "@carryover/db/seed/accounts";
export { receiveVideoWebhook } from "./live-session/receive-video-webhook";
export { payWithStandIn, receivePaymentEvent } from "./billing/settle-card-payment";
export { getSuperbill } from "./billing/superbills";
export type { VideoConfig } from "./ports/video";
export { exportAuditEvents, AUDIT_EXPORT_LIMIT } from "./audit/export-audit-events";
export { clinicLogoFile } from "./clinic/clinic-logo";
export { getClinicLetterhead, type ClinicLetterhead } from "./clinic/clinic-letterhead";
export { planOfCareForSigningWithLogo } from "./clinical-notes/plan-pdf-for-signing";
export { getNote } from "./clinical-notes/get-note";
export { getPlanOfCare } from "./clinical-notes/get-plan-of-care";
export { listPlansOfCare } from "./clinical-notes/list-plans-of-care";
export { listDiagnoses } from "./clinical-notes/list-diagnoses";
export { getReferral } from "./clinical-notes/get-referral";
export { listGoals } from "./clinical-notes/list-goals";
export { uploadDocumentFromRequest } from "./documents/upload-document";
export { openDocument } from "./documents/open-document";
export { parseRangeHeader, isStorageError } from "./ports/storage";
