export {
  answerProblem,
  answerText,
  checkFormAnswers,
  decideFormSigning,
  fieldsOf,
  FORM_ANSWER_MAX_LENGTH,
  isEmptyAnswer,
  missingRequiredFields,
  type CheckedAnswers,
  type SigningCheck,
} from "./answers";
export {
  FORM_FIELD_TYPES,
  FORM_TEMPLATE_KEYS,
  type FormAnswer,
  type FormAnswers,
  type FormContent,
  type FormField,
  type FormFieldType,
  type FormSection,
  type FormTemplateKey,
} from "./form-content";
export { formStatusOf, type FormStatus } from "./form-status";
export { chartHistoryFromIntake, clockOfAnswer, routineTimesFromIntake } from "./intake";
export {
  INTAKE_ROUTINE_FIELDS,
  SEEDED_FORM_TEMPLATES,
  type SeededFormTemplate,
} from "./seeded-templates";
export {
  formsToSendOnBooking,
  FormSettings,
  STANDARD_FORM_KEYS,
  type StandardFormKey,
} from "./settings";
export { FormContentInput } from "./template-content";
export {
  completedFormOf,
  ELECTRONIC_SIGNATURE_CONSENT,
  type CompletedForm,
  type FormSignature,
} from "./completed-form";
