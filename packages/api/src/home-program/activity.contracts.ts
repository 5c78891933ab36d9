import { z } from "zod";

import {
  Activity,
  ActivityContent,
  ActivityStatus,
  ActivityStructure,
} from "@carryover/domain/home-program";

import { ChildId } from "./program.contracts";

export const CreateActivityInput = ChildId.extend({
  /** From the clinic's library, or written for this child. */
  templateId: z.uuid().optional(),
  activity: Activity.optional(),
}).refine((i) => Boolean(i.templateId) !== Boolean(i.activity), {
  message: "Choose a template from the library or write the activity",
  path: ["templateId"],
});

export const UpdateActivityInput = z.object({
  activityId: z.uuid("That activity link is not valid"),
  expectedVersion: z.number().int().min(1),
  content: ActivityContent.optional(),
  structure: ActivityStructure.optional(),
  status: ActivityStatus.optional(),
});

export const ActivityVersion = z.object({ activityId: z.uuid(), version: z.number().int() });

export type CreateActivityInput = z.infer<typeof CreateActivityInput>;
export type UpdateActivityInput = z.infer<typeof UpdateActivityInput>;
