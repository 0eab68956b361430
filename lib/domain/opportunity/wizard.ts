/**
 * The create wizard (domain.md §2.4): 1 Customer → 2 Project → 3 Additional details →
 * 4 Customer contact → 5 Review → Save and submit (or Save draft from any step).
 * Each step validates its own fields on "Next" with the submission rules (the same schema
 * as the final submit and the server), keeping only the errors of the step's fields.
 */
import type { FieldPath } from "./fields";
import { issuesToFieldErrors, submissionSchema, type FieldError } from "./schema";
import type { RuleContext } from "./rules";

export type WizardStepKey = "customer" | "project" | "additionalDetails" | "customerContact";

export type WizardStep = {
  step: 1 | 2 | 3 | 4;
  key: WizardStepKey;
  fields: readonly FieldPath[];
};

/** Steps 1–4 and the fields each one edits; every field of the body is on exactly one step. */
export const WIZARD_STEPS = [
  {
    step: 1,
    key: "customer",
    fields: [
      "customer.companyName",
      "customer.websiteUrl",
      "customer.industry",
      "customer.otherIndustry",
      "nationalSecurity",
      "customer.countryCode",
      "customer.postalCode",
      "customer.stateOrRegion",
      "customer.city",
      "customer.streetAddress",
      "customer.duns",
    ],
  },
  {
    step: 2,
    key: "project",
    fields: [
      "partnerCrmId",
      "project.title",
      "project.customerBusinessProblem",
      "project.customerUseCase",
      "project.deliveryModels",
      "project.expectedMonthlyRevenue",
      "project.targetCloseDate",
      "opportunityType",
      "parentOpportunityId",
      "stage",
      "project.salesActivities",
      "coSellWithProvider",
      "primaryNeedsFromProvider",
      "marketing.source",
      "marketing.fundingUsed",
      "marketing.campaignName",
      "marketing.channels",
      "marketing.useCases",
    ],
  },
  {
    step: 3,
    key: "additionalDetails",
    fields: [
      "project.competitor",
      "project.otherCompetitorNames",
      "project.otherSolutionDescription",
      "project.additionalComments",
      "providerAccountId",
      "ownerId",
      "partnerSalesContact.firstName",
      "partnerSalesContact.lastName",
      "partnerSalesContact.email",
      "partnerSalesContact.phone",
      "partnerSalesContact.title",
    ],
  },
  {
    step: 4,
    key: "customerContact",
    fields: [
      "customerContact.firstName",
      "customerContact.lastName",
      "customerContact.email",
      "customerContact.phone",
      "customerContact.title",
    ],
  },
] as const satisfies readonly WizardStep[];

export type WizardStepNumber = (typeof WIZARD_STEPS)[number]["step"];

const belongsTo = (errorPath: string, fields: readonly string[]) =>
  fields.some((field) => errorPath === field || errorPath.startsWith(`${field}.`));

/** The step on which a field (or an error path under it, e.g. `project.deliveryModels.1`) is edited. */
export function stepOfPath(path: string): WizardStepNumber | undefined {
  return WIZARD_STEPS.find((s) => belongsTo(path, s.fields))?.step;
}

/** Errors of one step's fields, with the full submission rules applied to all the values typed so far. */
export function validateStep(step: WizardStepNumber, values: unknown, ctx: RuleContext): FieldError[] {
  const fields = WIZARD_STEPS.find((s) => s.step === step)?.fields;
  if (!fields) throw new RangeError(`No wizard step ${step}`);
  const result = submissionSchema(ctx).safeParse(values);
  if (result.success) return [];
  return issuesToFieldErrors(result.error).filter((error) => belongsTo(error.path, fields));
}
