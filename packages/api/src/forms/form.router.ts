import { adminProcedure, createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
import { createTemplate, listTemplates, updateTemplate } from "./form-templates";
import {
  CreateFormTemplateInput,
  FormDetail,
  FormList,
  FormOf,
  FormsOfChild,
  FormTemplate,
  FormTemplates,
  IntakeRoutineTimes,
  SavedForm,
  SaveFormInput,
  SendFormsInput,
  SentForms,
  SignedForm,
  SignFormInput,
  UpdateFormTemplateInput,
} from "./form.contracts";
import { getForm } from "./get-form";
import { intakeRoutines } from "./intake-routines";
import { listForms, listOutstanding } from "./list-forms";
import { newFormVersion } from "./new-form-version";
import { saveForm } from "./save-form";
import { sendForms } from "./send-forms";
import { signForm } from "./sign-form";

export const formRouter = createRouter({
  templates: staffProcedure.output(FormTemplates).query(({ ctx }) => listTemplates(ctx)),
  createTemplate: adminProcedure
    .input(CreateFormTemplateInput)
    .output(FormTemplate)
    .mutation(({ ctx, input }) => createTemplate(ctx, input)),
  updateTemplate: adminProcedure
    .input(UpdateFormTemplateInput)
    .output(FormTemplate)
    .mutation(({ ctx, input }) => updateTemplate(ctx, input)),
  send: staffProcedure
    .input(SendFormsInput)
    .output(SentForms)
    .mutation(({ ctx, input }) => sendForms(ctx, input)),
  list: signedInProcedure
    .input(FormsOfChild)
    .output(FormList)
    .query(({ ctx, input }) => listForms(ctx, input)),
  /** Unsigned forms across every child the person reaches: a family's to sign in one call. */
  outstanding: signedInProcedure.output(FormList).query(({ ctx }) => listOutstanding(ctx)),
  get: signedInProcedure
    .input(FormOf)
    .output(FormDetail)
    .query(({ ctx, input }) => getForm(ctx, input)),
  save: signedInProcedure
    .input(SaveFormInput)
    .output(SavedForm)
    .mutation(({ ctx, input }) => saveForm(ctx, input)),
  sign: signedInProcedure
    .input(SignFormInput)
    .output(SignedForm)
    .mutation(({ ctx, input }) => signForm(ctx, input)),
  /** The routine times from the child's signed intake, for the home program's routine times. */
  intakeRoutines: staffProcedure
    .input(FormsOfChild)
    .output(IntakeRoutineTimes)
    .query(({ ctx, input }) => intakeRoutines(ctx, input)),
  newVersion: staffProcedure
    .input(FormOf)
    .output(SentForms.element)
    .mutation(({ ctx, input }) => newFormVersion(ctx, input)),
});
