import "server-only";

import type { TrpcContext } from "@carryover/api";

import { serviceDeps } from "./deps";
import { getRequestMeta, getSession } from "./session";

/** The tRPC context for this request: services' dependencies, where it came from, and who is acting. */
export async function createTrpcContext(): Promise<TrpcContext> {
  const [session, meta] = await Promise.all([getSession(), getRequestMeta()]);
  return { ...serviceDeps(), meta, session: session?.ok ? session : null };
}
