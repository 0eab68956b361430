import Link from "next/link";
import { useTranslations } from "next-intl";
import { SALES_STAGES, SALES_STAGE_LABELS, type SalesStage } from "@/lib/domain/opportunity";
import { formatNumber } from "@/lib/format";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/styles";
import { moneyList } from "./format";
import type { Formatting, MoneyView } from "./types";

export type PipelineTotalsView = {
  count: number;
  byStage: { stage: SalesStage; count: number; revenue: MoneyView[] }[];
};

/**
 * Count and expected monthly revenue per sales stage (of the current filters), for the
 * organisation-wide ACE roles. Each stage links to the list filtered by it. Server-safe.
 */
export function PipelineTotals({
  totals,
  fmt,
  stageHref,
  activeStage,
}: {
  totals: PipelineTotalsView;
  fmt: Formatting;
  stageHref: (stage: SalesStage | null) => string;
  activeStage?: SalesStage;
}) {
  const t = useTranslations("opportunities.totals");
  const byStage = new Map(totals.byStage.map((s) => [s.stage, s]));
  const allRevenue = mergeRevenue(totals.byStage.flatMap((s) => s.revenue));
  const tiles: { key: string; stage: SalesStage | null; label: string; count: number; revenue: MoneyView[] }[] = [
    { key: "all", stage: null, label: t("all"), count: totals.count, revenue: allRevenue },
    ...SALES_STAGES.map((stage) => ({
      key: stage,
      stage,
      label: SALES_STAGE_LABELS[stage],
      count: byStage.get(stage)?.count ?? 0,
      revenue: byStage.get(stage)?.revenue ?? [],
    })),
  ];
  return (
    <section aria-labelledby="pipeline-totals-heading" className="grid gap-2">
      <h2 id="pipeline-totals-heading" className="text-sm font-semibold text-slate-700">
        {t("heading")}
      </h2>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4 xl:grid-cols-8">
        {tiles.map((tile) => {
          const active = tile.stage === null ? activeStage === undefined : activeStage === tile.stage;
          const revenue = moneyList(tile.revenue, fmt);
          return (
            <li key={tile.key} className="flex">
              <Link
                href={stageHref(tile.stage)}
                aria-current={active ? "true" : undefined}
                aria-label={t("tileLabel", {
                  stage: tile.label,
                  count: tile.count,
                  revenue: revenue ?? t("noRevenue"),
                })}
                className={cn(
                  "grid w-full grid-rows-[minmax(2rem,auto)_auto_auto] content-start gap-0.5 rounded-lg border bg-white px-3 py-2.5 shadow-xs transition-colors hover:border-indigo-300 hover:bg-indigo-50/40",
                  active ? "border-indigo-500 ring-1 ring-indigo-500" : "border-slate-200",
                  tile.stage === null && "bg-slate-50",
                  focusRing,
                )}
              >
                <span className="text-xs leading-tight font-medium text-slate-500">{tile.label}</span>
                <span className="text-xl font-semibold text-slate-900 tabular-nums">{formatNumber(tile.count, fmt.locale)}</span>
                <span className="grid text-xs text-slate-600 tabular-nums" title={revenue ?? undefined}>
                  {tile.revenue.length === 0 ? (
                    <span className="text-slate-400">{t("noRevenue")}</span>
                  ) : (
                    // One line per currency (largest first), at most three.
                    [...tile.revenue]
                      .sort((a, b) => b.amountMinor - a.amountMinor)
                      .slice(0, 3)
                      .map((m) => (
                        <span key={m.currency} className="truncate">
                          {moneyList([m], fmt, { compact: true })}
                        </span>
                      ))
                  )}
                  {tile.revenue.length > 3 ? <span className="text-slate-400">{t("moreCurrencies", { count: tile.revenue.length - 3 })}</span> : null}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Sum per currency. */
function mergeRevenue(values: readonly MoneyView[]): MoneyView[] {
  const sums = new Map<string, number>();
  for (const v of values) sums.set(v.currency, (sums.get(v.currency) ?? 0) + v.amountMinor);
  return [...sums].map(([currency, amountMinor]) => ({ currency, amountMinor })).sort((a, b) => b.amountMinor - a.amountMinor);
}
