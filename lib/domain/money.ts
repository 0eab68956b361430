/**
 * Money (domain.md §6): an integer number of minor units plus an ISO 4217 currency code,
 * never a floating-point number.
 *
 * On the wire (api.md) money is `{ "amount": "12500.00", "currency": "USD" }`: the amount
 * is a decimal string. Internally it is `{ amountMinor: 1250000, currency: "USD" }`, where
 * `amountMinor` is a JavaScript number that is always a safe integer (|n| ≤ 2^53 − 1), so
 * it can be stored in a PostgreSQL BIGINT and compared and summed exactly.
 */
import { z } from "zod";

/**
 * Active ISO 4217 currency codes and their minor-unit exponent (digits after the decimal
 * point). Most currencies use 2; the exceptions are listed in ZERO/THREE/FOUR_DECIMALS.
 * Precious metals, testing and other non-currency "X" codes are deliberately absent.
 */
// prettier-ignore
const TWO_DECIMALS = [
  "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
  "BGN", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF",
  "CHE", "CHF", "CHW", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK", "DKK", "DOP", "DZD",
  "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GTQ", "GYD",
  "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IRR", "JMD", "KES", "KGS", "KHR", "KPW",
  "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT",
  "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK",
  "NPR", "NZD", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "QAR", "RON", "RSD", "RUB", "SAR",
  "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP",
  "SZL", "THB", "TJS", "TMT", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "USD", "USN", "UYU",
  "UZS", "VED", "VES", "WST", "XCD", "XCG", "YER", "ZAR", "ZMW", "ZWG",
] as const;
// prettier-ignore
const ZERO_DECIMALS = [
  "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND",
  "VUV", "XAF", "XOF", "XPF",
] as const;
const THREE_DECIMALS = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"] as const;
const FOUR_DECIMALS = ["CLF", "UYW"] as const;

export const CURRENCY_CODES = [...TWO_DECIMALS, ...ZERO_DECIMALS, ...THREE_DECIMALS, ...FOUR_DECIMALS]
  .slice()
  .sort() as readonly CurrencyCode[];
export type CurrencyCode =
  (typeof TWO_DECIMALS)[number] | (typeof ZERO_DECIMALS)[number] | (typeof THREE_DECIMALS)[number] | (typeof FOUR_DECIMALS)[number];

const EXPONENTS: ReadonlyMap<string, number> = new Map<string, number>([
  ...TWO_DECIMALS.map((c) => [c, 2] as const),
  ...ZERO_DECIMALS.map((c) => [c, 0] as const),
  ...THREE_DECIMALS.map((c) => [c, 3] as const),
  ...FOUR_DECIMALS.map((c) => [c, 4] as const),
]);

export const isCurrencyCode = (code: string): code is CurrencyCode => EXPONENTS.has(code);

/** Digits after the decimal point for an ISO 4217 code; throws for an unknown code. */
export function currencyExponent(currency: string): number {
  const exponent = EXPONENTS.get(currency);
  if (exponent === undefined) throw new RangeError(`Unknown currency code: ${currency}`);
  return exponent;
}

/** Money as the domain stores it. */
export type Money = { amountMinor: number; currency: CurrencyCode };
/** Money as the API and forms carry it. */
export type MoneyInput = { amount: string; currency: string };

export const MONEY_MESSAGES = {
  amountRequired: "Enter an amount",
  amountNotString: 'Enter the amount as a decimal string, e.g. "12500.00"',
  amountFormat: "Enter the amount as digits with an optional decimal point, e.g. 12500.00",
  amountNegative: "Enter an amount of 0 or more",
  amountTooLarge: "The amount is too large",
  currencyRequired: "Choose a currency",
  currencyUnknown: "Choose a valid ISO 4217 currency code, e.g. USD",
  decimals: (currency: string, exponent: number) =>
    exponent === 0 ? `${currency} amounts have no decimal places` : `Use at most ${exponent} decimal places for ${currency}`,
} as const;

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;
const MAX_MINOR = BigInt(Number.MAX_SAFE_INTEGER);

export type MoneyIssue = { path: "amount" | "currency"; message: string };
export type MoneyParseResult = { ok: true; value: Money } | { ok: false; issues: MoneyIssue[] };

/**
 * Parses `{ amount: "12500.00", currency: "USD" }` without ever going through a float.
 * Accepts a leading `-` (callers that need ≥ 0 say so), surrounding spaces, a lower-case
 * currency, and trailing zeros beyond the currency's exponent ("100.00" JPY = 100). Rejects
 * thousands separators, exponents, `+`, `.5`, `5.` and amounts beyond 2^53 − 1 minor units.
 */
export function safeParseMoney(input: { amount: unknown; currency: unknown }, options: { nonNegative?: boolean } = {}): MoneyParseResult {
  const issues: MoneyIssue[] = [];
  const currency = typeof input.currency === "string" ? input.currency.trim().toUpperCase() : input.currency;
  let exponent: number | undefined;
  if (currency === undefined || currency === null || currency === "") {
    issues.push({ path: "currency", message: MONEY_MESSAGES.currencyRequired });
  } else if (typeof currency !== "string" || !isCurrencyCode(currency)) {
    issues.push({ path: "currency", message: MONEY_MESSAGES.currencyUnknown });
  } else {
    exponent = currencyExponent(currency);
  }

  const amountMinor = parseAmount(input.amount, currency as string, exponent, options, issues);
  if (issues.length > 0 || amountMinor === undefined) return { ok: false, issues };
  return { ok: true, value: { amountMinor, currency: currency as CurrencyCode } };
}

function parseAmount(
  raw: unknown,
  currency: string,
  exponent: number | undefined,
  options: { nonNegative?: boolean },
  issues: MoneyIssue[],
): number | undefined {
  const fail = (message: string) => void issues.push({ path: "amount", message });
  if (raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "")) {
    return fail(MONEY_MESSAGES.amountRequired);
  }
  if (typeof raw !== "string") return fail(MONEY_MESSAGES.amountNotString);
  const match = DECIMAL.exec(raw.trim());
  if (!match) return fail(MONEY_MESSAGES.amountFormat);
  const [, minus, whole, fraction = ""] = match;
  if (exponent === undefined) return undefined; // currency already reported
  const significant = fraction.replace(/0+$/, "");
  if (significant.length > exponent) return fail(MONEY_MESSAGES.decimals(currency, exponent));
  const minorDigits = whole + significant.padEnd(exponent, "0");
  let minor = BigInt(minorDigits);
  if (minus && minor !== 0n) {
    if (options.nonNegative) return fail(MONEY_MESSAGES.amountNegative);
    minor = -minor;
  }
  if (minor > MAX_MINOR || minor < -MAX_MINOR) return fail(MONEY_MESSAGES.amountTooLarge);
  return Number(minor);
}

/** Like safeParseMoney but throws a RangeError listing the problems. */
export function parseMoney(input: MoneyInput, options: { nonNegative?: boolean } = {}): Money {
  const result = safeParseMoney(input, options);
  if (!result.ok) {
    throw new RangeError(result.issues.map((i) => `${i.path}: ${i.message}`).join("; "));
  }
  return result.value;
}

/** 1250000, "USD" → "12500.00"; 100, "JPY" → "100"; -5, "USD" → "-0.05". */
export function formatMoneyAmount(amountMinor: number, currency: string): string {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new RangeError(`amountMinor must be a safe integer, got ${amountMinor}`);
  }
  const exponent = currencyExponent(currency);
  const negative = amountMinor < 0;
  const digits = Math.abs(amountMinor)
    .toString()
    .padStart(exponent + 1, "0");
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  return `${negative ? "-" : ""}${whole}${exponent > 0 ? `.${fraction}` : ""}`;
}

/** Money → the API shape. */
export const toMoneyInput = (money: Money): MoneyInput => ({
  amount: formatMoneyAmount(money.amountMinor, money.currency),
  currency: money.currency,
});

function moneySchema(options: { nonNegative: boolean }) {
  return z
    .strictObject(
      {
        amount: z.string({
          error: (iss) => (iss.input === undefined ? MONEY_MESSAGES.amountRequired : MONEY_MESSAGES.amountNotString),
        }),
        currency: z.string({
          error: (iss) => (iss.input === undefined ? MONEY_MESSAGES.currencyRequired : MONEY_MESSAGES.currencyUnknown),
        }),
      },
      { error: 'Enter money as { "amount": "12500.00", "currency": "USD" }' },
    )
    .transform((value, ctx): Money => {
      const result = safeParseMoney(value, options);
      if (result.ok) return result.value;
      for (const issue of result.issues) {
        ctx.issues.push({ code: "custom", message: issue.message, path: [issue.path], input: value });
      }
      return z.NEVER;
    });
}

/**
 * The api.md money shape, parsed to minor units. Amounts must be ≥ 0 (every amount in this
 * product — revenue, deal values — is non-negative). Errors are reported at `amount` or
 * `currency` under wherever the schema is used (e.g. `project.expectedMonthlyRevenue.amount`).
 */
export const MoneyInputSchema = moneySchema({ nonNegative: true });
