import {
  findClinicalNote,
  findFamilyToNotify,
  PROGRESS_REPORT_SENT_ACTION,
} from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import type { ProgressReportNoteId } from "./progress-report.contracts";

const REPORT_WORDS = { progress_report: "progress report", discharge_summary: "discharge summary" };

/**
 * Puts a signed progress report's (or discharge summary's) family version in the family's portal
 * (the audit row is the record that it was sent) and tells each guardian by email, with nothing
 * clinical in the email.
 */
export async function sendProgressReportToFamily(ctx: ActorContext, input: ProgressReportNoteId) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const note = (await findClinicalNote(tx, input.noteId))?.note;
    if (!note) throw notFound("progress report");
    await requireClinicalRecord(tx, actor, note.childId, "writeClinicalRecord");
    if (note.kind !== "progress_report" && note.kind !== "discharge_summary")
      throw notFound("progress report");
    const words = REPORT_WORDS[note.kind];
    if (note.signedAt === null)
      throw new AppError("CONFLICT", "REPORT_NOT_SIGNED", "Sign the report first.");
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: PROGRESS_REPORT_SENT_ACTION,
      entityType: "clinical_note",
      entityId: note.id,
    });
    const family = await findFamilyToNotify(tx, note.childId);
    for (const to of family.emails)
      await ctx.mail.send(tx, {
        clinicId: note.clinicId,
        to,
        subject: `A ${words} for ${family.firstName} is ready`,
        text: [
          `A ${words} for ${family.firstName} is ready in Carryover.`,
          ``,
          `Sign in to read it: ${ctx.appUrl}`,
        ].join("\n"),
      });
    return { ok: true as const, notified: family.emails.length };
  });
}
