import type { Queryable } from "@carryover/db";
import { findForm } from "@carryover/db/queries";

import type { Actor } from "../context";
import { AppError, notFound } from "../errors";
import { requireChildAccess } from "./child-access";

/**
 * A form of a child within the actor's reach, with who they are to it: the family fills and signs,
 * the care team sends and reads. Anyone else, another family or clinic included, finds no such form.
 */
export async function requireFormAccess(q: Queryable, actor: Actor, formId: string) {
  const found = await findForm(q, formId);
  if (!found) throw notFound("form");
  const facts = await requireChildAccess(q, actor, found.form.childId, "view").catch(
    (error: unknown) => {
      throw error instanceof AppError && error.code === "NOT_FOUND" ? notFound("form") : error;
    },
  );
  return {
    ...found,
    facts,
    side: facts.access === "manage" ? ("staff" as const) : ("family" as const),
  };
}

/** The family's part: filling in and signing; the care team only reads. */
export async function requireFormFiller(q: Queryable, actor: Actor, formId: string) {
  const access = await requireFormAccess(q, actor, formId);
  if (access.side !== "family")
    throw new AppError(
      "FORBIDDEN",
      "FAMILY_FILLS_FORMS",
      "Only the child's family fills in and signs their forms.",
    );
  if (access.form.signedAt) throw formSigned();
  return access;
}

export const formSigned = () =>
  new AppError(
    "CONFLICT",
    "FORM_SIGNED",
    "This form is signed and can't change. Ask the clinic for a new version.",
  );
