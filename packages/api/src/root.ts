import { auditRouter } from "./audit/audit.router";
import { authorizationRouter } from "./billing/authorization.router";
import { chargeRouter } from "./billing/charge.router";
import { claimBatchRouter, claimRouter } from "./billing/claim.router";
import { coverageRouter } from "./billing/coverage.router";
import { eraRouter } from "./billing/era.router";
import { feePolicyRouter } from "./billing/fee-policy.router";
import { feeScheduleRouter } from "./billing/fee-schedule.router";
import { invoiceRouter } from "./billing/invoice.router";
import { ledgerRouter } from "./billing/ledger.router";
import { payerRouter } from "./billing/payer.router";
import { paymentRouter } from "./billing/payment.router";
import { reportRouter } from "./billing/report.router";
import { statementRouter } from "./billing/statement.router";
import { superbillRouter } from "./billing/superbill.router";
import { calendarFeedRouter } from "./calendar-feed/calendar-feed.router";
import { childRouter } from "./children/child.router";
import { clinicRouter } from "./clinic/clinic.router";
import { staffRouter } from "./clinic/staff.router";
import { consentRouter } from "./clinical-notes/consent.router";
import { diagnosisRouter } from "./clinical-notes/diagnosis.router";
import { dischargeSummaryRouter } from "./clinical-notes/discharge-summary.router";
import { documentationRouter } from "./clinical-notes/documentation.router";
import { evaluationRouter } from "./clinical-notes/evaluation.router";
import { goalRouter } from "./clinical-notes/goal.router";
import { noteRouter } from "./clinical-notes/note.router";
import { planOfCareRouter } from "./clinical-notes/plan-of-care.router";
import { progressReportRouter } from "./clinical-notes/progress-report.router";
import { referralRouter } from "./clinical-notes/referral.router";
import { activityRouter } from "./home-program/activity.router";
import { checkInRouter } from "./home-program/check-in.router";
import { practiceRouter } from "./home-program/practice.router";
import { programRouter } from "./home-program/program.router";
import { progressionRouter } from "./home-program/progression.router";
import { templateRouter } from "./home-program/template.router";
import { accountRouter } from "./identity/account.router";
import { invitationRouter } from "./identity/invitation.router";
import { passwordResetRouter } from "./identity/password-reset.router";
import { twoFactorRouter } from "./identity/two-factor.router";
import { liveSessionRouter } from "./live-session/live-session.router";
import { documentRouter } from "./documents/document.router";
import { practiceVideoRouter } from "./documents/practice-video.router";
import { formRouter } from "./forms/form.router";
import { messageRouter } from "./messaging/message.router";
import { notificationRouter } from "./notices/notification.router";
import { outboxRouter } from "./notices/outbox.router";
import { availabilityRouter } from "./scheduling/availability.router";
import { bookingRouter } from "./scheduling/booking.router";
import { groupRouter } from "./scheduling/group.router";
import { seriesRouter } from "./scheduling/series.router";
import { sessionTypeRouter } from "./scheduling/session-type.router";
import { therapistRouter } from "./scheduling/therapist.router";
import { waitlistRouter } from "./scheduling/waitlist.router";
import { createRouter } from "./trpc/init";

export const appRouter = createRouter({
  account: accountRouter,
  twoFactor: twoFactorRouter,
  child: childRouter,
  invitation: invitationRouter,
  passwordReset: passwordResetRouter,
  staff: staffRouter,
  clinic: clinicRouter,
  audit: auditRouter,
  outbox: outboxRouter,
  notification: notificationRouter,
  availability: availabilityRouter,
  sessionType: sessionTypeRouter,
  therapist: therapistRouter,
  booking: bookingRouter,
  group: groupRouter,
  waitlist: waitlistRouter,
  series: seriesRouter,
  calendarFeed: calendarFeedRouter,
  program: programRouter,
  activity: activityRouter,
  template: templateRouter,
  practice: practiceRouter,
  progression: progressionRouter,
  checkIn: checkInRouter,
  liveSession: liveSessionRouter,
  message: messageRouter,
  form: formRouter,
  document: documentRouter,
  practiceVideo: practiceVideoRouter,
  diagnosis: diagnosisRouter,
  referral: referralRouter,
  consent: consentRouter,
  goal: goalRouter,
  planOfCare: planOfCareRouter,
  note: noteRouter,
  documentation: documentationRouter,
  evaluation: evaluationRouter,
  progressReport: progressReportRouter,
  dischargeSummary: dischargeSummaryRouter,
  authorization: authorizationRouter,
  charge: chargeRouter,
  claim: claimRouter,
  claimBatch: claimBatchRouter,
  era: eraRouter,
  ledger: ledgerRouter,
  report: reportRouter,
  statement: statementRouter,
  invoice: invoiceRouter,
  payment: paymentRouter,
  superbill: superbillRouter,
  payer: payerRouter,
  feeSchedule: feeScheduleRouter,
  feePolicy: feePolicyRouter,
  coverage: coverageRouter,
});

export type AppRouter = typeof appRouter;
