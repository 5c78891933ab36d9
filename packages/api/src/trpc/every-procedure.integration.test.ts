import { getTRPCErrorFromUnknown } from "@trpc/server";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";

import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { appRouter } from "../root";
import { arbitraryFor, hostileArbitrary, type IdPools } from "../testing/input-arbitraries";
import {
  callerFor,
  formatForClient,
  rolledBack,
  signInAs,
  testDeps,
  testMeta,
} from "../testing/test-context";
import type { Guard, ProcedureMeta } from "./init";

const { db } = await useTestDatabase();

/** Per procedure; the issue asks for at least 200. */
const RUNS = 200;
const SEED = 16;
/** Calls in flight at once, each in its own transaction: the test database's pool holds 4. */
const CONCURRENT = 4;

/** What a person must never read: parser, runtime or database internals. */
const INTERNAL_TEXT =
  /Expected property name|Maximum call stack|is not a function|at position|\bat \S+ \(|\bat .+:\d+:\d+|\brelation\b|\bcolumn\b|violates|SQLSTATE|syntax error|duplicate key|invalid byte sequence|invalid input syntax|out of range for type|Cannot read propert|TypeError|RangeError|ReferenceError|ZodError|drizzle|postgres/i;

type Procedure = {
  _def: { type: string; meta?: ProcedureMeta; inputs: z.ZodType[] };
};
// `_def.procedures` is typed as the nested record but holds the flat "router.procedure" map at runtime.
const PROCEDURES = Object.entries(
  appRouter._def.procedures as unknown as Record<string, Procedure>,
);

type Session = AuthSession | null;
const sessions: Record<"admin" | "therapist" | "guardian", Session> = {
  admin: null,
  therapist: null,
  guardian: null,
};

/** Who calls: someone each guard lets through, in turn, so role-specific paths are reached too. */
const callersFor = (guard: Guard | undefined): Session[] => {
  const { admin, therapist, guardian } = sessions;
  if (guard === "admin") return [admin];
  if (guard === "staff") return [admin, therapist];
  if (guard === "signedIn") return [admin, therapist, guardian];
  return [null, guardian];
};

const ID_TABLES: Record<string, string[]> = {
  children: ["childId"],
  users: ["userId", "guardianId", "therapistId", "primaryTherapistId", "actorId", "therapistIds"],
  appointments: ["appointmentId"],
  session_types: ["sessionTypeId"],
  program_activities: ["activityId"],
  activity_templates: ["templateId"],
  program_revisions: ["revisionId", "cursor"],
  invitations: ["invitationId"],
  forms: ["formId"],
  documents: ["documentId"],
};

async function knownIds(): Promise<IdPools> {
  const pools: Record<string, string[]> = {};
  for (const [table, keys] of Object.entries(ID_TABLES)) {
    const rows = await db.execute<{ id: string }>(sql`select id from ${sql.identifier(table)}`);
    for (const key of keys) pools[key] = rows.map((row) => row.id);
  }
  return pools;
}

const tally = { procedures: 0, inputs: 0, accepted: 0, refused400: 0, other4xx: 0, status5xx: 0 };

type Answer = { status: number; message: string; field: string | null; fieldErrors: object | null };

/** One call, rolled back afterwards: every input meets the seeded clinics as they were. */
async function call(path: string, input: unknown, session: Session): Promise<Answer | null> {
  return rolledBack(db, async (tx) => {
    const ctx = { ...testDeps(tx), meta: testMeta(), session };
    const [router = "", name = ""] = path.split(".");
    const caller = callerFor(ctx, session) as unknown as Record<
      string,
      Record<string, (input: unknown, opts?: { signal: AbortSignal }) => Promise<unknown>>
    >;
    const stop = new AbortController();
    try {
      await caller[router]?.[name]?.(input, { signal: stop.signal });
      return null;
    } catch (error) {
      const wire = formatForClient(getTRPCErrorFromUnknown(error), ctx);
      return {
        status: wire.data.httpStatus,
        message: wire.message,
        field: wire.data.field,
        fieldErrors: wire.data.fieldErrors,
      };
    } finally {
      stop.abort();
    }
  });
}

function record(answer: Answer | null) {
  tally.inputs++;
  if (!answer) tally.accepted++;
  else if (answer.status >= 500) tally.status5xx++;
  else if (answer.status === 400) tally.refused400++;
  else tally.other4xx++;
}

/** Never a 5xx or internal words; a refusal by the contract is a 400 naming the field. */
function answerIsSound(answer: Answer, contract: z.ZodType | undefined, input: unknown) {
  if (answer.status >= 500 || INTERNAL_TEXT.test(answer.message)) return false;
  if (!contract || contract.safeParse(input).success) return true;
  return answer.status === 400 && Object.keys(answer.fieldErrors ?? {}).length > 0;
}

let pools: IdPools = {};

beforeAll(async () => {
  sessions.admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  sessions.therapist = await signInAs(testDeps(db), "ot.rivera@maplegrove.test");
  sessions.guardian = await signInAs(testDeps(db), "parent.johnson@maplegrove.test");
  pools = await knownIds();
});

afterAll(() => {
  console.info(
    `every procedure: ${tally.procedures} procedures, ${tally.inputs} inputs ` +
      `(${tally.accepted} accepted, ${tally.refused400} refused 400, ${tally.other4xx} other 4xx), ` +
      `${tally.status5xx} 5xx`,
  );
});

describe("every procedure of the app router, with inputs from its own contract", () => {
  it("covers the whole router", () => {
    expect(PROCEDURES.length).toBeGreaterThan(80);
  });

  describe.each(PROCEDURES)("%s", (path, procedure) => {
    const contract = procedure._def.inputs[0];
    it(`answers ${RUNS} valid and hostile inputs with no 5xx, a 400 naming the field, and plain words`, async () => {
      tally.procedures++;
      const valid = contract ? arbitraryFor(contract, pools) : fc.constant(undefined);
      const inputs = fc.sample(fc.oneof(valid, hostileArbitrary(valid)), {
        numRuns: RUNS,
        seed: SEED,
      });
      const callers = callersFor(procedure._def.meta?.guard);
      const faults: { input: unknown; answer: Answer }[] = [];
      for (let at = 0; at < inputs.length; at += CONCURRENT) {
        const batch = inputs.slice(at, at + CONCURRENT);
        const answers = await Promise.all(
          batch.map((input, i) => call(path, input, callers[(at + i) % callers.length] ?? null)),
        );
        answers.forEach((answer, i) => {
          record(answer);
          const input = batch[i];
          if (answer && !answerIsSound(answer, contract, input)) faults.push({ input, answer });
        });
      }
      expect({} as Record<string, unknown>).not.toHaveProperty("polluted");
      expect(faults.slice(0, 3)).toEqual([]);
    });
  });
});
