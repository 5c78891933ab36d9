import type { Queryable } from "@carryover/db";
import { isVisibleToFamily } from "@carryover/domain/documents";

import type { Actor } from "../context";
import { AppError, notFound } from "../errors";
import { requireChartReader } from "./child-access";

/**
 * The side of a child's documents the actor is on: the family (a guardian of the child) or the care
 * team (whoever reads the child's chart; only those who manage the child add to it). Anyone else
 * finds no such child.
 */
export async function requireDocumentsAccess(q: Queryable, actor: Actor, childId: string) {
  const facts = await requireChartReader(q, actor, childId);
  const side = actor.role === "guardian" ? ("family" as const) : ("staff" as const);
  return { facts, side, mayAdd: side === "family" || facts.access === "manage" };
}

/** A document the actor may open: the family's own and what was shared with them; NOT_FOUND otherwise. */
export async function requireDocumentReader(
  q: Queryable,
  actor: Actor,
  document: { childId: string; sharedWithFamily: boolean; source: "clinic" | "family" },
) {
  const access = await requireDocumentsAccess(q, actor, document.childId).catch((error) => {
    throw error instanceof AppError && error.code === "NOT_FOUND" ? notFound("document") : error;
  });
  if (access.side === "family" && !isVisibleToFamily(document)) throw notFound("document");
  return access;
}

export const cannotAddDocuments = () =>
  new AppError(
    "FORBIDDEN",
    "CANNOT_ADD_DOCUMENTS",
    "Only the child's therapists and clinic admins can add the clinic's documents.",
  );
