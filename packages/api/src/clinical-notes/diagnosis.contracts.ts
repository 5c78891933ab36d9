import { z } from "zod";

import { storableText } from "@carryover/domain/bounds";
import { DIAGNOSIS_GROUPS, Icd10Code } from "@carryover/domain/clinical-notes";

export const DIAGNOSIS_KINDS = ["treatment", "medical"] as const;
export const DiagnosisKind = z.enum(DIAGNOSIS_KINDS, "Choose a treatment or a medical diagnosis");
export type DiagnosisKind = z.infer<typeof DiagnosisKind>;

const ChildId = z.uuid("That child link is not valid");

export const SearchDiagnosesInput = z.object({
  query: storableText(100, "Search with at most 100 characters"),
  limit: z
    .number()
    .int("Ask for a whole number of results")
    .min(1, "Ask for at least 1 result")
    .max(50, "Ask for at most 50 results")
    .optional(),
});
export type SearchDiagnosesInput = z.infer<typeof SearchDiagnosesInput>;

export const ListedDiagnoses = z.array(
  z.object({ code: z.string(), description: z.string(), group: z.enum(DIAGNOSIS_GROUPS) }),
);

export const ChildDiagnosesKey = z.object({ childId: ChildId });
export type ChildDiagnosesKey = z.infer<typeof ChildDiagnosesKey>;

export const Diagnosis = z.object({
  id: z.uuid(),
  kind: DiagnosisKind,
  code: z.string(),
  description: z.string(),
  position: z.number().int(),
  addedAt: z.date(),
});

/** A child's diagnoses in the therapist's order; the first treatment diagnosis is the primary one. */
export const ChildDiagnoses = z.object({
  treatment: z.array(Diagnosis),
  medical: z.array(Diagnosis),
});

export const AddDiagnosisInput = z.object({
  childId: ChildId,
  kind: DiagnosisKind,
  code: Icd10Code,
  /** Defaults to the listed description for a code of the searchable subset; needed for any other. */
  description: storableText(300, "Keep the description under 300 characters")
    .trim()
    .min(1, "Describe the diagnosis")
    .optional(),
});
export type AddDiagnosisInput = z.infer<typeof AddDiagnosisInput>;

export const RemoveDiagnosisInput = z.object({
  childId: ChildId,
  diagnosisId: z.uuid("That diagnosis link is not valid"),
});
export type RemoveDiagnosisInput = z.infer<typeof RemoveDiagnosisInput>;

export const ReorderDiagnosesInput = z.object({
  childId: ChildId,
  kind: DiagnosisKind,
  diagnosisIds: z.array(z.uuid("That diagnosis link is not valid")).max(100, "List at most 100"),
});
export type ReorderDiagnosesInput = z.infer<typeof ReorderDiagnosesInput>;

export const Ok = z.object({ ok: z.literal(true) });
