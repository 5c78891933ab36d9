import type { Queryable } from "@carryover/db";
import type { Role } from "@carryover/domain/identity";

import type { MessageEventsPort, ProgramEventsPort } from "./ports/channel-events";
import type { JobsPort } from "./ports/jobs";
import type { MailPort } from "./ports/mail";
import type { PaymentsPort } from "./ports/payments";
import type { RateLimitsPort } from "./ports/rate-limits";
import type { StoragePort } from "./ports/storage";
import type { VideoPort } from "./ports/video";
import type { VirusScanPort } from "./ports/virus-scan";

/** Who acts in a request: the signed-in person, their clinic and role, and the sign-in session's id. */
export type Actor = {
  sessionId: string;
  userId: string;
  clinicId: string;
  role: Role;
  name: string;
};

/** Where a request came from, for the audit trail and logs. */
export type RequestMeta = {
  requestId: string;
  ip: string | null;
  /** The User-Agent header as sent; stored bounded (`storableUserAgent`). Absent for jobs. */
  userAgent?: string | null;
};

export type Clock = () => Date;

export type ServiceDeps = {
  /** The database, or an open transaction: services nest theirs inside it as a savepoint. */
  db: Queryable;
  mail: MailPort;
  /** Durable background work (notices, waitlist offers): enqueued inside the service's transaction. */
  jobs: JobsPort;
  now: Clock;
  appUrl: string;
  /** AUTH_SECRET: the key that seals second-factor secrets at rest and signs trusted-device cookies derives from it. */
  authSecret: string;
  /** LiveKit: join tokens and webhooks here; room administration on its server. */
  video: VideoPort;
  /** Card payments with the provider; null when online payment is off (payments are recorded by hand). */
  payments: PaymentsPort | null;
  /** Counters shared by every replica: password resets, invitations, calendar feeds, webhooks, changes. */
  rateLimits: RateLimitsPort;
  /** Where documents, videos and signed forms are kept: the data directory, or an S3-compatible store. */
  storage: StoragePort;
  /** Uploads are scanned before they are kept, when a scanner is configured. */
  virusScan: VirusScanPort;
  /** Committed program changes, for open program views; only a serving process listens. */
  programEvents?: ProgramEventsPort;
  /** Committed messages, for open conversations and the navigation's counts; likewise. */
  messageEvents?: MessageEventsPort;
};

export type ServiceContext = ServiceDeps & { meta: RequestMeta };
export type ActorContext = ServiceContext & { actor: Actor };
