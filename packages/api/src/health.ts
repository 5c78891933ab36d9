import { pingDatabase } from "@carryover/db/queries";

import type { ServiceDeps } from "./context";

export async function checkHealth(deps: ServiceDeps): Promise<{ ok: boolean }> {
  try {
    await pingDatabase(deps.db);
    return { ok: true };
  } catch {
    return { ok: false };
  }
}
