/** Formatting of deal values for display, in the user's locale and time zone. Pure. */
import { formatCountdown, formatDate, formatDateTime, formatMoney, minorUnitsToDecimal } from "@/lib/format";
import type { Formatting, MoneyView } from "./types";

export function money(value: MoneyView | null | undefined, fmt: Formatting): string {
  if (!value) return "";
  try {
    return formatMoney(value.amountMinor, value.currency, fmt.locale);
  } catch {
    return `${value.amountMinor} ${value.currency}`;
  }
}

/** A calendar date (`YYYY-MM-DD`), never shifted by time zone. */
export function day(value: string | null | undefined, fmt: Formatting): string {
  return value ? formatDate(value, { locale: fmt.locale, dateOnly: true }) : "";
}

/** An instant in the user's time zone. */
export function instant(value: string | null | undefined, fmt: Formatting): string {
  return value ? formatDateTime(value, { locale: fmt.locale, timeZone: fmt.timeZone }) : "";
}

export function countdown(deadline: string | null | undefined, now: Date = new Date()): string {
  return deadline ? formatCountdown(deadline, now) : "";
}

/** "YYYY-MM-DD" `days` from today (UTC), for date inputs. */
export function isoDateIn(days: number, from: Date = new Date()): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Minor units → the decimal string an amount input shows ("12500.00"). */
export function amountString(value: MoneyView): string {
  try {
    return minorUnitsToDecimal(value.amountMinor, value.currency);
  } catch {
    return String(value.amountMinor);
  }
}
