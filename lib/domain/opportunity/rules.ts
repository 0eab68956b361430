/**
 * The rules of domain.md §2.1/§2.2 that go beyond one field's format: what is required,
 * what must be absent, what depends on another field or on the context (today's date, the
 * organisation's training-partner flag). Each rule names the one field it reports on, so
 * the wizard can show it at that field and `validateStep` can pick a step's rules.
 *
 * A rule applies in `submission` (a complete, submittable opportunity), in `draft` (saved
 * incomplete), or in both: a rule that only rejects inconsistent *values* (a postal code
 * that does not fit its country, marketing details with source NONE) applies to drafts too,
 * so a draft never stores garbage; rules about *completeness* apply at submission only.
 */
import { SUBMISSION_REFUSED_AT_STAGES } from "./machine";
import { hasPostalCodes, normalisePostalCode, postalCodeHint } from "./countries";
import { assertIsoDate } from "./dates";
import { MESSAGES, isBlank } from "./field-kinds";
import { getAtPath, type FieldPath } from "./fields";
import { OTHER_COMPETITOR, TRAINING_USE_CASE } from "./picklists";

export type ValidationMode = "draft" | "submission";

/** What the rules need to know besides the body. */
export type RuleContext = {
  /** Today in the user's time zone, `YYYY-MM-DD` (see `todayInTimeZone`). */
  today: string;
  /** The organisation's `trainingPartner` flag (ATP). */
  trainingPartner: boolean;
};

/** Read access to a body being validated. */
export type BodyView = {
  /** The parsed value at `path`, or `undefined` when it is absent or its format is invalid. */
  value(path: FieldPath): unknown;
  /** True when something was given at `path`, valid or not. */
  given(path: FieldPath): boolean;
};

export type Rule = {
  path: FieldPath;
  modes: readonly ValidationMode[];
  /** Returns the message when the rule is broken. */
  test(body: BodyView, ctx: RuleContext): string | undefined;
};

const SUBMISSION = ["submission"] as const;
const DRAFT = ["draft"] as const;
const ALWAYS = ["draft", "submission"] as const;

/** Submission: the field must be given. */
const required = (path: FieldPath, message: string = MESSAGES.required): Rule => ({
  path,
  modes: SUBMISSION,
  test: (body) => (body.given(path) ? undefined : message),
});

/** Submission: the field must be given when `condition` holds. */
const requiredWhen = (path: FieldPath, condition: (body: BodyView, ctx: RuleContext) => boolean, message: string): Rule => ({
  path,
  modes: SUBMISSION,
  test: (body, ctx) => (!body.given(path) && condition(body, ctx) ? message : undefined),
});

/** Always: the field must be absent when `condition` holds. */
const absentWhen = (path: FieldPath, condition: (body: BodyView) => boolean, message: string): Rule => ({
  path,
  modes: ALWAYS,
  test: (body) => (body.given(path) && condition(body) ? message : undefined),
});

const is = (path: FieldPath, expected: unknown) => (body: BodyView) => body.value(path) === expected;
const isOtherThan = (path: FieldPath, expected: unknown) => (body: BodyView) => {
  const value = body.value(path);
  return value !== undefined && value !== expected;
};

/** A contact object counts as given when any of its fields is. */
const contactGiven = (prefix: "customerContact" | "partnerSalesContact") => (body: BodyView) =>
  (["firstName", "lastName", "email", "phone", "title"] as const).some((key) => body.given(`${prefix}.${key}`));

const contactRules = (prefix: "customerContact" | "partnerSalesContact", who: string): Rule[] =>
  (["firstName", "lastName", "email"] as const).map((key) =>
    requiredWhen(`${prefix}.${key}`, contactGiven(prefix), `Required when a ${who} is given`),
  );

const MARKETING_DETAILS = [
  "marketing.fundingUsed",
  "marketing.campaignName",
  "marketing.channels",
  "marketing.useCases",
] as const satisfies readonly FieldPath[];

/** Every rule, in the order the form shows the fields. */
export const OPPORTUNITY_RULES: readonly Rule[] = [
  // ---- Draft identification
  {
    path: "customer.companyName",
    modes: DRAFT,
    test: (body) =>
      body.given("customer.companyName") || body.given("project.title")
        ? undefined
        : "Enter a company name or a project title to save a draft",
  },

  // ---- Customer
  required("customer.companyName"),
  required("customer.websiteUrl"),
  required("customer.industry"),
  requiredWhen("customer.otherIndustry", is("customer.industry", "Other"), "Required when industry is Other"),
  required("customer.countryCode"),
  requiredWhen(
    "customer.postalCode",
    (body) => {
      const country = body.value("customer.countryCode");
      return typeof country !== "string" || hasPostalCodes(country);
    },
    MESSAGES.required,
  ),
  {
    path: "customer.postalCode",
    modes: ALWAYS,
    test: (body) => {
      const country = body.value("customer.countryCode");
      const postalCode = body.value("customer.postalCode");
      if (typeof postalCode !== "string" || typeof country !== "string") return undefined;
      if (normalisePostalCode(country, postalCode) !== undefined) return undefined;
      const hint = postalCodeHint(country);
      return hint ? `Enter a valid postal code for ${country}: ${hint}` : `Enter a valid postal code for ${country}`;
    },
  },
  requiredWhen("customer.stateOrRegion", is("customer.countryCode", "US"), "Required when the country is US"),
  required("customer.city"),
  required("customer.streetAddress"),
  requiredWhen("nationalSecurity", is("customer.industry", "Government"), "Required when industry is Government"),
  absentWhen("nationalSecurity", isOtherThan("customer.industry", "Government"), "Only for industry Government"),

  // ---- Project
  required("project.title"),
  required("project.customerBusinessProblem"),
  required("project.customerUseCase"),
  {
    path: "project.customerUseCase",
    modes: SUBMISSION,
    test: (body, ctx) => {
      const useCase = body.value("project.customerUseCase");
      return ctx.trainingPartner && useCase !== undefined && useCase !== TRAINING_USE_CASE
        ? `Training partners must choose the use case ${TRAINING_USE_CASE}`
        : undefined;
    },
  },
  required("project.deliveryModels", "Choose at least one delivery model"),
  required("project.expectedMonthlyRevenue"),
  required("project.targetCloseDate"),
  {
    path: "project.targetCloseDate",
    modes: SUBMISSION,
    test: (body, ctx) => {
      const date = body.value("project.targetCloseDate");
      return typeof date === "string" && date <= ctx.today ? "Enter a date after today" : undefined;
    },
  },
  required("project.salesActivities", "Choose at least one sales activity"),
  requiredWhen(
    "project.otherCompetitorNames",
    is("project.competitor", OTHER_COMPETITOR),
    `Required when the competitor is ${OTHER_COMPETITOR}`,
  ),
  required("opportunityType"),
  absentWhen("parentOpportunityId", is("opportunityType", "NET_NEW_BUSINESS"), "Only for expansion or flat renewal opportunities"),
  required("stage"),
  {
    path: "stage",
    modes: SUBMISSION,
    test: (body) => {
      const stage = body.value("stage");
      return (SUBMISSION_REFUSED_AT_STAGES as readonly unknown[]).includes(stage)
        ? "An opportunity at Launched or Closed lost cannot be submitted"
        : undefined;
    },
  },
  required("coSellWithProvider"),
  requiredWhen("primaryNeedsFromProvider", is("coSellWithProvider", "YES"), "Choose at least one need when co-selling with the provider"),

  // ---- Marketing
  required("marketing.source"),
  requiredWhen(
    "marketing.fundingUsed",
    is("marketing.source", "MARKETING_ACTIVITY"),
    "Required when the opportunity comes from a marketing activity",
  ),
  ...MARKETING_DETAILS.map((path) =>
    absentWhen(path, is("marketing.source", "NONE"), "Leave empty when the source is not a marketing activity"),
  ),
  absentWhen("marketing.useCases", is("marketing.fundingUsed", "NO"), "Leave empty when no marketing funds were used"),

  // ---- People
  ...contactRules("partnerSalesContact", "partner sales contact"),
  ...contactRules("customerContact", "customer contact"),
];

type RawIssue = { code?: string; path?: readonly PropertyKey[] };

const related = (issuePath: readonly PropertyKey[], fieldPath: readonly string[]) => {
  const length = Math.min(issuePath.length, fieldPath.length);
  for (let i = 0; i < length; i++) if (String(issuePath[i]) !== fieldPath[i]) return false;
  return true;
};

/**
 * Runs the rules of `mode` over a body that has already been parsed field by field
 * (possibly with format errors). A field that already has a format error gets no rule
 * message, and a field whose format is invalid counts as unknown for other fields' rules,
 * so each broken field is reported once, with the most precise message.
 */
export function checkRules(
  mode: ValidationMode,
  ctx: RuleContext,
  value: unknown,
  priorIssues: readonly RawIssue[],
): { path: FieldPath; message: string }[] {
  const relevantIssues = priorIssues.filter((issue) => issue.code !== "unrecognized_keys");
  const brokenCache = new Map<FieldPath, boolean>();
  const formatBroken = (path: FieldPath) => {
    let result = brokenCache.get(path);
    if (result === undefined) {
      const segments = path.split(".");
      result = relevantIssues.some((issue) => related(issue.path ?? [], segments));
      brokenCache.set(path, result);
    }
    return result;
  };
  const values = new Map<FieldPath, unknown>();
  const at = (path: FieldPath) => {
    if (!values.has(path)) values.set(path, getAtPath(value, path));
    return values.get(path);
  };
  const view: BodyView = {
    given: (path) => !isBlank(at(path)),
    value: (path) => (formatBroken(path) ? undefined : at(path)),
  };
  const broken = new Map<FieldPath, string>();
  for (const rule of OPPORTUNITY_RULES) {
    if (!rule.modes.includes(mode) || broken.has(rule.path) || formatBroken(rule.path)) continue;
    const message = rule.test(view, ctx);
    if (message !== undefined) broken.set(rule.path, message);
  }
  return [...broken].map(([path, message]) => ({ path, message }));
}

export function assertRuleContext(ctx: RuleContext): void {
  assertIsoDate(ctx.today, "ctx.today");
}
