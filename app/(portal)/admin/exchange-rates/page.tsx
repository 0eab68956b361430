import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { listExchangeRates, monthOf } from "@/lib/data/catalog";
import { PageHeader } from "@/components/ui/page-header";
import { TabLinks } from "@/components/ui/tab-links";
import { ExchangeRates } from "@/components/referrals/exchange-rates";
import { setExchangeRateAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("referrals"))("rates.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const shift = (month: string, by: number) => {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + by);
  return monthOf(d);
};

/** Provider admin: the monthly exchange rates registration converts deal values with. */
export default async function ExchangeRatesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  if (!hasPermission(actor, "admin.exchangeRates")) notFound();
  const t = await getTranslations("referrals.rates");
  const raw = (await searchParams).month;
  const current = monthOf(new Date());
  const month = typeof raw === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(raw) ? raw : current;
  const rates = await listExchangeRates(actor, { month });
  const months = [shift(current, -2), shift(current, -1), current, shift(current, 1)];
  if (!months.includes(month)) months.push(month);
  return (
    <div className="grid gap-5">
      <PageHeader title={t("title")} description={t("description")} />
      <TabLinks label={t("months")} value={month} items={months.map((m) => ({ href: `/admin/exchange-rates?month=${m}`, value: m, label: m }))} />
      <ExchangeRates month={month} rates={rates} fmt={{ locale: actor.locale, timeZone: actor.timeZone }} action={setExchangeRateAction} />
    </div>
  );
}
