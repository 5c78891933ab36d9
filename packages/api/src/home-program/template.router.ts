import { createRouter, staffProcedure } from "../trpc/init";
import { listTemplates } from "./list-templates";
import { copyTemplate, createTemplate, updateTemplate } from "./save-template";
import {
  CreateTemplateInput,
  TemplateId,
  TemplateList,
  UpdateTemplateInput,
} from "./template.contracts";

export const templateRouter = createRouter({
  list: staffProcedure.output(TemplateList).query(({ ctx }) => listTemplates(ctx)),
  create: staffProcedure
    .input(CreateTemplateInput)
    .output(TemplateId)
    .mutation(({ ctx, input }) => createTemplate(ctx, input)),
  update: staffProcedure
    .input(UpdateTemplateInput)
    .output(TemplateId)
    .mutation(({ ctx, input }) => updateTemplate(ctx, input)),
  copy: staffProcedure
    .input(TemplateId)
    .output(TemplateId)
    .mutation(({ ctx, input }) => copyTemplate(ctx, input)),
});
