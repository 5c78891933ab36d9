import type { z } from "zod";

import type { ServiceDeps } from "../context";

type Db = ServiceDeps["db"];

/**
 * A procedure's first read, started from its raw input while the caller's session is still being
 * looked up (`ProcedureMeta.readAhead`), so the two share one wait on the database. Only a read:
 * nothing is written before the guard passes, and what was read reaches the handler (`take`) only
 * after it has. Input its schema refuses starts nothing; the procedure's own parse answers it.
 */
export function readAhead<I, R>(input: z.ZodType<I>, read: (db: Db, input: I) => Promise<R>) {
  return {
    start: (deps: ServiceDeps, rawInput: unknown): Promise<R> | undefined => {
      const parsed = input.safeParse(rawInput);
      if (!parsed.success) return undefined;
      const reading = read(deps.db, parsed.data);
      // A caller the guard turns away never takes it: its failure must not go unhandled.
      reading.catch(() => undefined);
      return reading;
    },
    /** What was read ahead for this call, else the read now (a caller without the guard, as a test's). */
    take: (ctx: { db: Db; readAhead?: Promise<unknown> }, parsed: I): Promise<R> =>
      (ctx.readAhead as Promise<R> | undefined) ?? read(ctx.db, parsed),
  };
}
