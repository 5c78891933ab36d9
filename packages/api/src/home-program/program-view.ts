import type { Queryable } from "@carryover/db";
import { findProgramByChild, listProgramActivities } from "@carryover/db/queries";
import { activeActivityWarning, PracticeEntry } from "@carryover/domain/home-program";

/** A child's program as every editor sees it: settings, activities in order, the active-count warning. */
export async function loadProgramView(q: Queryable, childId: string) {
  const program = await findProgramByChild(q, childId);
  if (!program) return null;
  const activities = await listProgramActivities(q, program.id);
  const active = activities.filter((a) => a.status === "active").length;
  return {
    id: program.id,
    version: program.version,
    goals: program.goals,
    minutesPerDay: program.minutesPerDay,
    daysPerWeek: program.daysPerWeek,
    startDate: program.startDate,
    routineTimes: program.routineTimes,
    guardianEditable: program.guardianEditable,
    activities: activities.map((a) => ({
      id: a.id,
      version: a.version,
      status: a.status,
      templateId: a.templateId,
      content: a.content,
      structure: a.structure,
      updatedAt: a.updatedAt,
    })),
    activeWarning: activeActivityWarning(active),
  };
}

/** The entries of stored practice logs that still read as entries, oldest first. */
export const practiceEntriesOf = (logs: readonly { entry: unknown }[]): PracticeEntry[] =>
  logs.flatMap((l) => {
    const parsed = PracticeEntry.safeParse(l.entry);
    return parsed.success ? [parsed.data] : [];
  });
