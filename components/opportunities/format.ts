/**
 * Formatting of opportunity values for display, in the user's locale and time zone. Pure.
 */
import {
  FIELD_LABELS,
  MARKETING_SOURCE_LABELS,
  OPPORTUNITY_TYPE_LABELS,
  ORIGIN_LABELS,
  REVIEW_STATUS_LABELS,
  SALES_STAGE_LABELS,
  YES_NO_LABELS,
  type FieldPath,
} from "@/lib/domain/opportunity";
import { formatDate, formatDateTime, formatMoney, isDateOnlyString } from "@/lib/format";
import type { Formatting, MoneyView } from "./types";

export function money(value: MoneyView | null | undefined, fmt: Formatting, options: { compact?: boolean } = {}): string | null {
  if (!value) return null;
  try {
    return formatMoney(value.amountMinor, value.currency, fmt.locale, { compact: options.compact });
  } catch {
    return `${value.amountMinor} ${value.currency}`;
  }
}

/** Several currencies side by side: "$12,000.00 · €3,500.00". */
export function moneyList(values: readonly MoneyView[], fmt: Formatting, options: { compact?: boolean } = {}): string | null {
  const parts = values.filter((v) => v.amountMinor !== 0 || values.length === 1).map((v) => money(v, fmt, options));
  return parts.length ? parts.join(" · ") : null;
}

/** A calendar date (`YYYY-MM-DD`), never shifted by time zone. */
export function day(value: string | null | undefined, fmt: Formatting): string | null {
  return value ? formatDate(value, { locale: fmt.locale, dateOnly: true }) : null;
}

/** An instant in the user's time zone. */
export function instant(value: string | null | undefined, fmt: Formatting): string | null {
  return value ? formatDateTime(value, { locale: fmt.locale, timeZone: fmt.timeZone }) : null;
}

/** A country code as its name in the user's language ("DE" → "Germany (DE)"). */
export function country(code: string | null | undefined, locale: string): string | null {
  if (!code) return null;
  try {
    const name = new Intl.DisplayNames([locale], { type: "region" }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

export function list(values: readonly string[] | null | undefined): string | null {
  return values && values.length ? values.join(", ") : null;
}

const ENUM_LABELS: Record<string, Record<string, string>> = {
  status: REVIEW_STATUS_LABELS,
  stage: SALES_STAGE_LABELS,
  origin: ORIGIN_LABELS,
  opportunityType: OPPORTUNITY_TYPE_LABELS,
  nationalSecurity: YES_NO_LABELS,
  coSellWithProvider: YES_NO_LABELS,
  "marketing.fundingUsed": YES_NO_LABELS,
  "marketing.source": MARKETING_SOURCE_LABELS,
};

const isMoney = (v: unknown): v is MoneyView =>
  typeof v === "object" && v !== null && typeof (v as MoneyView).amountMinor === "number" && typeof (v as MoneyView).currency === "string";

/** A history value (`from` / `to`) as text; null for "no value". */
export function historyValue(field: string, value: unknown, fmt: Formatting): string | null {
  if (value === null || value === undefined || value === "") return null;
  const labels = ENUM_LABELS[field];
  if (labels && typeof value === "string") return labels[value] ?? value;
  if (isMoney(value)) return money(value, fmt);
  if (Array.isArray(value)) return value.length ? value.map((v) => historyValue(field, v, fmt) ?? "—").join(", ") : null;
  if (typeof value === "string") {
    if (isDateOnlyString(value)) return day(value, fmt);
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return instant(value, fmt);
    return value;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "object") {
    // A nested object (e.g. a contact): its non-empty values.
    const parts = Object.values(value as Record<string, unknown>)
      .filter((v) => v !== null && v !== undefined && v !== "")
      .map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v)));
    return parts.length ? parts.join(", ") : null;
  }
  return String(value);
}

/** A field path of a history change as a label: the domain's field label, else `extra`, else the path humanised. */
export function fieldLabel(field: string, extra?: (field: string) => string | undefined): string {
  return (
    (FIELD_LABELS as Record<string, string>)[field as FieldPath] ??
    extra?.(field) ??
    (field.split(".").pop() ?? field).replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase())
  );
}
