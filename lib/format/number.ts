import { numberFormat } from "./cache";
import { DEFAULT_FALLBACK } from "./date";

/**
 * Number, percent and money formatting. Pure; usable on server and client.
 *
 * Money is always carried as an integer count of the currency's minor unit (cents for USD,
 * yen for JPY, fils for KWD). Formatting hands Intl an exact decimal *string*, so no float
 * rounding is involved even for amounts beyond 2^53 when given as `bigint`. Parsing user input
 * (`parseMoney`) is pure string/BigInt arithmetic.
 */

export type FormatNumberOptions = Intl.NumberFormatOptions & { fallback?: string };

export function formatNumber(value: number | bigint | null | undefined, locale: string, options: FormatNumberOptions = {}): string {
  const { fallback, ...intl } = options;
  if (value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value))) {
    return fallback ?? DEFAULT_FALLBACK;
  }
  return numberFormat(locale, intl).format(value);
}

export type FormatPercentOptions = {
  /**
   * `ratio` (default): 0.25 → "25%". `percent`: 25 → "25%" (e.g. a deal stage's probability
   * stored as 0–100).
   */
  from?: "ratio" | "percent";
  /** Default 0. */
  maximumFractionDigits?: number;
  minimumFractionDigits?: number;
  signDisplay?: Intl.NumberFormatOptions["signDisplay"];
  fallback?: string;
};

export function formatPercent(value: number | null | undefined, locale: string, options: FormatPercentOptions = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return options.fallback ?? DEFAULT_FALLBACK;
  }
  const ratio = options.from === "percent" ? value / 100 : value;
  const maximumFractionDigits = Math.max(options.maximumFractionDigits ?? 0, options.minimumFractionDigits ?? 0);
  return numberFormat(locale, {
    style: "percent",
    maximumFractionDigits,
    minimumFractionDigits: options.minimumFractionDigits ?? 0,
    signDisplay: options.signDisplay,
  }).format(ratio);
}

const CURRENCY_RE = /^[A-Z]{3}$/;

function assertCurrency(currency: string): string {
  const code = currency.toUpperCase();
  if (!CURRENCY_RE.test(code)) throw new RangeError(`Invalid ISO 4217 currency code: ${currency}`);
  return code;
}

/** Number of minor-unit digits of a currency per ISO 4217 / CLDR: USD 2, JPY 0, KWD 3. */
export function currencyExponent(currency: string): number {
  const code = assertCurrency(currency);
  return numberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
}

function toBigInt(minorUnits: number | bigint): bigint {
  if (typeof minorUnits === "bigint") return minorUnits;
  if (!Number.isSafeInteger(minorUnits)) {
    throw new RangeError(`Money amounts must be integer minor units, got ${minorUnits}`);
  }
  return BigInt(minorUnits);
}

/**
 * Minor units → a plain decimal string in major units, no grouping, `.` separator:
 * (123456, "USD") → "1234.56"; (-5, "USD") → "-0.05"; (500, "JPY") → "500".
 * Suitable as an `<input>` default value and as input to `Intl.NumberFormat#format`.
 */
export function minorUnitsToDecimal(minorUnits: number | bigint, currency: string): string {
  const exponent = currencyExponent(currency);
  const value = toBigInt(minorUnits);
  const negative = value < BigInt(0);
  const digits = (negative ? -value : value).toString();
  if (exponent === 0) return (negative ? "-" : "") + digits;
  const padded = digits.padStart(exponent + 1, "0");
  const intPart = padded.slice(0, -exponent);
  const fracPart = padded.slice(-exponent);
  return `${negative ? "-" : ""}${intPart}.${fracPart}`;
}

export type FormatMoneyOptions = {
  /** Compact notation for dashboards: "$1.2M". */
  compact?: boolean;
  /** `symbol` (default), `narrowSymbol` ("$" not "US$"), `code` ("USD 12.00"), `name`. */
  currencyDisplay?: Intl.NumberFormatOptions["currencyDisplay"];
  signDisplay?: Intl.NumberFormatOptions["signDisplay"];
  /** Drop the minor digits when they are all zero: "$1,200" instead of "$1,200.00". */
  trimZeroFraction?: boolean;
  fallback?: string;
};

/**
 * Integer minor units → localized currency string.
 * formatMoney(123456, "USD", "en-US") → "$1,234.56"; formatMoney(1500, "JPY", "ja-JP") → "￥1,500".
 * Throws RangeError for a non-integer `number` (amounts must never be floats).
 */
export function formatMoney(
  minorUnits: number | bigint | null | undefined,
  currency: string,
  locale: string,
  options: FormatMoneyOptions = {},
): string {
  if (minorUnits === null || minorUnits === undefined) return options.fallback ?? DEFAULT_FALLBACK;
  const code = assertCurrency(currency);
  const exponent = currencyExponent(code);
  const decimal = minorUnitsToDecimal(minorUnits, code);
  const zeroFraction = exponent > 0 && /\.0+$/.test(decimal);
  const intl: Intl.NumberFormatOptions = {
    style: "currency",
    currency: code,
    currencyDisplay: options.currencyDisplay,
    signDisplay: options.signDisplay,
  };
  if (options.compact) {
    intl.notation = "compact";
    intl.maximumFractionDigits = 1;
  } else {
    intl.minimumFractionDigits = options.trimZeroFraction && zeroFraction ? 0 : exponent;
    intl.maximumFractionDigits = exponent;
  }
  // Intl.NumberFormat#format takes an exact decimal string (ES2023): no float conversion.
  return numberFormat(locale, intl).format(decimal as Intl.StringNumericLiteral);
}

/**
 * Parses a user-typed amount in major units into integer minor units, without floats.
 * Accepts an optional leading "-", digits, the locale's group separators (and spaces), and
 * one decimal separator (the locale's; "." when no locale is given). Group separators must
 * sit in well-formed positions; more fraction digits than the currency allows is an error,
 * never silently rounded.
 *
 * parseMoney("1,234.5", "USD", "en-US") → 123450; parseMoney("1.234,50", "EUR", "de-DE") → 123450;
 * parseMoney("12.345", "USD") → null; parseMoney("1500", "JPY") → 1500.
 * Returns null for invalid input or amounts beyond Number.MAX_SAFE_INTEGER minor units.
 */
export function parseMoney(input: string, currency: string, locale?: string): number | null {
  const exponent = currencyExponent(currency);
  let decimalSep = ".";
  let groupSep = ",";
  if (locale) {
    const parts = numberFormat(locale, { useGrouping: true, minimumFractionDigits: 1 }).formatToParts(12345.6);
    decimalSep = parts.find((p) => p.type === "decimal")?.value ?? ".";
    groupSep = parts.find((p) => p.type === "group")?.value ?? ",";
  }
  let text = input.trim();
  let negative = false;
  if (text.startsWith("-") || text.startsWith("\u2212")) {
    negative = true;
    text = text.slice(1).trimStart();
  }
  const decimalIndex = text.lastIndexOf(decimalSep);
  const rawInt = decimalIndex === -1 ? text : text.slice(0, decimalIndex);
  const rawFrac = decimalIndex === -1 ? null : text.slice(decimalIndex + decimalSep.length);
  // Group separators (the locale's, or any space) are allowed only in well-formed positions:
  // "1,234,567" yes, "12,34" no, so a misplaced separator is an error rather than a 100× amount.
  const grouped = rawInt
    .split(groupSep)
    .join("G")
    .replace(/[\s\u00a0\u202f]/g, "G");
  if (grouped.includes("G") && !/^\d{1,3}(G\d{3})+$/.test(grouped)) return null;
  const intDigits = grouped.split("G").join("");
  if (!/^\d*$/.test(intDigits) || (rawFrac !== null && !/^\d*$/.test(rawFrac))) return null;
  if (intDigits === "" && !rawFrac) return null;
  const intPart = intDigits || "0";
  const fracPart = rawFrac ?? "";
  if (fracPart.length > exponent) return null;
  const minor = BigInt(intPart + fracPart.padEnd(exponent, "0"));
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const result = Number(minor);
  return negative && result !== 0 ? -result : result;
}
