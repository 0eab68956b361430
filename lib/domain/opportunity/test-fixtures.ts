/**
 * Shared test data for the opportunity domain tests (not part of the public API).
 */
import type { Actor } from "../actor";
import type { AceRole, ProviderRole } from "../roles";
import type { OpportunityInput } from "./fields";
import type { RuleContext } from "./rules";

export const TODAY = "2026-06-01";
export const ctx: RuleContext = { today: TODAY, trainingPartner: false };
export const trainingCtx: RuleContext = { today: TODAY, trainingPartner: true };

/** The valid opportunity of api.md (`POST /opportunities`, without `submit`). */
export function validBody(): OpportunityInput & Record<string, unknown> {
  return {
    customer: {
      companyName: "Globex Retail GmbH",
      websiteUrl: "https://globex.example",
      industry: "Retail",
      countryCode: "DE",
      postalCode: "10115",
      stateOrRegion: "Berlin",
      city: "Berlin",
      streetAddress: "Invalidenstrasse 1",
      duns: "123456789",
    },
    project: {
      title: "Store analytics platform",
      customerBusinessProblem: "Stores cannot see sales by hour and lose stock to spoilage.",
      customerUseCase: "Database",
      deliveryModels: ["SaaS or PaaS"],
      expectedMonthlyRevenue: { amount: "12500.00", currency: "USD" },
      targetCloseDate: "2027-03-31",
      salesActivities: ["Conducted POC / Demo"],
      competitor: "No Competition",
    },
    opportunityType: "NET_NEW_BUSINESS",
    stage: "QUALIFIED",
    coSellWithProvider: "YES",
    primaryNeedsFromProvider: ["Co-Sell - Architectural Validation"],
    marketing: { source: "NONE" },
    partnerCrmId: "CRM-0042",
    customerContact: {
      firstName: "Greta",
      lastName: "Gruber",
      email: "greta@globex.example",
      phone: "+49 30 1234567",
      title: "CTO",
    },
  };
}

type Json = Record<string, unknown>;

/** A copy of `body` with `path` set to `value` (`undefined` deletes the key). */
export function withField(body: Json, path: string, value: unknown): Json {
  const copy = structuredClone(body);
  const keys = path.split(".");
  let current: Json = copy;
  for (const key of keys.slice(0, -1)) {
    if (current[key] === undefined || current[key] === null || typeof current[key] !== "object") current[key] = {};
    current = current[key] as Json;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete current[last];
  else current[last] = value;
  return copy;
}

/** Applies several `withField`s. */
export const withFields = (body: Json, fields: Record<string, unknown>): Json =>
  Object.entries(fields).reduce((b, [path, value]) => withField(b, path, value), body);

const baseActor: Actor = {
  userId: "u-1",
  name: "Test User",
  email: "user@acme.example",
  organizationId: "org-partner",
  organizationName: "Acme",
  organizationKind: "PARTNER",
  aceRole: null,
  referralRole: null,
  locationScope: null,
  providerRole: null,
  solutionAssessmentApproved: false,
  trainingPartner: false,
  timeZone: "Europe/Berlin",
  locale: "en",
};

export const partner = (aceRole: AceRole | null): Actor => ({ ...baseActor, aceRole });
export const provider = (providerRole: ProviderRole): Actor => ({
  ...baseActor,
  userId: "p-1",
  organizationId: "org-provider",
  organizationKind: "PROVIDER",
  providerRole,
});
