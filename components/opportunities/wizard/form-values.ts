/**
 * The wizard's form state, pure: one flat object holding every field by its dotted path
 * (`customer.websiteUrl`, `project.expectedMonthlyRevenue`, ...), as the user typed it.
 * Nothing is ever dropped from it: a field that is hidden because of another one (other
 * industry when the industry is not Other, ...) keeps its value in the state, it is only
 * left out of the body sent to the server (`toBody`).
 */
import {
  FIELD_PATHS,
  LIST_FIELDS,
  MONEY_FIELDS,
  OTHER_COMPETITOR,
  TYPES_WITH_PARENT,
  getAtPath,
  hasPostalCodes,
  sameFieldValue,
  type FieldPath,
  type OpportunityInput,
} from "@/lib/domain/opportunity";

export type MoneyValue = { amount: string; currency: string };
export type FieldValue = string | string[] | MoneyValue;
export type FormValues = Record<FieldPath, FieldValue>;
export type FieldErrors = Record<string, string>;

export const DEFAULT_CURRENCY = "USD";

export const isListField = (path: string): boolean => (LIST_FIELDS as readonly string[]).includes(path);
export const isMoneyField = (path: string): boolean => (MONEY_FIELDS as readonly string[]).includes(path);

export function emptyValues(currency: string = DEFAULT_CURRENCY): FormValues {
  return Object.fromEntries(
    FIELD_PATHS.map((path) => [path, isListField(path) ? [] : isMoneyField(path) ? { amount: "", currency } : ""]),
  ) as FormValues;
}

/** An opportunity body (client shape: money as `{ amount, currency }`) → form values. */
export function valuesFromInput(input: OpportunityInput | Record<string, unknown>, currency: string = DEFAULT_CURRENCY): FormValues {
  const values = emptyValues(currency);
  for (const path of FIELD_PATHS) {
    const value = getAtPath(input, path);
    if (value === undefined || value === null) continue;
    if (isListField(path)) values[path] = Array.isArray(value) ? value.map(String) : [];
    else if (isMoneyField(path)) {
      const money = value as Partial<MoneyValue>;
      values[path] = { amount: String(money.amount ?? ""), currency: String(money.currency ?? currency) };
    } else values[path] = String(value);
  }
  return values;
}

export const text = (values: FormValues, path: FieldPath): string => {
  const value = values[path];
  return typeof value === "string" ? value : "";
};
export const list = (values: FormValues, path: FieldPath): string[] => {
  const value = values[path];
  return Array.isArray(value) ? value : [];
};
export const money = (values: FormValues, path: FieldPath): MoneyValue => {
  const value = values[path];
  return value && typeof value === "object" && !Array.isArray(value) ? value : { amount: "", currency: DEFAULT_CURRENCY };
};

const CONTACT_KEYS = ["firstName", "lastName", "email", "phone", "title"] as const;
const contactGiven = (values: FormValues, prefix: "customerContact" | "partnerSalesContact") =>
  CONTACT_KEYS.some((key) => text(values, `${prefix}.${key}`).trim() !== "");

/**
 * Whether a field is shown: the conditional fields of §2.1 appear only when the field they
 * depend on asks for them (and must be empty otherwise).
 */
export function isVisible(path: FieldPath, values: FormValues): boolean {
  switch (path) {
    case "customer.otherIndustry":
      return text(values, "customer.industry") === "Other";
    case "nationalSecurity":
      return text(values, "customer.industry") === "Government";
    case "project.otherCompetitorNames":
      return text(values, "project.competitor") === OTHER_COMPETITOR;
    case "primaryNeedsFromProvider":
      return text(values, "coSellWithProvider") === "YES";
    case "parentOpportunityId":
      return (TYPES_WITH_PARENT as readonly string[]).includes(text(values, "opportunityType"));
    case "marketing.fundingUsed":
    case "marketing.campaignName":
    case "marketing.channels":
      return text(values, "marketing.source") === "MARKETING_ACTIVITY";
    case "marketing.useCases":
      return text(values, "marketing.source") === "MARKETING_ACTIVITY" && text(values, "marketing.fundingUsed") !== "NO";
    default:
      return true;
  }
}

const ALWAYS_REQUIRED: readonly FieldPath[] = [
  "customer.companyName",
  "customer.websiteUrl",
  "customer.industry",
  "customer.countryCode",
  "customer.city",
  "customer.streetAddress",
  "project.title",
  "project.customerBusinessProblem",
  "project.customerUseCase",
  "project.deliveryModels",
  "project.expectedMonthlyRevenue",
  "project.targetCloseDate",
  "project.salesActivities",
  "opportunityType",
  "stage",
  "coSellWithProvider",
  "marketing.source",
];

/** Whether the field is required to submit (the asterisk; the schema is what decides). */
export function isRequired(path: FieldPath, values: FormValues): boolean {
  if (ALWAYS_REQUIRED.includes(path)) return true;
  switch (path) {
    case "customer.otherIndustry":
    case "nationalSecurity":
    case "project.otherCompetitorNames":
    case "primaryNeedsFromProvider":
      return isVisible(path, values);
    case "marketing.fundingUsed":
      return text(values, "marketing.source") === "MARKETING_ACTIVITY";
    case "customer.postalCode": {
      const country = text(values, "customer.countryCode");
      return country === "" || hasPostalCodes(country);
    }
    case "customer.stateOrRegion":
      return text(values, "customer.countryCode") === "US";
    case "customerContact.firstName":
    case "customerContact.lastName":
    case "customerContact.email":
      return contactGiven(values, "customerContact");
    case "partnerSalesContact.firstName":
    case "partnerSalesContact.lastName":
    case "partnerSalesContact.email":
      return contactGiven(values, "partnerSalesContact");
    default:
      return false;
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split(".");
  let current = target;
  for (const key of keys.slice(0, -1)) {
    if (current[key] === null || typeof current[key] !== "object") current[key] = {};
    current = current[key] as Record<string, unknown>;
  }
  current[keys[keys.length - 1]] = value;
}

/** The value a field contributes to the body, or undefined when it is empty or hidden. */
function bodyValue(path: FieldPath, values: FormValues): unknown {
  if (!isVisible(path, values)) return undefined;
  const value = values[path];
  if (Array.isArray(value)) return value.length ? value : undefined;
  if (typeof value === "object") return value.amount.trim() === "" ? undefined : { amount: value.amount.trim(), currency: value.currency };
  return value.trim() === "" ? undefined : value;
}

/** The opportunity body the schemas and the server take: visible, non-empty fields only. */
export function toBody(values: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const path of FIELD_PATHS) {
    const value = bodyValue(path, values);
    if (value !== undefined) setPath(body, path, value);
  }
  return body;
}

/**
 * The fields among `editable` whose value differs from `initial`: each set to its new value,
 * or `null` to clear it (also when it was hidden by a change of the field it depends on).
 */
export function changedPatch(initial: FormValues, current: FormValues, editable: readonly string[]): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const path of FIELD_PATHS) {
    if (!editable.includes(path)) continue;
    const before = bodyValue(path, initial);
    const after = bodyValue(path, current);
    if (!sameFieldValue(before, after)) setPath(patch, path, after ?? null);
  }
  return patch;
}

/** Field paths whose values differ between two states (e.g. what someone else changed). */
export function differingFields(a: FormValues, b: FormValues): FieldPath[] {
  return FIELD_PATHS.filter((path) => !sameFieldValue(bodyValue(path, a), bodyValue(path, b)));
}

/** The message for a field: at its path, or at a path under it (`project.deliveryModels.1`). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const nested = Object.keys(errors).find((key) => key.startsWith(`${path}.`));
  return nested ? errors[nested] : undefined;
}

/** The errors without those of `paths` (and the paths under them). */
export function withoutErrors(errors: FieldErrors, paths: readonly string[]): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([key]) => !paths.some((p) => key === p || key.startsWith(`${p}.`))));
}
