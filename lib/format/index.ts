/**
 * Locale-aware, pure formatters (server and client). Always pass the actor's `locale` and
 * `timeZone`; defaults are deterministic (`UTC`), never the runtime's zone.
 */
export {
  DEFAULT_FALLBACK,
  calendarDayNumber,
  formatDate,
  formatDateTime,
  formatRelative,
  isDateOnlyString,
  parseDateOnly,
  toDateOnlyString,
  type DateInput,
  type DateStyle,
  type FormatDateOptions,
  type FormatDateTimeOptions,
  type FormatRelativeOptions,
} from "./date";
export {
  currencyExponent,
  formatMoney,
  formatNumber,
  formatPercent,
  minorUnitsToDecimal,
  parseMoney,
  type FormatMoneyOptions,
  type FormatNumberOptions,
  type FormatPercentOptions,
} from "./number";
export { countdownParts, formatCountdown, type CountdownParts, type FormatCountdownLabels } from "./countdown";
