import "server-only";

import {
  appErrorOf,
  finishPractice,
  getProgram,
  logPractice,
  tapPractice,
  undoPractice,
  undoTap,
  type RequestMeta,
} from "@carryover/api";
import {
  FinishPracticeInput,
  LogPracticeInput,
  TapPracticeInput,
  UndoPracticeInput,
  UndoTapInput,
} from "@carryover/api/contracts/practice";

import type { RouteAnswer } from "~/lib/route-handler";
import { todayInZone } from "~/lib/time";
import { getAuthSession } from "~/server/auth-session";
import { serviceDeps } from "~/server/deps";
import {
  CHAIN_OUTCOMES,
  chainEntry,
  routineEntry,
  sensoryDietLog,
  type ChainOutcomes,
} from "./log-entries";
import { practiceFormBack } from "./practice-form-back";

const seeOther = (location: string): RouteAnswer => ({
  response: new Response(null, {
    status: 303,
    headers: { location, "cache-control": "no-store" },
  }),
});

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
};

type Ctx = Parameters<typeof tapPractice>[0];

/** A log sent as a form: the entry built from the activity's own fields, as the page builds it. */
async function logFromForm(ctx: Ctx, form: FormData, today: string) {
  const childId = text(form, "childId") ?? "";
  const activityId = text(form, "activityId") ?? "";
  const { program } = await getProgram(ctx, { childId });
  const activity = program?.activities.find((a) => a.id === activityId);
  if (!activity) return null;
  const { structure, content } = activity;
  const base = { childId, activityId, clientKey: text(form, "clientKey"), practisedOn: today };
  const extras = { note: text(form, "note"), mood: text(form, "mood") };
  if (structure.kind === "routine_practice")
    return { ...base, ...extras, entry: routineEntry(Number(text(form, "minutes"))) };
  if (structure.kind === "chain") {
    const known = new Set<string>(CHAIN_OUTCOMES.map((o) => o.value));
    const outcomes: ChainOutcomes = {};
    structure.steps.forEach((_, index) => {
      const value = text(form, `step-${index}`);
      if (value && known.has(value)) outcomes[index] = value as ChainOutcomes[number];
    });
    return {
      ...base,
      ...extras,
      minutes: content.minutes,
      entry: chainEntry(structure, outcomes),
    };
  }
  if (structure.kind === "sensory_diet") {
    const outcome = text(form, "outcome") === "skipped" ? "skipped" : "done";
    const { entry, extras: minutes } = sensoryDietLog(
      outcome,
      text(form, "choice") ?? "",
      text(form, "moment") ?? "",
      structure.durationMinutes,
    );
    return { ...base, ...extras, ...minutes, entry };
  }
  return null;
}

/** A refusal the services meant (not theirs to see, no longer there, not valid, out of date). */
const REFUSED_CODES = new Set(["NOT_FOUND", "FORBIDDEN", "VALIDATION", "PRECONDITION_FAILED"]);

/**
 * Today's forms sent before the page's script ran: the same services (access, audit, idempotent
 * keys) the page's queue reaches through tRPC, then back to Today. A form the services refuse
 * returns to Today saying so.
 */
export async function answerPracticeForm(req: Request, meta: RequestMeta): Promise<RouteAnswer> {
  const auth = await getAuthSession();
  if (!auth?.ok) return seeOther("/sign-in");
  const form = await req.formData();
  const ctx = { ...serviceDeps(), meta, actor: auth.actor };
  const back = practiceFormBack(text(form, "childId"));
  const refused = { ...seeOther(back.refused), actorId: auth.actor.userId };
  try {
    return await answerOp(ctx, form, auth.clinicTimeZone, {
      done: { ...seeOther(back.done), actorId: auth.actor.userId },
      refused,
    });
  } catch (error) {
    // Back to the same child's Today, so a family with several children stays on the one it tapped for.
    if (REFUSED_CODES.has(appErrorOf(error)?.code ?? "")) return refused;
    throw error;
  }
}

async function answerOp(
  ctx: Ctx,
  form: FormData,
  clinicTimeZone: string,
  { done, refused }: { done: RouteAnswer; refused: RouteAnswer },
): Promise<RouteAnswer> {
  const childId = text(form, "childId");
  const op = text(form, "op");
  if (op === "tap") {
    const tap = text(form, "tap");
    const input = TapPracticeInput.safeParse({
      childId,
      activityId: text(form, "activityId"),
      tap,
      // One page, one activity, one button: the same form sent twice counts once.
      clientKey: `${text(form, "clientKey")}:${text(form, "activityId")}:${tap}`,
    });
    if (!input.success) return refused;
    await tapPractice(ctx, input.data);
    return done;
  }
  if (op === "untap") {
    const input = UndoTapInput.safeParse({ childId, clientKey: text(form, "clientKey") });
    if (!input.success) return refused;
    await undoTap(ctx, input.data);
    return done;
  }
  if (op === "finish") {
    const input = FinishPracticeInput.safeParse({
      childId,
      activityId: text(form, "activityId"),
      note: text(form, "note"),
      mood: text(form, "mood"),
    });
    if (!input.success) return refused;
    await finishPractice(ctx, input.data);
    return done;
  }
  if (op === "undo") {
    const input = UndoPracticeInput.safeParse({ logId: text(form, "logId") });
    if (!input.success) return refused;
    await undoPractice(ctx, input.data);
    return done;
  }
  if (op === "log") {
    const input = LogPracticeInput.safeParse(
      await logFromForm(ctx, form, todayInZone(clinicTimeZone)),
    );
    if (!input.success) return refused;
    await logPractice(ctx, input.data);
    return done;
  }
  return refused;
}
