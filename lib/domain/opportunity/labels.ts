/**
 * Human English labels for the opportunity lifecycle and fields. The keys are the domain's
 * stable identifiers; the UI will later route these through i18n using the same keys.
 * Picklists of §2.1 are their own labels (their values are already human text).
 */
import type { FieldPath } from "./fields";
import type { ReviewEvent, ReviewState } from "./machine";
import type { MarketingSource, OpportunityType, Origin, ProviderTeamRole, ReviewStatus, SalesStage, YesNo } from "./picklists";
import type { ReviewDecisionKind } from "./review";
import type { WizardStepKey } from "./wizard";

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  IN_REVIEW: "In review",
  APPROVED: "Approved",
  ACTION_REQUIRED: "Action required",
  REJECTED: "Rejected",
};

export const SALES_STAGE_LABELS: Record<SalesStage, string> = {
  PROSPECT: "Prospect",
  QUALIFIED: "Qualified",
  TECHNICAL_VALIDATION: "Technical validation",
  BUSINESS_VALIDATION: "Business validation",
  COMMITTED: "Committed",
  LAUNCHED: "Launched",
  CLOSED_LOST: "Closed lost",
};

/** Button / history labels of review events. */
export const REVIEW_EVENT_LABELS: Record<ReviewEvent, string> = {
  SAVE_DRAFT: "Save draft",
  SUBMIT: "Submit",
  START_REVIEW: "Start review",
  APPROVE: "Approve",
  REQUEST_ACTION: "Request action",
  REJECT: "Reject",
};

/** SUBMIT from ACTION_REQUIRED reads "Resubmit". */
export const reviewEventLabel = (event: ReviewEvent, from: ReviewState): string =>
  event === "SUBMIT" && from === "ACTION_REQUIRED" ? "Resubmit" : REVIEW_EVENT_LABELS[event];

export const REVIEW_DECISION_LABELS: Record<ReviewDecisionKind, string> = {
  START: "Started review",
  APPROVE: "Approved",
  ACTION_REQUIRED: "Action required",
  REJECT: "Rejected",
};

export const OPPORTUNITY_TYPE_LABELS: Record<OpportunityType, string> = {
  NET_NEW_BUSINESS: "Net new business",
  EXPANSION: "Expansion",
  FLAT_RENEWAL: "Flat renewal",
};

export const ORIGIN_LABELS: Record<Origin, string> = {
  PARTNER_CREATED: "Partner created",
  PROVIDER_REFERRAL: "Provider referral",
  BULK_IMPORT: "Bulk import",
};

export const PROVIDER_TEAM_ROLE_LABELS: Record<ProviderTeamRole, string> = {
  SALES_REP: "Sales representative",
  ACCOUNT_MANAGER: "Account manager",
  PDM: "Partner development manager",
  WWPS_PDM: "Public sector partner development manager",
  PSM: "Partner success manager",
  ISM: "ISV success manager",
};

export const YES_NO_LABELS: Record<YesNo, string> = { YES: "Yes", NO: "No" };

export const MARKETING_SOURCE_LABELS: Record<MarketingSource, string> = {
  MARKETING_ACTIVITY: "Marketing activity",
  NONE: "None",
};

export const WIZARD_STEP_LABELS: Record<WizardStepKey, string> = {
  customer: "Customer",
  project: "Project",
  additionalDetails: "Additional details",
  customerContact: "Customer contact",
};

export const FIELD_LABELS: Record<FieldPath, string> = {
  "customer.companyName": "Customer company name",
  "customer.websiteUrl": "Customer website",
  "customer.industry": "Industry",
  "customer.otherIndustry": "Other industry",
  "customer.countryCode": "Country",
  "customer.postalCode": "Postal code",
  "customer.stateOrRegion": "State or region",
  "customer.city": "City",
  "customer.streetAddress": "Street address",
  "customer.duns": "DUNS number",
  nationalSecurity: "Classified national security information",
  "project.title": "Project title",
  "project.customerBusinessProblem": "Customer business problem",
  "project.customerUseCase": "Customer use case",
  "project.deliveryModels": "Delivery models",
  "project.expectedMonthlyRevenue": "Expected monthly revenue",
  "project.targetCloseDate": "Target close date",
  "project.salesActivities": "Sales activities",
  "project.competitor": "Competitor",
  "project.otherCompetitorNames": "Other competitor names",
  "project.otherSolutionDescription": "Other solution description",
  "project.additionalComments": "Additional comments",
  opportunityType: "Opportunity type",
  parentOpportunityId: "Parent opportunity",
  stage: "Sales stage",
  coSellWithProvider: "Co-sell with the provider",
  primaryNeedsFromProvider: "Primary needs from the provider",
  "marketing.source": "Marketing source",
  "marketing.fundingUsed": "Marketing development funds used",
  "marketing.campaignName": "Campaign name",
  "marketing.channels": "Marketing channels",
  "marketing.useCases": "Marketing use cases",
  partnerCrmId: "Partner CRM ID",
  ownerId: "Owner",
  "partnerSalesContact.firstName": "Partner sales contact first name",
  "partnerSalesContact.lastName": "Partner sales contact last name",
  "partnerSalesContact.email": "Partner sales contact email",
  "partnerSalesContact.phone": "Partner sales contact phone",
  "partnerSalesContact.title": "Partner sales contact title",
  "customerContact.firstName": "Customer contact first name",
  "customerContact.lastName": "Customer contact last name",
  "customerContact.email": "Customer contact email",
  "customerContact.phone": "Customer contact phone",
  "customerContact.title": "Customer contact title",
  providerAccountId: "Customer's provider account ID",
};
