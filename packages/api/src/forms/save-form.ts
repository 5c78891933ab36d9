import { saveFormAnswers } from "@carryover/db/queries";
import { checkFormAnswers } from "@carryover/domain/forms";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import { formSigned, requireFormFiller } from "../policy/form-access";
import type { SaveFormInput } from "./form.contracts";

/** The family's answers so far, kept as typed (autosave); an answer that does not fit is named. */
export async function saveForm(ctx: ActorContext, input: SaveFormInput) {
  return ctx.db.transaction(async (tx) => {
    const { form } = await requireFormFiller(tx, ctx.actor, input.formId);
    const answers = checkedAnswers(form.content, input.answers);
    const saved = await saveFormAnswers(tx, { formId: form.id, answers, at: ctx.now() });
    if (!saved?.savedAt) throw formSigned();
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "form.save",
      entityType: "child",
      entityId: form.childId,
    });
    return { savedAt: saved.savedAt };
  });
}

/** The answers that fit their fields; any that do not are refused, each named by its path. */
export function checkedAnswers(...args: Parameters<typeof checkFormAnswers>) {
  const { answers, problems } = checkFormAnswers(...args);
  const [first] = Object.entries(problems);
  if (!first) return answers;
  const fieldErrors = Object.fromEntries(
    Object.entries(problems).map(([id, problem]) => [`answers.${id}`, problem]),
  );
  throw new AppError("VALIDATION", "ANSWER_DOES_NOT_FIT", first[1], {
    field: `answers.${first[0]}`,
    fieldErrors,
  });
}
