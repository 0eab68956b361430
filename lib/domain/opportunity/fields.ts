/**
 * The shape of an ACE opportunity body (domain.md §2.1, JSON names of api.md), with the
 * format of every field. Requiredness and cross-field rules live in `rules.ts`; the
 * schemas services and UI use are assembled in `schema.ts`.
 */
import { z } from "zod";
import { MoneyInputSchema } from "../money";
import {
  COMPETITORS,
  CUSTOMER_USE_CASES,
  DELIVERY_MODELS,
  INDUSTRIES,
  MARKETING_CHANNELS,
  MARKETING_SOURCES,
  MARKETING_USE_CASES,
  OPPORTUNITY_TYPES,
  PRIMARY_NEEDS_FROM_PROVIDER,
  SALES_ACTIVITIES,
  SALES_STAGES,
  YES_NO,
} from "./picklists";
import { normalisePostalCode } from "./countries";
import {
  MESSAGES,
  absentable,
  isBlankMoney,
  choice,
  choices,
  countryCode,
  dateOnly,
  digits,
  email,
  group,
  id,
  phone,
  text,
  website,
} from "./field-kinds";

/** A person: customer contact or partner sales contact (the same rules everywhere). */
export const ContactSchema = group({
  firstName: text({ max: 80 }),
  lastName: text({ max: 80 }),
  email: email(),
  phone: phone(),
  title: text({ max: 80 }),
});

const customerShape = group({
  companyName: text({ max: 120 }),
  websiteUrl: website(),
  industry: choice(INDUSTRIES, "Choose an industry from the list"),
  otherIndustry: text({ max: 255 }),
  countryCode: countryCode(),
  // Up to 20 characters here; the per-country format is a rule (it depends on countryCode).
  postalCode: text({ max: 20 }),
  stateOrRegion: text({ max: 255 }),
  city: text({ max: 255 }),
  streetAddress: text({ max: 255 }),
  duns: digits(9, MESSAGES.duns),
});

/** Customer, with the postal code stored in its country's canonical spelling ("k1a0b1" → "K1A 0B1"). */
export const CustomerSchema = customerShape.transform((customer) => {
  if (!customer?.postalCode) return customer;
  const postalCode = normalisePostalCode(customer.countryCode, customer.postalCode);
  return postalCode ? { ...customer, postalCode } : customer;
});

export const ProjectSchema = group({
  title: text({ max: 255 }),
  customerBusinessProblem: text({ min: 20, max: 2000 }),
  customerUseCase: choice(CUSTOMER_USE_CASES, "Choose a use case from the list"),
  deliveryModels: choices(DELIVERY_MODELS, "Choose delivery models from the list"),
  expectedMonthlyRevenue: absentable(MoneyInputSchema, isBlankMoney),
  targetCloseDate: dateOnly(),
  salesActivities: choices(SALES_ACTIVITIES, "Choose sales activities from the list"),
  competitor: choice(COMPETITORS, "Choose a competitor from the list"),
  otherCompetitorNames: text({ max: 255 }),
  otherSolutionDescription: text({ max: 255 }),
  additionalComments: text({ max: 255 }),
});

export const MarketingSchema = group({
  source: choice(MARKETING_SOURCES),
  fundingUsed: choice(YES_NO),
  campaignName: text({ max: 255 }),
  channels: choices(MARKETING_CHANNELS, "Choose marketing channels from the list"),
  useCases: choices(MARKETING_USE_CASES, "Choose marketing use cases from the list"),
});

/**
 * Every field of an opportunity body, each optional and format-checked; unknown keys are
 * refused at every level. This is the shape alone: use `submissionSchema(ctx)` or
 * `draftSchema(ctx)` (schema.ts) to validate a body.
 */
export const OpportunityFieldsSchema = z.strictObject(
  {
    customer: CustomerSchema,
    nationalSecurity: choice(YES_NO),
    project: ProjectSchema,
    opportunityType: choice(OPPORTUNITY_TYPES, "Choose an opportunity type from the list"),
    parentOpportunityId: id(),
    stage: choice(SALES_STAGES, "Choose a sales stage from the list"),
    coSellWithProvider: choice(YES_NO),
    primaryNeedsFromProvider: choices(PRIMARY_NEEDS_FROM_PROVIDER, "Choose needs from the list"),
    marketing: MarketingSchema,
    partnerCrmId: text({ max: 64 }),
    /** Defaults to the creator (service). */
    ownerId: id(),
    /** Defaults to the owner (service). */
    partnerSalesContact: ContactSchema,
    customerContact: ContactSchema,
    providerAccountId: digits(12, MESSAGES.providerAccountId),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? MESSAGES.unknownField : "Enter the opportunity as a JSON object") },
);

/** What a client sends (API body, form values, CSV row after mapping). */
export type OpportunityInput = z.input<typeof OpportunityFieldsSchema>;
/**
 * The normalised opportunity services persist: strings trimmed, empty values absent, money
 * as `{ amountMinor, currency }`, phones in E.164 without spaces, country codes upper-case,
 * postal codes in their country's spelling, dates as `YYYY-MM-DD` strings, lists deduplicated.
 */
export type OpportunityData = z.output<typeof OpportunityFieldsSchema>;
export type Contact = NonNullable<z.output<typeof ContactSchema>>;
export type ContactInput = NonNullable<z.input<typeof ContactSchema>>;

/**
 * Every field of the body as a dotted path (the `path` of errors, the keys of
 * `editableFields`, the CSV columns). Money and lists are single fields.
 */
export const FIELD_PATHS = [
  "customer.companyName",
  "customer.websiteUrl",
  "customer.industry",
  "customer.otherIndustry",
  "customer.countryCode",
  "customer.postalCode",
  "customer.stateOrRegion",
  "customer.city",
  "customer.streetAddress",
  "customer.duns",
  "nationalSecurity",
  "project.title",
  "project.customerBusinessProblem",
  "project.customerUseCase",
  "project.deliveryModels",
  "project.expectedMonthlyRevenue",
  "project.targetCloseDate",
  "project.salesActivities",
  "project.competitor",
  "project.otherCompetitorNames",
  "project.otherSolutionDescription",
  "project.additionalComments",
  "opportunityType",
  "parentOpportunityId",
  "stage",
  "coSellWithProvider",
  "primaryNeedsFromProvider",
  "marketing.source",
  "marketing.fundingUsed",
  "marketing.campaignName",
  "marketing.channels",
  "marketing.useCases",
  "partnerCrmId",
  "ownerId",
  "partnerSalesContact.firstName",
  "partnerSalesContact.lastName",
  "partnerSalesContact.email",
  "partnerSalesContact.phone",
  "partnerSalesContact.title",
  "customerContact.firstName",
  "customerContact.lastName",
  "customerContact.email",
  "customerContact.phone",
  "customerContact.title",
  "providerAccountId",
] as const;
export type FieldPath = (typeof FIELD_PATHS)[number];

/** Fields holding a list of picklist values. */
export const LIST_FIELDS = [
  "project.deliveryModels",
  "project.salesActivities",
  "primaryNeedsFromProvider",
  "marketing.channels",
  "marketing.useCases",
] as const satisfies readonly FieldPath[];
/** Fields holding money (`{ amount, currency }` in, `{ amountMinor, currency }` out). */
export const MONEY_FIELDS = ["project.expectedMonthlyRevenue"] as const satisfies readonly FieldPath[];

/** Reads a dotted path from any value (undefined when a step is missing or not an object). */
export function getAtPath(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object" || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
