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
