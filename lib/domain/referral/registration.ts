/**
 * Deal registration (domain.md §4.6): the six eligibility rules and the registration
 * status machine.
 *
 * Money never goes through floating point: the deal value is integer minor units, the
 * month's exchange rate is a decimal string (USD per one unit of the currency, e.g.
 * "1.085000"), and the product is computed with BigInt, then rounded half-up to US
 * cents before the comparison with 25,000.00 USD (decision: a converted amount is a USD
 * money amount, i.e. whole cents).
 *
 * The DEAL_TYPE rule reads the `dealType` it is given: a CO_SELL deal passes only when the
 * provider seller joined (co-sell request JOINED) or the provider marked it won. Callers
 * pass the *effective* type (`effectiveDealType(...)` from ./deal-type), so a co-sell deal
 * whose request was declined or lapsed counts as partner-led (§4.4), as the deal page shows.
 */
import { currencyExponent, safeParseMoney } from "../money";
import { allowedEventsOf, runTransition, type TransitionResult, type TransitionTable } from "./lifecycle";
import {
  REGISTRATION_MIN_HOURS_TO_WIN,
  REGISTRATION_MIN_VALUE_USD,
  type CoSellRequestState,
  type CustomerManagement,
  type DealStatus,
  type DealType,
  type RegistrationStatus,
} from "./picklists";

export const REGISTRATION_RULES = [
  "STATUS_WON",
  "IP_COSELL_SOLUTION",
  "DEAL_TYPE",
  "MIN_VALUE",
  "MANAGED_CUSTOMER",
  "WON_AFTER_72H",
] as const;
export type RegistrationRule = (typeof REGISTRATION_RULES)[number];

export type RegistrationRuleResult = { rule: RegistrationRule; passed: boolean; reason: string };
export type RegistrationEligibility = { eligible: boolean; rules: RegistrationRuleResult[] };

/** The deal as the eligibility rules see it. */
export type RegistrationDealInput = {
  status: DealStatus;
  dealType: DealType;
  /** The deal's solutions with the catalogue's `ipCoSellEligible`. */
  solutions: readonly { ipCoSellEligible: boolean }[];
  /** The co-sell request's effective state (`effectiveCoSellRequestState`), if any. */
  coSellRequestState?: CoSellRequestState | null;
  /** The provider seller marked the deal won on the provider side (§4.4). */
  providerMarkedWon?: boolean;
  /** Stored money (`amountMinor`) or the api.md shape (`amount` decimal string). */
  estimatedValue: { amountMinor: number; currency: string } | { amount: string; currency: string };
  /** The customer account's management; null for a customer not in the directory. */
  customerManagement: CustomerManagement | null;
  createdAt: Date;
  wonAt: Date | null;
};

export type RegistrationContext = {
  /** USD per one unit of `currency` at this month's configured rate, as a decimal string; null when none is configured. */
  usdRatePerUnit: (currency: string) => string | null;
};

const MS_PER_HOUR = 3_600_000;
const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** A non-negative decimal string as an integer and a power-of-ten scale; null when malformed. */
function parseDecimal(value: string): { digits: bigint; scale: number } | null {
  const match = DECIMAL.exec(value.trim());
  if (!match) return null;
  const fraction = match[2] ?? "";
  return { digits: BigInt(match[1] + fraction), scale: fraction.length };
}

const pow10 = (n: number) => 10n ** BigInt(n);

/**
 * `amountMinor` units of `currency` converted to US cents at `usdRatePerUnit` (USD per one
 * unit), rounded half-up. Exact integer arithmetic. Throws a RangeError for a malformed
 * rate, an unknown currency or a negative amount.
 */
export function convertToUsdCents(amountMinor: number, currency: string, usdRatePerUnit: string): bigint {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0) {
    throw new RangeError(`amountMinor must be a non-negative safe integer, got ${amountMinor}`);
  }
  const rate = parseDecimal(usdRatePerUnit);
  if (!rate) throw new RangeError(`Malformed exchange rate: ${JSON.stringify(usdRatePerUnit)}`);
  const exponent = currencyExponent(currency);
  // cents = amountMinor / 10^exponent * rate.digits / 10^rate.scale * 100
  const numerator = BigInt(amountMinor) * rate.digits * 100n;
  const denominator = pow10(exponent + rate.scale);
  return (numerator * 2n + denominator) / (denominator * 2n);
}

const formatCents = (cents: bigint) => {
  const whole = (cents / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${whole}.${(cents % 100n).toString().padStart(2, "0")}`;
};

const MIN_VALUE_CENTS = BigInt(REGISTRATION_MIN_VALUE_USD) * 100n;

function minValueRule(deal: RegistrationDealInput, ctx: RegistrationContext): RegistrationRuleResult {
  const fail = (reason: string): RegistrationRuleResult => ({ rule: "MIN_VALUE", passed: false, reason });
  let amountMinor: number;
  let currency: string;
  if ("amountMinor" in deal.estimatedValue) {
    ({ amountMinor, currency } = deal.estimatedValue);
  } else {
    const parsed = safeParseMoney(deal.estimatedValue, { nonNegative: true });
    if (!parsed.ok) return fail("The deal's value is not a valid amount");
    ({ amountMinor, currency } = parsed.value);
  }
  currency = currency.toUpperCase();
  const rate = currency === "USD" ? "1" : ctx.usdRatePerUnit(currency);
  if (rate === null) return fail(`No exchange rate from ${currency} to USD is configured for this month`);
  let cents: bigint;
  try {
    cents = convertToUsdCents(amountMinor, currency, rate);
  } catch {
    return fail(`The exchange rate from ${currency} to USD is not usable`);
  }
  const value = `${formatCents(cents)} USD`;
  const minimum = `${formatCents(MIN_VALUE_CENTS)} USD`;
  return cents >= MIN_VALUE_CENTS
    ? { rule: "MIN_VALUE", passed: true, reason: `The value (${value}) is at least ${minimum}` }
    : fail(`The value (${value}) is below ${minimum}`);
}

function dealTypeRule(deal: RegistrationDealInput): RegistrationRuleResult {
  const result = (passed: boolean, reason: string): RegistrationRuleResult => ({ rule: "DEAL_TYPE", passed, reason });
  switch (deal.dealType) {
    case "PARTNER_LED":
      return result(true, "Partner-led deals can be registered");
    case "CO_SELL":
      if (deal.coSellRequestState === "JOINED") return result(true, "The provider seller joined this co-sell deal");
      if (deal.providerMarkedWon) return result(true, "The provider marked this co-sell deal won");
      return result(false, "A co-sell deal can be registered only when the provider seller joined it or marked it won");
    default:
      return result(false, `Only partner-led and co-sell deals can be registered, not ${deal.dealType}`);
  }
}

function hoursRule(deal: RegistrationDealInput): RegistrationRuleResult {
  if (!deal.wonAt) return { rule: "WON_AFTER_72H", passed: false, reason: "The deal has not been marked won" };
  const elapsed = deal.wonAt.getTime() - deal.createdAt.getTime();
  const hours = Math.floor(elapsed / MS_PER_HOUR);
  return elapsed >= REGISTRATION_MIN_HOURS_TO_WIN * MS_PER_HOUR
    ? { rule: "WON_AFTER_72H", passed: true, reason: `The deal was won ${hours} hours after it was created` }
    : {
        rule: "WON_AFTER_72H",
        passed: false,
        reason: `The deal was won ${Math.max(hours, 0)} hours after it was created; at least ${REGISTRATION_MIN_HOURS_TO_WIN} hours must pass between creating and winning a deal`,
      };
}

/** The six rules of §4.6, every one evaluated (for the lifecycle view), in a fixed order. */
export function registrationEligibility(deal: RegistrationDealInput, ctx: RegistrationContext): RegistrationEligibility {
  const rules: RegistrationRuleResult[] = [
    deal.status === "WON"
      ? { rule: "STATUS_WON", passed: true, reason: "The deal is won" }
      : { rule: "STATUS_WON", passed: false, reason: `The deal is ${deal.status}; only a won deal can be registered` },
    deal.solutions.some((s) => s.ipCoSellEligible)
      ? { rule: "IP_COSELL_SOLUTION", passed: true, reason: "At least one solution on the deal is IP co-sell eligible" }
      : { rule: "IP_COSELL_SOLUTION", passed: false, reason: "No solution on the deal is IP co-sell eligible" },
    dealTypeRule(deal),
    minValueRule(deal, ctx),
    deal.customerManagement === "MANAGED"
      ? { rule: "MANAGED_CUSTOMER", passed: true, reason: "The customer account is managed by the provider" }
      : { rule: "MANAGED_CUSTOMER", passed: false, reason: "The customer account is not managed by the provider" },
    hoursRule(deal),
  ];
  return { eligible: rules.every((r) => r.passed), rules };
}

/** The failed rules' reasons (`GET /referrals/{id}/registration-eligibility` → `reasons`). */
export function ineligibilityReasons(eligibility: RegistrationEligibility): string[] {
  return eligibility.rules.filter((r) => !r.passed).map((r) => r.reason);
}

// ---------------------------------------------------------------------------------
// Registration status machine

export type RegistrationEvent =
  | { type: "SUBMIT" }
  | { type: "START_VALIDATION" }
  | { type: "VALIDATE" }
  | { type: "REQUEST_ACTION" }
  | { type: "REJECT" }
  | { type: "RESUBMIT" };
export type RegistrationEventType = RegistrationEvent["type"];

type RegistrationSubject = { eligible: boolean | undefined };

const isEligible = ({ subject }: { subject: RegistrationSubject }) => subject.eligible === true;
const requireEligible = ({ subject }: { subject: RegistrationSubject }) =>
  subject.eligible === true ? null : "The deal does not meet the registration rules";

/**
 *   (none) --SUBMIT--> SUBMITTED --START_VALIDATION--> IN_VALIDATION
 *   IN_VALIDATION --VALIDATE--> VALIDATED | --REQUEST_ACTION--> ACTION_REQUIRED | --REJECT--> REJECTED
 *   ACTION_REQUIRED --RESUBMIT--> SUBMITTED
 * VALIDATED and REJECTED are final (decision: a rejected registration is not retried).
 * SUBMIT and RESUBMIT need the deal to be eligible at that moment.
 */
export const REGISTRATION_TRANSITIONS: TransitionTable<RegistrationStatus, RegistrationEvent, RegistrationSubject> = [
  { event: "SUBMIT", from: [null], to: "SUBMITTED", by: ["PARTNER"], guard: requireEligible, available: isEligible },
  { event: "START_VALIDATION", from: ["SUBMITTED"], to: "IN_VALIDATION", by: ["PROVIDER", "SYSTEM"] },
  { event: "VALIDATE", from: ["IN_VALIDATION"], to: "VALIDATED", by: ["PROVIDER", "SYSTEM"] },
  { event: "REQUEST_ACTION", from: ["IN_VALIDATION"], to: "ACTION_REQUIRED", by: ["PROVIDER", "SYSTEM"] },
  { event: "REJECT", from: ["IN_VALIDATION"], to: "REJECTED", by: ["PROVIDER", "SYSTEM"] },
  {
    event: "RESUBMIT",
    from: ["ACTION_REQUIRED"],
    to: "SUBMITTED",
    by: ["PARTNER"],
    guard: requireEligible,
    available: isEligible,
  },
];

export const isRegistrationComplete = (status: RegistrationStatus) => status === "VALIDATED" || status === "REJECTED";

const registrationOptions = { isTerminal: isRegistrationComplete, noun: "registration" };

/** Decide an event on a deal's registration (`status` null = not registered yet). */
export function registrationTransition(
  status: RegistrationStatus | null,
  event: RegistrationEvent,
  ctx: { now: Date; eligible?: boolean },
): TransitionResult<RegistrationStatus> {
  return runTransition(
    REGISTRATION_TRANSITIONS,
    { status, storedStatus: status, event, subject: { eligible: ctx.eligible }, now: ctx.now },
    registrationOptions,
  );
}

export function allowedRegistrationEvents(
  status: RegistrationStatus | null,
  ctx: { now: Date; eligible?: boolean },
): RegistrationEventType[] {
  return allowedEventsOf(REGISTRATION_TRANSITIONS, {
    status,
    storedStatus: status,
    subject: { eligible: ctx.eligible },
    now: ctx.now,
  });
}
