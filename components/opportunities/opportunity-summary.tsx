import { useTranslations } from "next-intl";
import { formatRelative } from "@/lib/format";
import { day, instant, money } from "./format";
import type { Formatting, OpportunityView } from "./types";

/** Key facts under the header: revenue, target close, owner, current next step, last change. Server-safe. */
export function OpportunitySummary({ opportunity: o, fmt, now }: { opportunity: OpportunityView; fmt: Formatting; now: string }) {
  const t = useTranslations("opportunities.summary");
  const facts = [
    { key: "revenue", term: t("expectedMonthlyRevenue"), value: money(o.data.project?.expectedMonthlyRevenue ?? o.expectedMonthlyRevenue, fmt) },
    { key: "close", term: t("targetCloseDate"), value: day(o.data.project?.targetCloseDate ?? o.targetCloseDate, fmt) },
    { key: "owner", term: t("owner"), value: o.owner.name },
    {
      key: "updated",
      term: t("updated"),
      value: (
        <time dateTime={o.updatedAt} title={instant(o.updatedAt, fmt) ?? undefined}>
          {formatRelative(o.updatedAt, { locale: fmt.locale, timeZone: fmt.timeZone, now })}
        </time>
      ),
    },
  ];
  return (
    <div className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 md:grid-cols-4">
        {facts.map((f) => (
          <div key={f.key} className="grid min-w-0 gap-0.5">
            <dt className="text-xs font-medium text-slate-500">{f.term}</dt>
            <dd className="truncate text-sm font-semibold text-slate-900 tabular-nums">
              {f.value ?? <span className="font-normal text-slate-400">{t("none")}</span>}
            </dd>
          </div>
        ))}
      </dl>
      {o.latestNextStep || o.nextSteps.length ? (
        <div className="border-t border-slate-100 pt-3">
          <p className="text-xs font-medium text-slate-500">{t("nextStep")}</p>
          <p className="mt-0.5 text-sm [overflow-wrap:anywhere] text-slate-800">{o.latestNextStep ?? o.nextSteps[0]?.text}</p>
        </div>
      ) : null}
    </div>
  );
}
