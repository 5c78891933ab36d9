import { findProgramByChild, updateProgramSettings } from "@carryover/db/queries";
import { isSameValue as same } from "@carryover/domain/home-program";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { requireProgramAccess } from "../policy/program-access";
import { loadProgramView } from "./program-view";
import type { UpdateProgramInput } from "./program.contracts";
import { recordProgramChange } from "./record-change";

type Settings = NonNullable<Awaited<ReturnType<typeof findProgramByChild>>>;

function describeSettingsChange(before: Settings, after: Settings): string[] {
  const changes: string[] = [];
  if (!same(before.goals, after.goals)) changes.push("Goals changed");
  if (before.minutesPerDay !== after.minutesPerDay || before.daysPerWeek !== after.daysPerWeek)
    changes.push(
      `Dose changed from ${before.minutesPerDay} minutes a day, ${before.daysPerWeek} days a week, to ${after.minutesPerDay} minutes a day, ${after.daysPerWeek} days a week`,
    );
  if (before.startDate !== after.startDate)
    changes.push(`Start date changed from ${before.startDate} to ${after.startDate}`);
  if (!same(before.routineTimes, after.routineTimes)) {
    for (const routine of new Set([
      ...Object.keys(before.routineTimes),
      ...Object.keys(after.routineTimes),
    ])) {
      const was = before.routineTimes[routine];
      const now = after.routineTimes[routine];
      if (was !== now)
        changes.push(
          `${routine.replace(/_/g, " ")} time ${was ? `moved from ${was}` : "set"}${now ? ` to ${now}` : " back to the usual time"}`,
        );
    }
  }
  if (!same(before.guardianEditable, after.guardianEditable))
    changes.push("What guardians may change was updated");
  return changes;
}

const settingsOf = (p: Settings) => ({
  goals: p.goals,
  minutesPerDay: p.minutesPerDay,
  daysPerWeek: p.daysPerWeek,
  startDate: p.startDate,
  routineTimes: p.routineTimes,
  guardianEditable: p.guardianEditable,
});

/**
 * Changes a program's settings if nobody changed them since the editor loaded them; otherwise a
 * CONFLICT carrying the current program, so the editor can see both and choose. A guardian may
 * change routine times, and only when the therapist allowed it.
 */
export async function updateProgram(ctx: ActorContext, input: UpdateProgramInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const { staff } = await requireProgramAccess(tx, actor, input.childId, "edit");
    const before = await findProgramByChild(tx, input.childId);
    if (!before) throw notFound("home program");
    const { childId: _c, expectedVersion, ...patch } = input;
    if (!staff) {
      const onlyRoutineTimes = Object.entries(patch).every(
        ([key, value]) => value === undefined || key === "routineTimes",
      );
      if (!onlyRoutineTimes || !before.guardianEditable.includes("routine_times")) {
        throw new AppError(
          "FORBIDDEN",
          "GUARDIAN_CANNOT_CHANGE",
          "Only the therapist can change this part of the program. You can add what you noticed instead.",
        );
      }
    }
    const after = await updateProgramSettings(tx, before.id, expectedVersion, patch);
    if (!after) {
      throw new AppError(
        "CONFLICT",
        "PROGRAM_CHANGED",
        "Someone else changed this program while you were editing. Here is their version: keep theirs or apply yours again.",
        { current: await loadProgramView(tx, input.childId) },
      );
    }
    await recordProgramChange(tx, ctx, {
      programId: before.id,
      childId: input.childId,
      action: "program.update",
      changes: describeSettingsChange(before, after),
      before: settingsOf(before),
      after: settingsOf(after),
    });
    return { version: after.version };
  });
}
