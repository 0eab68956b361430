/**
 * ACE opportunities: the pure domain library (domain.md §2). Import from here.
 *
 * - picklists / countries: every enum and picklist, spelled as the spec gives them
 * - fields / schema / rules: the body's shape, the submission and draft schemas, field errors
 * - wizard: the create wizard's steps and per-step validation
 * - machine (+ editability): review-status and sales-stage transitions, what may be edited/done
 * - stage-change, review, next-step, provider-fields: the other operations' inputs
 * - csv-columns: the bulk-import format; clone, serialize: copy and output helpers
 * - labels: English labels with stable keys
 */
export * from "./picklists";
export * from "./countries";
export { isIsoDate, todayInTimeZone } from "./dates";
export {
  ContactSchema,
  CustomerSchema,
  ProjectSchema,
  MarketingSchema,
  OpportunityFieldsSchema,
  FIELD_PATHS,
  LIST_FIELDS,
  MONEY_FIELDS,
  getAtPath,
  type Contact,
  type ContactInput,
  type FieldPath,
  type OpportunityData,
  type OpportunityInput,
} from "./fields";
export { MESSAGES, isWebsite, isE164, normalisePhone } from "./field-kinds";
export { OPPORTUNITY_RULES, type RuleContext, type ValidationMode, type Rule } from "./rules";
export {
  submissionSchema,
  draftSchema,
  opportunitySchema,
  validateOpportunity,
  issuesToFieldErrors,
  parseOpportunityPatch,
  type FieldError,
  type OpportunityValidation,
} from "./schema";
export { WIZARD_STEPS, validateStep, stepOfPath, type WizardStep, type WizardStepKey, type WizardStepNumber } from "./wizard";
export * from "./machine";
export { applyPatch, changedFields, diffFields, sameFieldValue } from "./editability";
export { StageChangeSchema, type StageChange, type StageChangeInput } from "./stage-change";
export * from "./review";
export * from "./next-step";
export * from "./provider-fields";
export * from "./csv-columns";
export { cloneOpportunityFields } from "./clone";
export { toOpportunityInput } from "./serialize";
export * from "./labels";
export * from "./sharing";
export * from "./channel";
