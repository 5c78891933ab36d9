import { filterClinicStaff, insertChild, setChildTherapists } from "@carryover/db/queries";
import { checkChildDateOfBirth } from "@carryover/domain/children";

import { todayIn } from "../clinic/today";
import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import { DATE_OF_BIRTH_REFUSALS, type CreateChildInput } from "./child.contracts";

export async function requireClinicTherapists(
  tx: Parameters<typeof filterClinicStaff>[0],
  clinicId: string,
  ids: readonly string[],
) {
  const unique = [...new Set(ids)];
  const found = await filterClinicStaff(tx, clinicId, unique);
  if (found.length !== unique.length) {
    throw new AppError(
      "VALIDATION",
      "UNKNOWN_THERAPIST",
      "Choose therapists from your clinic's staff list.",
      { field: "therapistIds" },
    );
  }
}

export async function createChild(ctx: ActorContext, input: CreateChildInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const today = await todayIn(tx, actor.clinicId, ctx.now());
    const dob = checkChildDateOfBirth(input.dateOfBirth, today);
    if (!dob.ok)
      throw new AppError("VALIDATION", dob.reason, DATE_OF_BIRTH_REFUSALS[dob.reason], {
        field: "dateOfBirth",
      });
    await requireClinicTherapists(tx, actor.clinicId, [
      ...(input.primaryTherapistId ? [input.primaryTherapistId] : []),
      ...input.therapistIds,
    ]);
    const childId = await insertChild(tx, {
      clinicId: actor.clinicId,
      firstName: input.firstName,
      lastName: input.lastName,
      dateOfBirth: input.dateOfBirth,
      primaryTherapistId: input.primaryTherapistId,
    });
    await setChildTherapists(tx, childId, input.primaryTherapistId, input.therapistIds);
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "child.create",
      entityType: "child",
      entityId: childId,
    });
    return { childId };
  });
}
