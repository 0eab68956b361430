"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { CheckCircle2, XCircle } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { DealStatusBadge } from "./badges";
import { countdown, day, instant, money } from "./format";
import { useDealAction } from "./use-deal-action";
import type { CoSellRequestView, DealAction, Formatting } from "./types";

/** The provider seller's co-sell requests: join or decline within 14 days. */
export function CoSellQueue({ rows, fmt, decide, pending }: { rows: CoSellRequestView[]; fmt: Formatting; decide: DealAction; pending: boolean }) {
  const t = useTranslations("referrals.queue");
  if (rows.length === 0) return <EmptyState title={pending ? t("emptyPending") : t("emptyJoined")} description={pending ? t("emptyPendingBody") : t("emptyJoinedBody")} />;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="cosell-queue">
        <caption className="sr-only">{pending ? t("captionPending") : t("captionJoined")}</caption>
        <thead className="bg-slate-50 text-left text-xs font-medium text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">{t("deal")}</th>
            <th scope="col" className="px-3 py-2">{t("partner")}</th>
            <th scope="col" className="px-3 py-2">{t("help")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("value")}</th>
            <th scope="col" className="px-3 py-2">{pending ? t("deadline") : t("closeDate")}</th>
            {pending ? <th scope="col" className="px-3 py-2"><span className="sr-only">{t("actions")}</span></th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <Row key={r.id} row={r} fmt={fmt} decide={decide} pending={pending} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Row({ row, fmt, decide, pending }: { row: CoSellRequestView; fmt: Formatting; decide: DealAction; pending: boolean }) {
  const t = useTranslations("referrals.queue");
  const { run, pending: busy } = useDealAction({ success: t("answered") });
  return (
    <tr data-testid="cosell-row">
      <th scope="row" className="px-3 py-2 text-left font-normal">
        <Link href={`/referrals/${row.id}`} className="font-medium text-indigo-700 hover:underline">
          {row.name}
        </Link>
        <span className="block text-xs text-slate-500">
          {row.reference} · {row.customerName} · {row.location}
        </span>
        <DealStatusBadge status={row.status} />
      </th>
      <td className="px-3 py-2">{row.organization.name}</td>
      <td className="px-3 py-2">{row.helpFromProvider.join(", ")}</td>
      <td className="px-3 py-2 text-right tabular-nums">{money(row.estimatedValue, fmt)}</td>
      <td className="px-3 py-2">
        {pending ? (
          <>
            <span className="text-amber-700" suppressHydrationWarning>{countdown(row.decisionDeadline)}</span>
            <span className="block text-xs text-slate-500">{t("requested", { at: instant(row.requestedAt, fmt) })}</span>
          </>
        ) : (
          day(row.estimatedCloseDate, fmt)
        )}
      </td>
      {pending ? (
        <td className="px-3 py-2">
          <div className="flex justify-end gap-2">
            <Button size="sm" loading={busy} onClick={() => void run(() => decide(row.id, { decision: "JOIN" }))} aria-label={t("joinDeal", { name: row.name })}>
              <CheckCircle2 aria-hidden="true" />
              {t("join")}
            </Button>
            <Button size="sm" variant="outline" loading={busy} onClick={() => void run(() => decide(row.id, { decision: "DECLINE" }))} aria-label={t("declineDeal", { name: row.name })}>
              <XCircle aria-hidden="true" />
              {t("decline")}
            </Button>
          </div>
        </td>
      ) : null}
    </tr>
  );
}
