import "server-only";

import type { TrpcContext } from "@carryover/api";

import { getAuthSession, getRequestMeta } from "./auth-session";
import { serviceDeps } from "./deps";

/** The tRPC context for this request: services' dependencies, where it came from, and who is acting. */
export async function createTrpcContext(): Promise<TrpcContext> {
  const [session, meta] = await Promise.all([getAuthSession(), getRequestMeta()]);
  return { ...serviceDeps(), meta, session: session?.ok ? session : null };
}
