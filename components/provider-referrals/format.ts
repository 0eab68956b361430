/** Display helpers for referral values (locale-aware, money never through floats). */
import { formatDate, formatDateTime, formatMoney, parseMoney } from "@/lib/format";
import type { Formatting } from "./types";

/** `{ amount: "12500.00", currency: "USD" }` → "$12,500.00". */
export function moneyText(value: { amount?: unknown; currency?: unknown } | null | undefined, fmt: Formatting): string | null {
  if (!value || typeof value.amount !== "string" || typeof value.currency !== "string") return null;
  try {
    const minor = parseMoney(value.amount, value.currency);
    return minor === null ? `${value.amount} ${value.currency}` : formatMoney(minor, value.currency, fmt.locale);
  } catch {
    return `${value.amount} ${value.currency}`;
  }
}

export const dayText = (value: unknown, fmt: Formatting): string | null =>
  typeof value === "string" && value ? formatDate(value, { locale: fmt.locale, dateOnly: true }) : null;

export const instantText = (value: string | null | undefined, fmt: Formatting): string | null =>
  value ? formatDateTime(value, { locale: fmt.locale, timeZone: fmt.timeZone }) : null;

export function countryText(code: unknown, locale: string): string | null {
  if (typeof code !== "string" || !code) return null;
  try {
    const name = new Intl.DisplayNames([locale], { type: "region" }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

export const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);
export const listText = (value: unknown): string | null =>
  Array.isArray(value) && value.length ? value.filter((v) => typeof v === "string").join(", ") : null;
