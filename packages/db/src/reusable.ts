import { fillPlaceholders, sql, type Placeholder, type Query, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type postgres from "postgres";

import type { Queryable } from "./client";

type Values = Record<string, unknown>;
type Prepared<R> = { execute(values?: Values): Promise<R> };

/**
 * A query whose SQL is built once, with `sql.placeholder`s for its values, then run on the database
 * or on an open transaction. Drizzle builds a query's SQL again on every run (about 40 µs for a join
 * with a few columns: a tenth of a booking's CPU under load), so the queries every request or every
 * booking runs keep theirs.
 *
 * It runs when called, not when awaited as a drizzle builder does: statements pipelined together
 * (`pipelined`) are sent in the order they are called.
 *
 * The prepared query drizzle returns is bound to the client it was built on; each run copies it
 * onto the client of the database or transaction it is given. (Drizzle 0.45's postgres.js driver:
 * `db._.session.client`, and a prepared query's `client`; reusable.integration.test.ts holds both.)
 */
export function reusable<V extends Values, R>(
  name: string,
  build: (q: Queryable) => { prepare(name: string): Prepared<R> },
): (q: Queryable, values: V) => Promise<R> {
  let template: Prepared<R> | undefined;
  return (q, values) => {
    template ??= build(q).prepare(name);
    const onClient = Object.assign(
      Object.create(Object.getPrototypeOf(template) as object) as Prepared<R>,
      template,
      { client: clientOf(q) },
    );
    return onClient.execute(values);
  };
}

/** `{ name: sql.placeholder("name") }` for each name: the values of a reusable insert. */
export const placeholders = <K extends string>(...names: K[]) =>
  Object.fromEntries(names.map((name) => [name, sql.placeholder(name)])) as Record<
    K,
    Placeholder<K>
  >;

const dialect = new PgDialect({ casing: "snake_case" });

/** The same for a statement written as `sql` (with placeholders): its rows come as PostgreSQL names them. */
export function reusableSql<V extends Values, R>(
  build: () => SQL,
): (q: Queryable, values: V) => Promise<R[]> {
  let query: Query | undefined;
  return async (q, values) => {
    query ??= dialect.sqlToQuery(build());
    const rows = await clientOf(q).unsafe(
      query.sql,
      fillPlaceholders(query.params, values) as never[],
    );
    return rows as unknown as R[];
  };
}

/** The postgres.js client under the database or an open transaction. */
export const clientOf = (q: Queryable) =>
  (q._.session as unknown as { client: postgres.Sql | postgres.TransactionSql }).client;
