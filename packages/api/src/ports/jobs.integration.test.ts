import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { useTestDatabase } from "@carryover/db/testing/vitest";

import { createPgBossJobs, jobIdFor, QUEUES } from "./jobs";

const { db, url } = await useTestDatabase();

describe("the job queue", () => {
  it("starts in three server processes at once on a new database, every round, and each can enqueue", async () => {
    for (let round = 0; round < 3; round++) {
      await db.execute(sql`drop schema if exists pgboss cascade`);
      const replicas = [1, 2, 3].map(() =>
        createPgBossJobs({ databaseUrl: url, max: 2, supervise: false, onError: () => undefined }),
      );
      try {
        const started = await Promise.allSettled(
          replicas.map((jobs, i) =>
            jobs.enqueue([
              { queue: "notice-sweep", key: `round-${round}-replica-${i}`, data: { round } },
            ]),
          ),
        );
        // A rejection shows its reason, so a failure here says which start failed and why.
        expect(
          started.map((s) => (s.status === "fulfilled" ? "fulfilled" : String(s.reason))),
        ).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
        const queues = await db.execute(
          sql`select name, retry_limit, retry_delay, retry_backoff, expire_seconds from pgboss.queue`,
        );
        expect(queues).toHaveLength(QUEUES.length);
        expect(queues.find((queue) => queue.name === "notice-send")).toEqual({
          name: "notice-send",
          retry_limit: 5,
          retry_delay: 30,
          retry_backoff: true,
          expire_seconds: 300,
        });
        const rows = await db.execute<{ id: string }>(
          sql`select id from pgboss.job where name = 'notice-sweep' order by id`,
        );
        expect(rows.map((r) => r.id).sort()).toEqual(
          [0, 1, 2].map((i) => jobIdFor(`notice-sweep:round-${round}-replica-${i}`)).sort(),
        );
      } finally {
        await Promise.all(replicas.map((jobs) => jobs.stop()));
      }
    }
  }, 60_000);
});
