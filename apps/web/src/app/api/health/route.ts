import { checkHealth } from "@carryover/api";

import { serviceDeps } from "~/server/deps";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth(serviceDeps());
  return Response.json(
    { ok: health.ok, database: health.ok ? "up" : "down" },
    { status: health.ok ? 200 : 503 },
  );
}
