import { z } from "zod";

import { Activity, ActivityContent, ActivityStructure } from "@carryover/domain/home-program";

export const TemplateId = z.object({ templateId: z.uuid("That template link is not valid") });

export const Template = z.object({
  id: z.uuid(),
  kind: z.string(),
  content: ActivityContent,
  structure: ActivityStructure,
  updatedAt: z.date(),
});

export const TemplateList = z.array(Template);

export const CreateTemplateInput = z.object({ activity: Activity });

export const UpdateTemplateInput = TemplateId.extend({ activity: Activity });

export type TemplateId = z.infer<typeof TemplateId>;
export type CreateTemplateInput = z.infer<typeof CreateTemplateInput>;
export type UpdateTemplateInput = z.infer<typeof UpdateTemplateInput>;
