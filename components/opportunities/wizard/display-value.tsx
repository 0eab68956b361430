"use client";

import type { ReactNode } from "react";
import { useLocale } from "next-intl";
import {
  MARKETING_SOURCE_LABELS,
  OPPORTUNITY_TYPE_LABELS,
  SALES_STAGE_LABELS,
  YES_NO_LABELS,
  type FieldPath,
} from "@/lib/domain/opportunity";
import { safeParseMoney } from "@/lib/domain/money";
import { formatDate, formatMoney } from "@/lib/format";
import { list, money, text, type FormValues } from "./form-values";
import type { WizardOptions } from "./types";

const ENUM_LABELS: Partial<Record<FieldPath, Record<string, string>>> = {
  stage: SALES_STAGE_LABELS,
  opportunityType: OPPORTUNITY_TYPE_LABELS,
  coSellWithProvider: YES_NO_LABELS,
  nationalSecurity: YES_NO_LABELS,
  "marketing.source": MARKETING_SOURCE_LABELS,
  "marketing.fundingUsed": YES_NO_LABELS,
};

const labelOf = (options: readonly { value: string; label: string }[], value: string) => options.find((o) => o.value === value)?.label ?? value;

/**
 * A field's value as people read it (review step, read-only fields): labels for enums,
 * country names, money and dates in the user's locale, lists as chips. Null when empty.
 */
export function useDisplayValue(options: WizardOptions, ownerName?: string) {
  const locale = useLocale();
  function displayValue(path: FieldPath, values: FormValues): ReactNode {
    const value = values[path];
    if (Array.isArray(value)) {
      const items = list(values, path);
      return items.length ? (
        <ul className="flex flex-wrap gap-1.5">
          {items.map((item) => (
            <li key={item} className="rounded-md bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
              {item}
            </li>
          ))}
        </ul>
      ) : null;
    }
    if (typeof value === "object") {
      const m = money(values, path);
      if (m.amount.trim() === "") return null;
      const parsed = safeParseMoney(m, { nonNegative: true });
      return parsed.ok ? formatMoney(parsed.value.amountMinor, parsed.value.currency, locale) : `${m.amount} ${m.currency}`;
    }
    const raw = text(values, path).trim();
    if (path === "ownerId") return ownerName ?? (raw ? labelOf(options.owners, raw) : null);
    if (raw === "") return null;
    const labels = ENUM_LABELS[path];
    if (labels) return labels[raw] ?? raw;
    if (path === "customer.countryCode") return labelOf(options.countries, raw.toUpperCase());
    if (path === "parentOpportunityId") return labelOf(options.parents, raw);
    if (path === "project.targetCloseDate") return formatDate(raw, { locale, dateOnly: true, fallback: raw });
    if (path === "project.customerBusinessProblem") return <span className="whitespace-pre-line">{raw}</span>;
    return raw;
  }
  return displayValue;
}
