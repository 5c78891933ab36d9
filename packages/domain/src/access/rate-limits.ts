/** How often one key (an email, an address, a person, a clinic) may do something before a pause. */
export type RateLimit = {
  points: number;
  durationSeconds: number;
  /** What was asked too often, as the refusal says it: "Too many <what>." */
  what: string;
};

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The limits on what costs (mail, webhooks) or could reveal something by guessing (reset emails,
 * calendar tokens). Sign-in has its own lockout (identity's lockoutFor).
 */
export const RATE_LIMITS = {
  passwordResetPerEmail: {
    points: 5,
    durationSeconds: HOUR,
    what: "password reset requests for this email",
  },
  passwordResetPerAddress: {
    points: 20,
    durationSeconds: HOUR,
    what: "password reset requests from your network",
  },
  passwordChangePerPerson: {
    points: 5,
    durationSeconds: 15 * MINUTE,
    what: "password change attempts",
  },
  invitationPerInviter: { points: 50, durationSeconds: HOUR, what: "invitations from you" },
  invitationPerClinic: { points: 200, durationSeconds: DAY, what: "invitations from your clinic" },
  calendarFeedPerAddress: {
    points: 60,
    durationSeconds: MINUTE,
    what: "calendar requests from your network",
  },
  videoWebhookPerAddress: { points: 1200, durationSeconds: MINUTE, what: "webhook deliveries" },
  physicianLinkPerAddress: {
    points: 30,
    durationSeconds: 15 * MINUTE,
    what: "signing-link requests from your network",
  },
  mutationPerPerson: { points: 200, durationSeconds: MINUTE, what: "changes in a short time" },
} as const satisfies Record<string, RateLimit>;

export type RateLimitName = keyof typeof RATE_LIMITS;

/** The refusal's sentence: what was asked too often and when to try again, in whole minutes. */
export function rateLimitMessage(name: RateLimitName, retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / MINUTE));
  return `Too many ${RATE_LIMITS[name].what}. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
