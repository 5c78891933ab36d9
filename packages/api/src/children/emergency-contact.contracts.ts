import { z } from "zod";

import { EmergencyContact } from "@carryover/domain/children";

import { ChildId } from "./child.contracts";

export const UpdateEmergencyContactInput = ChildId.extend({ contact: EmergencyContact });

export const EmergencyContactAnswer = z.object({
  contact: z
    .object({
      name: z.string(),
      relationship: z.string(),
      phone: z.string(),
      updatedAt: z.date(),
      updatedByName: z.string().nullable(),
    })
    .nullable(),
  /** Whether this person may change it (every guardian of the child and the staff who manage it). */
  canEdit: z.boolean(),
});

export type UpdateEmergencyContactInput = z.infer<typeof UpdateEmergencyContactInput>;
