import { z } from "zod";

import { Activity, ActivityContent, ActivityStructure } from "@carryover/domain/home-program";

import { createRouter, staffProcedure } from "../trpc/init";
import { listTemplates } from "./list-templates";
import { copyTemplate, createTemplate, updateTemplate } from "./save-template";

const TemplateId = z.object({ templateId: z.uuid("That template link is not valid") });

const Template = z.object({
  id: z.uuid(),
  kind: z.string(),
  content: ActivityContent,
  structure: ActivityStructure,
  updatedAt: z.date(),
});

export const templateRouter = createRouter({
  list: staffProcedure.output(z.array(Template)).query(({ ctx }) => listTemplates(ctx)),
  create: staffProcedure
    .input(z.object({ activity: Activity }))
    .output(TemplateId)
    .mutation(({ ctx, input }) => createTemplate(ctx, input)),
  update: staffProcedure
    .input(TemplateId.extend({ activity: Activity }))
    .output(TemplateId)
    .mutation(({ ctx, input }) => updateTemplate(ctx, input)),
  copy: staffProcedure
    .input(TemplateId)
    .output(TemplateId)
    .mutation(({ ctx, input }) => copyTemplate(ctx, input)),
});
