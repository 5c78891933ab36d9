import { describe, expect, it } from "vitest";

import { sqlExecutor } from "./sql-executor";
import { useTestDatabase } from "./testing/use-test-database";

const { db } = await useTestDatabase();

describe("sqlExecutor", () => {
  it("sends dates as ISO text, objects as JSON text, a missing value as NULL, numbers and nulls as they are", async () => {
    const at = new Date("2026-12-03T10:00:00Z");
    const { rows } = await sqlExecutor(db).executeSql(
      "select $1::jsonb as data, $2::timestamptz as at, $3::int as n, $4::text as gone, $5::text as missing",
      [{ a: 1 }, at, 7, null, undefined],
    );
    expect(rows).toEqual([
      { data: { a: 1 }, at: expect.any(String) as string, n: 7, gone: null, missing: null },
    ]);
    expect(new Date(String(rows[0]?.at))).toEqual(at);
  });

  it("runs inside the transaction it is given", async () => {
    await db
      .transaction(async (tx) => {
        await sqlExecutor(tx).executeSql("create table executor_draft (id int)");
        await sqlExecutor(tx).executeSql("insert into executor_draft values ($1)", [1]);
        const { rows } = await sqlExecutor(tx).executeSql("select id from executor_draft");
        expect(rows).toEqual([{ id: 1 }]);
        throw new Error("roll back");
      })
      .catch(() => undefined);
    const { rows } = await sqlExecutor(db).executeSql(
      "select to_regclass('executor_draft') is null as gone",
    );
    expect(rows).toEqual([{ gone: true }]);
  });
});
