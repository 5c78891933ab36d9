import { and, eq, sql } from "drizzle-orm";

import type { FormAnswers } from "@carryover/domain/forms";

import type { Tx } from "../client";
import { insertForms, insertSeededFormTemplates, listFormTemplatesByKey } from "../queries/forms";
import { forms } from "../schema";

const DAY = 86_400_000;

/** How a demo family answered the intake. */
const DEMO_INTAKE_ANSWERS: FormAnswers = {
  birth_term: "Early (before 37 weeks)",
  birth_weeks: 35,
  pregnancy_notes: "Five days in the NICU for feeding; home after that.",
  milestone_sat: "7 months",
  milestone_walked: "15 months",
  milestone_words: "about 14 months",
  diagnoses: "Developmental coordination disorder (Dr. Ortiz, last spring).",
  concerns:
    "Mornings take forever. She can't do buttons or zips yet and gets upset when her brother is faster.",
  hopes: "Get dressed for school by herself, and hold a pencil without her hand hurting.",
  school_name: "Lincoln Elementary, kindergarten",
  school_supports: ["504 plan"],
  routine_wake: "6:45 am",
  routine_breakfast: "7:15",
  routine_drop_off: "8:10 am",
  routine_after_school: "3:30 pm",
  routine_bath: "7 pm",
  routine_bedtime: "7:45 pm",
  routine_hardest: "Getting out the door in the morning.",
};

type Family = { childId: string; guardianId: string; guardianName: string; therapistId: string };

/** The clinic's main demo child (Maya at Maple Grove; else its first child) and a guardian. */
async function demoFamily(tx: Tx, clinicId: string): Promise<Family | undefined> {
  const [family] = await tx.execute<Family>(sql`
    select c.id as "childId", g.guardian_id as "guardianId", u.name as "guardianName",
      c.primary_therapist_id as "therapistId"
    from children c
    join lateral (select guardian_id from guardian_links where child_id = c.id
      order by created_at limit 1) g on true
    join users u on u.id = g.guardian_id
    where c.clinic_id = ${clinicId} and c.primary_therapist_id is not null
    order by (c.first_name = 'Maya') desc, c.last_name, c.first_name
    limit 1`);
  return family;
}

/**
 * The clinic's six standard forms, and for its main demo child an intake the family signed last
 * week and a telehealth consent waiting for them: once, for a clinic with no forms sent yet. The
 * seed cannot reach the document storage: `npm start` keeps the signed intake's PDF and its hash
 * afterwards (`attachMissingFormPdfs`, through the api's demo files).
 */
export async function seedDemoForms(tx: Tx, clinic: { id: string }, now: Date) {
  await insertSeededFormTemplates(tx, clinic.id);
  const [any] = await tx
    .select({ id: forms.id })
    .from(forms)
    .where(and(eq(forms.clinicId, clinic.id)))
    .limit(1);
  const family = await demoFamily(tx, clinic.id);
  if (any || !family) return false;
  const templates = await listFormTemplatesByKey(tx, clinic.id, ["intake", "telehealth_consent"]);
  const sentAt = new Date(+now - 9 * DAY);
  const signedAt = new Date(+now - 7 * DAY);
  await insertForms(
    tx,
    templates.map((template) => ({
      clinicId: clinic.id,
      childId: family.childId,
      templateId: template.id,
      templateKey: template.key,
      templateVersion: template.version,
      title: template.title,
      content: template.content,
      consentKind: template.consentKind,
      sentById: family.therapistId,
      sentAt,
      ...(template.key === "intake"
        ? {
            answers: DEMO_INTAKE_ANSWERS,
            savedAt: signedAt,
            signedAt,
            signedByGuardianId: family.guardianId,
            signerName: family.guardianName,
          }
        : {}),
    })),
  );
  return true;
}
