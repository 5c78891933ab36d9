import { findProgramActivity, listPracticeLogs } from "@carryover/db/queries";
import { parseClinicSettings } from "@carryover/domain/clinic";
import { suggestProgression } from "@carryover/domain/home-program/progression";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { requireProgramAccess } from "../policy/program-access";
import { practiceEntriesOf } from "./program-view";
import type { ApplyProgressionInput } from "./progression.contracts";
import { applyActivityChange } from "./update-activity";

const nothingToApply = () =>
  new AppError(
    "PRECONDITION_FAILED",
    "NO_SUGGESTION",
    "There is no level or step change to apply right now: the practice since then does not call for one.",
  );

/**
 * Applies the engine's suggestion for one activity, worked out again here from the practice log
 * (never taken from the client): a level up or down, or one more step for the child. Staff apply
 * it; a guardian with edit permission may when the clinic allows it. A mastered chain is completed:
 * it leaves the family's day.
 */
export async function applyProgression(ctx: ActorContext, input: ApplyProgressionInput) {
  return ctx.db.transaction(async (tx) => {
    const found = await findProgramActivity(tx, input.activityId);
    if (!found) throw notFound("activity");
    const { facts, staff } = await requireProgramAccess(tx, ctx.actor, found.childId, "edit");
    if (!staff && !parseClinicSettings(facts.settings).guardiansApplyProgression) {
      throw new AppError(
        "FORBIDDEN",
        "GUARDIAN_CANNOT_APPLY",
        "Your therapist applies level changes. They can see this suggestion too.",
      );
    }
    const { activity } = found;
    const logs = await listPracticeLogs(tx, found.childId, { activityIds: [activity.id] });
    const { suggestion } = suggestProgression(activity.structure, practiceEntriesOf(logs));
    const structure = activity.structure;
    const next =
      suggestion?.kind === "ladder" && structure.kind === "ladder"
        ? { ...structure, currentLevel: suggestion.toLevel }
        : suggestion?.kind === "chain" &&
            suggestion.decision === "extend" &&
            structure.kind === "chain"
          ? { ...structure, childFrom: suggestion.toChildFrom }
          : null;
    if (suggestion?.kind === "chain" && suggestion.decision === "complete") {
      // Mastered: the whole task done alone, so it leaves the family's day (its history stays).
      return applyActivityChange(
        tx,
        ctx,
        { activityId: activity.id, expectedVersion: input.expectedVersion, status: "archived" },
        "progression.apply",
        {
          guardianMay: true,
          describeAs: () => ["Mastered: the whole task done alone, so it leaves the family's day"],
        },
      );
    }
    if (!next || !suggestion) throw nothingToApply();
    return applyActivityChange(
      tx,
      ctx,
      { activityId: activity.id, expectedVersion: input.expectedVersion, structure: next },
      "progression.apply",
      { guardianMay: true },
    );
  });
}
