import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";

import { toSql } from "./sql-executor";

const dialect = new PgDialect();

describe("toSql", () => {
  it("keeps the text and turns each placeholder into a parameter, repeats included", () => {
    const query = dialect.sqlToQuery(
      toSql("select $1::uuid as id, $2 as name where right($2, 1) = 'Z'", ["a-b", "x"]),
    );
    expect(query.sql).toBe("select $1::uuid as id, $2 as name where right($3, 1) = 'Z'");
    expect(query.params).toEqual(["a-b", "x", "x"]);
  });

  it("sends objects as JSON text, a missing value as NULL, and dates, numbers and nulls as they are", () => {
    const at = new Date("2026-12-03T10:00:00Z");
    const query = dialect.sqlToQuery(
      toSql("$1 $2 $3 $4 $5::int", [{ a: 1 }, at, 7, null, undefined]),
    );
    expect(query.sql).toBe("$1 $2 $3 $4 $5::int");
    expect(query.params).toEqual(['{"a":1}', at, 7, null, null]);
  });
});
