import os from "node:os";
import path from "node:path";

import { getErrorShape, getTRPCErrorFromUnknown } from "@trpc/server";

import type { Db, Queryable, Tx } from "@carryover/db";

import type { RequestMeta, ServiceDeps } from "../context";
import { resolveAuthSession } from "../identity/resolve-auth-session";
import { PasswordResetJob, sendPasswordReset } from "../identity/send-password-reset";
import { signIn, type SignInOutcome } from "../identity/sign-in";
import type { JobsPort } from "../ports/jobs";
import { createLocalStorage } from "../ports/local-storage";
import { createOutboxMail } from "../ports/mail";
import { unlimitedRateLimits } from "../ports/rate-limits";
import { createStandInPayments } from "../ports/stand-in-payments";
import { createLiveKitVideo } from "../ports/video";
import { noVirusScan } from "../ports/virus-scan";
import { appRouter } from "../root";
import { createCallerFactory, type TrpcContext } from "../trpc/init";
import { createMemoryJobs } from "./memory-jobs";
import { createRecordingRooms, TEST_VIDEO } from "./recording-rooms";

export const TEST_APP_URL = "http://carryover.test";

/** One directory per test process for the documents tests store; the OS clears its temp folder. */
const TEST_DOCUMENTS = path.join(os.tmpdir(), `carryover-test-documents-${process.pid}`);
export const TEST_AUTH_SECRET = "test-auth-secret-of-at-least-32-characters";

export function testDeps(
  db: Queryable,
  now: () => Date = () => new Date(),
  jobs: JobsPort = createMemoryJobs(),
): ServiceDeps {
  return {
    db,
    mail: createOutboxMail(() => undefined),
    jobs,
    now,
    appUrl: TEST_APP_URL,
    authSecret: TEST_AUTH_SECRET,
    video: createLiveKitVideo(TEST_VIDEO, createRecordingRooms()),
    payments: createStandInPayments(),
    rateLimits: unlimitedRateLimits,
    storage: createLocalStorage({ directory: TEST_DOCUMENTS }),
    virusScan: noVirusScan,
  };
}

export const testMeta = (overrides: Partial<RequestMeta> = {}): RequestMeta => ({
  requestId: "test-request",
  ip: "127.0.0.1",
  ...overrides,
});

/** Signs in through the real service (argon2, session row) and returns the resolved session. */
export async function signInAs(deps: ServiceDeps, email: string, password = "carryover-demo") {
  const sessionId = sessionOf(await signIn(deps, testMeta({ ip: null }), { email, password }));
  const session = await resolveAuthSession(deps, sessionId);
  if (!session.ok) throw new Error(`session for ${email} did not resolve: ${session.reason}`);
  return session;
}

/** The session a sign-in opened; a test that expected no second step fails here if one came. */
export function sessionOf(outcome: SignInOutcome): string {
  if (outcome.step !== "session")
    throw new Error(`sign-in asked for a second step: ${outcome.step}`);
  return outcome.sessionId;
}

const createCaller = createCallerFactory(appRouter);

export function callerFor(
  deps: ServiceDeps,
  session: TrpcContext["session"],
  meta: RequestMeta = testMeta(),
) {
  return createCaller({ ...deps, meta, session });
}

/** Asks for a reset as a browser would, then runs the job as the worker would: its mail is in the outbox. */
export async function requestPasswordResetMail(deps: ServiceDeps, email: string) {
  const jobs = createMemoryJobs();
  await callerFor({ ...deps, jobs }, null).passwordReset.request({ email });
  for (const job of jobs.requests) await sendPasswordReset(deps, PasswordResetJob.parse(job.data));
}

/** What the client receives for `error` thrown in `ctx`: the shape the router's error formatter builds. */
export function formatForClient(error: unknown, ctx: TrpcContext) {
  return getErrorShape({
    config: appRouter._def._config,
    error: getTRPCErrorFromUnknown(error),
    type: "unknown",
    path: undefined,
    input: undefined,
    ctx,
  });
}

class RolledBack extends Error {}

/** Runs `work` in a transaction that is always rolled back, so a test can change data without leaving a trace. */
export async function rolledBack<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  const box: { result?: { value: T } } = {};
  try {
    await db.transaction(async (tx) => {
      box.result = { value: await work(tx) };
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
  if (!box.result) throw new Error("the rolled-back transaction produced no result");
  return box.result.value;
}
