import { z } from "zod";

import { Version } from "@carryover/domain/bounds";
import {
  Activity,
  ActivityContent,
  ActivityStatus,
  ActivityStructure,
} from "@carryover/domain/home-program";

import { ChildId } from "./program.contracts";

export const CreateActivityInput = ChildId.extend({
  /** From the clinic's library, or written for this child. */
  templateId: z.uuid("That template link is not valid").optional(),
  activity: Activity.optional(),
})
  .refine((i) => Boolean(i.templateId) || Boolean(i.activity), {
    message: "Choose an activity from the library first.",
    path: ["templateId"],
  })
  .refine((i) => !i.templateId || !i.activity, {
    message: "Add an activity from the library or write one, not both.",
    path: ["templateId"],
  });

export const UpdateActivityInput = z
  .object({
    activityId: z.uuid("That activity link is not valid"),
    expectedVersion: Version,
    content: ActivityContent.optional(),
    structure: ActivityStructure.optional(),
    status: ActivityStatus.optional(),
  })
  .refine((i) => i.content !== undefined || i.structure !== undefined || i.status !== undefined, {
    message: "Say what to change: the content, the structure or the status",
    path: ["content"],
  });

export const ActivityVersion = z.object({ activityId: z.uuid(), version: z.number().int() });

export type CreateActivityInput = z.infer<typeof CreateActivityInput>;
export type UpdateActivityInput = z.infer<typeof UpdateActivityInput>;
