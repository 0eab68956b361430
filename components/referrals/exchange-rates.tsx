"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/run";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { instant } from "./format";
import type { ExchangeRateRow, Formatting } from "./types";

type SetRate = (input: unknown) => Promise<ActionResult<ExchangeRateRow>>;

/** The provider admin's monthly exchange rates (§4.6): USD per one unit, per month and currency. */
export function ExchangeRates({ month, rates, fmt, action }: { month: string; rates: ExchangeRateRow[]; fmt: Formatting; action: SetRate }) {
  const t = useTranslations("referrals.rates");
  return (
    <div className="grid gap-5">
      <Card>
        <CardHeader>
          <CardTitle>{t("monthTitle", { month })}</CardTitle>
          <CardDescription>{t("monthDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          {rates.length === 0 ? (
            <p className="text-sm text-slate-600">{t("none")}</p>
          ) : (
            <table className="w-full text-sm" data-testid="rates">
              <caption className="sr-only">{t("monthTitle", { month })}</caption>
              <thead className="text-left text-xs font-medium text-slate-600">
                <tr>
                  <th scope="col" className="py-2">{t("currency")}</th>
                  <th scope="col" className="py-2">{t("rate")}</th>
                  <th scope="col" className="py-2">{t("updated")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rates.map((r) => (
                  <RateRow key={r.id} rate={r} fmt={fmt} action={action} />
                ))}
              </tbody>
            </table>
          )}
        </CardContent>
      </Card>
      <AddRate month={month} action={action} />
    </div>
  );
}

function RateRow({ rate, fmt, action }: { rate: ExchangeRateRow; fmt: Formatting; action: SetRate }) {
  const t = useTranslations("referrals.rates");
  const router = useRouter();
  const [value, setValue] = useState(rate.usdRate);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const save = async () => {
    setPending(true);
    const r = await action({ month: rate.month, currency: rate.currency, usdRate: value, version: rate.version });
    setPending(false);
    if (r.ok) {
      setError(null);
      toast.success(t("saved", { currency: rate.currency }));
      router.refresh();
    } else setError(r.fieldErrors?.usdRate ?? r.error);
  };
  return (
    <tr>
      <th scope="row" className="py-2 text-left font-medium">
        {rate.currency}
      </th>
      <td className="py-2">
        <div className="flex items-center gap-2">
          <Input aria-label={t("rateFor", { currency: rate.currency })} value={value} onChange={(e) => setValue(e.target.value)} className="w-36" aria-invalid={error ? true : undefined} />
          <Button size="sm" variant="outline" loading={pending} disabled={value === rate.usdRate} onClick={() => void save()}>
            {t("save")}
          </Button>
        </div>
        {error ? <p role="alert" className="mt-1 text-xs text-red-700">{error}</p> : null}
      </td>
      <td className="py-2 text-xs text-slate-500">{instant(rate.updatedAt, fmt)}</td>
    </tr>
  );
}

function AddRate({ month, action }: { month: string; action: SetRate }) {
  const t = useTranslations("referrals.rates");
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("addTitle")}</CardTitle>
        <CardDescription>{t("addDescription")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          noValidate
          className="flex flex-wrap items-end gap-3"
          onSubmit={async (e) => {
            e.preventDefault();
            const form = e.currentTarget;
            const f = new FormData(form);
            setPending(true);
            const r = await action({ month, currency: String(f.get("currency") ?? ""), usdRate: String(f.get("usdRate") ?? "") });
            setPending(false);
            if (r.ok) {
              setErrors({});
              setFailure(null);
              form.reset();
              toast.success(t("saved", { currency: r.data.currency }));
              router.refresh();
            } else {
              setErrors(r.fieldErrors ?? {});
              setFailure(r.fieldErrors ? null : r.error);
            }
          }}
        >
          {failure ? <Alert variant="danger">{failure}</Alert> : null}
          <FormField label={t("currency")} required error={errors.currency}>
            <Input name="currency" maxLength={3} className="w-24 uppercase" placeholder="EUR" />
          </FormField>
          <FormField label={t("rate")} hint={t("rateHint")} required error={errors.usdRate}>
            <Input name="usdRate" inputMode="decimal" className="w-36" placeholder="1.085" />
          </FormField>
          <Button type="submit" loading={pending}>
            {t("add")}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
