import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";

import { can, type Action } from "@carryover/domain/access";

import type { RequestMeta, ServiceDeps } from "../context";
import { AppError } from "../errors";
import type { AuthSession } from "../identity/resolve-auth-session";
import { requireWithinLimit } from "../policy/rate-limit";
import { toTrpcError } from "./error-map";
import { fieldErrorsOf, issuePath } from "./field-errors.contracts";

export type TrpcContext = ServiceDeps & {
  meta: RequestMeta;
  /**
   * Who is calling. An HTTP request passes it still being looked up, so that a procedure's read
   * ahead (below) travels to the database with it; the guard waits for it.
   */
  session: AuthSession | null | Promise<AuthSession | null>;
};

/** Who may call a procedure at all; what they may do with a given record is the services' policy. */
export const GUARDS = ["public", "signedIn", "staff", "admin"] as const;
export type Guard = (typeof GUARDS)[number];
export type ProcedureMeta = {
  guard?: Guard;
  /**
   * A read the procedure starts while its caller is still being looked up, from its raw input
   * (`ReadAhead.start`): the two take one wait on the database instead of two. The handler gets
   * it as `ctx.readAhead` only once the guard has passed.
   */
  readAhead?: (deps: ServiceDeps, rawInput: unknown) => Promise<unknown> | undefined;
};

/** What a role must be allowed (domain/access ACTIONS) to pass each guard; signedIn asks only a session. */
const GUARD_ACTIONS: Record<Exclude<Guard, "public">, Action | null> = {
  signedIn: null,
  staff: "useStaffTools",
  admin: "administerClinic",
};

/** Failures only tRPC itself raises: its messages are a bare code or name the protocol. */
const PLAIN_MESSAGES: Partial<Record<TRPCError["code"], string>> = {
  PAYLOAD_TOO_LARGE: "That is more than one request can carry. Send less at a time.",
  PARSE_ERROR: "The request could not be read. Reload the page and try again.",
  METHOD_NOT_SUPPORTED: "The request used the wrong method. Reload the page and try again.",
};

const t = initTRPC
  .context<TrpcContext>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    // Stack traces never leave the server, in development or production.
    isDev: false,
    errorFormatter({ shape, error, ctx }) {
      const zodError = error.cause instanceof ZodError ? error.cause : null;
      const appError = error.cause instanceof AppError ? error.cause : null;
      const firstIssue = zodError?.issues[0];
      const field = firstIssue ? issuePath(firstIssue) : appError?.details.field;
      const internal = error.code === "INTERNAL_SERVER_ERROR";
      // tRPC's own 400s (JSON, superjson meta, batch shape) carry the parser's words, not ours.
      const unreadable = error.code === "BAD_REQUEST" && !zodError && !appError;
      return {
        ...shape,
        message: internal
          ? `Something went wrong on our side. Please try again in a moment. (Reference ${ctx?.meta.requestId ?? "unknown"})`
          : firstIssue
            ? `${issuePath(firstIssue) || "input"}: ${firstIssue.message}`
            : (PLAIN_MESSAGES[unreadable ? "PARSE_ERROR" : error.code] ?? shape.message),
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          field: field ?? null,
          reason: appError?.reason ?? null,
          alternatives: appError?.details.alternatives ?? null,
          retryAfterSeconds: appError?.details.retryAfterSeconds ?? null,
          current: appError?.details.current ?? null,
          fieldErrors: zodError
            ? fieldErrorsOf(zodError.issues)
            : (appError?.details.fieldErrors ?? null),
          requestId: ctx?.meta.requestId ?? null,
        },
      };
    },
  });

export const createRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTrpcError(result.error.cause);
    if (mapped) throw mapped;
  }
  return result;
});

const enforceGuard = t.middleware(async ({ ctx, meta, getRawInput, next }) => {
  const guard = meta?.guard;
  if (!guard)
    throw new TRPCError({ code: "FORBIDDEN", message: "This action has no declared guard." });
  const readAhead = meta.readAhead ? meta.readAhead(ctx, await getRawInput()) : undefined;
  const session = await ctx.session;
  const actor = session?.actor ?? null;
  if (guard !== "public") {
    if (!actor)
      throw new TRPCError({
        code: "UNAUTHORIZED",
        message: "Your session has ended. Please sign in again.",
      });
    const action = GUARD_ACTIONS[guard];
    if (action && !can(actor.role, action)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Your role can't do this." });
    }
  }
  return next({ ctx: { actor, session, readAhead } });
});

/** Every signed-in person's changes share one limit, so a runaway client or script soon pauses. */
const limitChanges = t.middleware(async ({ ctx, type, next }) => {
  const session = type === "mutation" ? await ctx.session : null;
  if (session) await requireWithinLimit(ctx, "mutationPerPerson", session.actor.userId);
  return next();
});

const base = t.procedure.use(mapErrors).use(enforceGuard).use(limitChanges);

/** Every procedure starts here and names its guard; a test fails for any procedure that does not. */
export const publicProcedure = base.meta({ guard: "public" });
export const signedInProcedure = base.meta({ guard: "signedIn" }).use(({ ctx, next }) => {
  if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED" });
  return next({ ctx: { actor: ctx.actor } });
});
export const staffProcedure = signedInProcedure.meta({ guard: "staff" });
export const adminProcedure = signedInProcedure.meta({ guard: "admin" });
