import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { createDb } from "@carryover/db";
import { auditEvents, mailOutbox } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import { createPostgresRateLimits } from "../ports/rate-limits";
import { createMemoryJobs } from "../testing/memory-jobs";
import { callerFor, testDeps, testMeta } from "../testing/test-context";
import { PasswordResetJob, sendPasswordReset } from "./send-password-reset";

const { db, url } = await useTestDatabase();

describe("a password reset request", () => {
  it("answers a known and an unknown email alike, with the same statements, and mails only the known one", async () => {
    const statements: string[] = [];
    const counted = createDb(url, { max: 1, onQuery: (statement) => statements.push(statement) });
    const jobs = createMemoryJobs();
    const deps = {
      ...testDeps(counted, undefined, jobs),
      rateLimits: createPostgresRateLimits(counted),
    };
    const ask = async (email: string) => {
      statements.length = 0;
      const answer = await callerFor(
        deps,
        null,
        testMeta({ ip: "203.0.113.9" }),
      ).passwordReset.request({ email });
      return { answer, statements: [...statements] };
    };
    try {
      await counted.execute(sql`select 1`); // the connection's own setup queries are not the request's
      const known = await ask("Grandma.Johnson@maplegrove.test");
      const unknown = await ask("nobody.here@example.com");

      expect(unknown.answer).toEqual({ sent: true });
      expect(known.answer).toEqual(unknown.answer);
      expect(known.statements.length).toBeGreaterThan(0);
      expect(known.statements).toEqual(unknown.statements);
      expect(await db.select().from(mailOutbox)).toEqual([]);
      expect(jobs.requests.map((job) => [job.queue, (job.data as PasswordResetJob).email])).toEqual(
        [
          ["password-reset-send", "grandma.johnson@maplegrove.test"],
          ["password-reset-send", "nobody.here@example.com"],
        ],
      );
    } finally {
      await counted.close();
    }

    for (const job of jobs.requests)
      await sendPasswordReset(testDeps(db), PasswordResetJob.parse(job.data));
    const mails = await db
      .select({ to: mailOutbox.to, subject: mailOutbox.subject })
      .from(mailOutbox);
    expect(mails).toEqual([
      { to: "grandma.johnson@maplegrove.test", subject: "Reset your Carryover password" },
    ]);
    const [audited] = await db
      .select({ ip: auditEvents.ip })
      .from(auditEvents)
      .where(eq(auditEvents.action, "auth.password_reset_request"));
    expect(audited?.ip).toBe("203.0.113.9");
  });
});
