"use client";

import { useTranslations } from "next-intl";
import { CURRENCY_CODES } from "@/lib/domain/money";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

/** Common currencies first, then every ISO 4217 code. */
const COMMON = ["USD", "EUR", "GBP", "JPY"];
const CURRENCIES = [...COMMON, ...CURRENCY_CODES.filter((c) => !COMMON.includes(c))].map((c) => ({ value: c, label: c }));

/** Amount + currency, as api.md's money `{ amount, currency }`. */
export function MoneyField({
  label,
  amount,
  currency,
  onChange,
  amountError,
  currencyError,
  required,
  idPrefix,
}: {
  label: string;
  amount: string;
  currency: string;
  onChange: (value: { amount: string; currency: string }) => void;
  amountError?: string;
  currencyError?: string;
  required?: boolean;
  idPrefix: string;
}) {
  const t = useTranslations("referrals.fields");
  return (
    <div className="grid grid-cols-[1fr_7rem] gap-2">
      <FormField label={label} required={required} error={amountError} htmlFor={`${idPrefix}-amount`}>
        <Input inputMode="decimal" value={amount} onChange={(e) => onChange({ amount: e.target.value, currency })} placeholder="25000.00" />
      </FormField>
      <FormField label={t("currency")} error={currencyError} htmlFor={`${idPrefix}-currency`}>
        <Select value={currency} onChange={(e) => onChange({ amount, currency: e.target.value })} options={CURRENCIES} />
      </FormField>
    </div>
  );
}
