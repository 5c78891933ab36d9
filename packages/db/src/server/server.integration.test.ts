import { readFileSync } from "node:fs";
import postgres from "postgres";
import { describe, expect, it } from "vitest";

import { DatabaseUnreachableError, migrateDatabase } from ".";
import { useTestDatabase } from "../testing/use-test-database";

const { url } = await useTestDatabase();

describe("migrateDatabase", () => {
  it("is idempotent and safe when several processes start together", async () => {
    await Promise.all([migrateDatabase(url), migrateDatabase(url), migrateDatabase(url)]);
    const sql = postgres(url, { max: 1 });
    const [row] = await sql<
      { n: number }[]
    >`select count(*)::int as n from drizzle.__drizzle_migrations`;
    await sql.end();
    const journal = JSON.parse(
      readFileSync(new URL("../../migrations/meta/_journal.json", import.meta.url), "utf8"),
    ) as { entries: unknown[] };
    expect(row?.n).toBe(journal.entries.length);
  });

  it("names the unreachable server with its password masked", async () => {
    const error = await migrateDatabase("postgres://app:s3cret@127.0.0.1:1/nowhere").catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseUnreachableError);
    expect((error as Error).message).toBe(
      "Cannot reach PostgreSQL at postgres://app:***@127.0.0.1:1/nowhere",
    );
  });
});

describe("audit_events", () => {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });

  it("accepts new rows", async () => {
    await sql`insert into audit_events (action, entity_type) values ('test.append', 'test')`;
    const [row] = await sql<
      { n: number }[]
    >`select count(*)::int as n from audit_events where action = 'test.append'`;
    expect(row?.n).toBe(1);
  });

  it("refuses UPDATE, DELETE and TRUNCATE for the role the app connects with", async () => {
    await expect(sql`update audit_events set action = 'forged'`).rejects.toThrow(
      /append-only: UPDATE/,
    );
    await expect(sql`delete from audit_events`).rejects.toThrow(/append-only: DELETE/);
    await expect(sql`truncate audit_events`).rejects.toThrow(/append-only: TRUNCATE/);
    const [row] = await sql<
      { n: number }[]
    >`select count(*)::int as n from audit_events where action = 'test.append'`;
    expect(row?.n).toBe(1);
    await sql.end();
  });
});
