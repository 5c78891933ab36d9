import type { Queryable } from "@carryover/db";

import type { RequestMeta, ServiceDeps } from "../context";
import { createOutboxMail } from "../ports/mail";
import { createCallerFactory, type TrpcContext } from "../trpc/init";
import { appRouter } from "../root";
import { resolveSession } from "../services/identity/resolve-session";
import { signIn } from "../services/identity/sign-in";

export const TEST_APP_URL = "http://carryover.test";

export function testDeps(db: Queryable, now: () => Date = () => new Date()): ServiceDeps {
  return { db, mail: createOutboxMail(() => undefined), now, appUrl: TEST_APP_URL };
}

export const testMeta = (overrides: Partial<RequestMeta> = {}): RequestMeta => ({ requestId: "test-request", ip: "127.0.0.1", ...overrides });

/** Signs in through the real service (argon2, session row) and returns the resolved session. */
export async function signInAs(deps: ServiceDeps, email: string, password = "carryover-demo") {
  const { sessionId } = await signIn(deps, testMeta({ ip: null }), { email, password });
  const session = await resolveSession(deps, sessionId);
  if (!session.ok) throw new Error(`session for ${email} did not resolve: ${session.reason}`);
  return session;
}

const createCaller = createCallerFactory(appRouter);

export function callerFor(deps: ServiceDeps, session: TrpcContext["session"], meta: RequestMeta = testMeta()) {
  return createCaller({ ...deps, meta, session });
}
