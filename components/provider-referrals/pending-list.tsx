"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Check, X } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/styles";
import { toast } from "@/components/ui/toaster";
import { Countdown } from "./countdown";
import { dayText, instantText, moneyText, text } from "./format";
import { RejectDialog } from "./reject-dialog";
import type { AcceptAction, BulkAcceptOutcome, Formatting, PendingReferralView, RejectAction } from "./types";

/**
 * The partner's "Pending acceptance": each referral with its pre-acceptance summary and
 * countdown; accept one, or select several and accept them together (each is accepted on
 * its own: the ones refused — answered or expired meanwhile — are listed with the reason);
 * reject one with a reason.
 */
export function PendingReferralList({
  referrals,
  now,
  fmt,
  countryNames,
  accept,
  reject,
}: {
  referrals: PendingReferralView[];
  /** Country code → name, from the server (browser and server name some regions differently). */
  countryNames: Record<string, string>;
  now: string;
  fmt: Formatting;
  accept: AcceptAction;
  reject: RejectAction;
}) {
  const t = useTranslations("providerReferrals.pending");
  const tc = useTranslations("providerReferrals.countdown");
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState<string[] | null>(null);
  const [refused, setRefused] = useState<{ label: string; message: string }[]>([]);
  const [rejecting, setRejecting] = useState<PendingReferralView | null>(null);
  const byId = new Map(referrals.map((r) => [r.id, r]));
  const visibleSelected = selected.filter((id) => byId.has(id));
  const allSelected = referrals.length > 0 && visibleSelected.length === referrals.length;

  const runAccept = async (ids: string[]) => {
    setBusy(ids);
    setRefused([]);
    try {
      const result = await accept(ids);
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      const outcome: BulkAcceptOutcome = result.data;
      if (outcome.accepted.length > 0) {
        const first = outcome.accepted[0];
        toast.success(t("accepted", { count: outcome.accepted.length }), {
          action:
            outcome.accepted.length === 1
              ? { label: t("openOpportunity"), onClick: () => router.push(`/opportunities/${first.opportunityId}`) }
              : undefined,
        });
      }
      setRefused(outcome.refused.map((r) => ({ label: byId.get(r.id)?.reference ?? r.id, message: r.message })));
      setSelected((s) => s.filter((id) => !ids.includes(id)));
      router.refresh();
    } finally {
      setBusy(null);
    }
  };

  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...new Set([...s, id])] : s.filter((x) => x !== id)));
  const countdownLabels = {
    left: tc("left", { duration: "{duration}" }),
    expired: tc("expired"),
    expiresAt: tc("expiresAt", { date: "{date}" }),
  };

  return (
    <div className="grid gap-3">
      {refused.length > 0 ? (
        <Alert variant="warning" live title={t("refusedTitle", { count: refused.length })}>
          <ul className="grid gap-1">
            {refused.map((r) => (
              <li key={r.label}>
                <span className="font-medium">{r.label}</span>: {r.message}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <div
        role="toolbar"
        aria-label={t("selected", { count: visibleSelected.length })}
        className="sticky top-14 z-10 flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white/95 px-4 py-2.5 shadow-xs backdrop-blur"
      >
        <label className="flex cursor-pointer items-center gap-2 text-sm font-medium text-slate-700">
          <Checkbox
            checked={allSelected ? true : visibleSelected.length > 0 ? "indeterminate" : false}
            onCheckedChange={(v) => setSelected(v === true ? referrals.map((r) => r.id) : [])}
            aria-label={t("selectAll")}
          />
          {t("selectAll")}
        </label>
        <span className="text-sm text-slate-600" aria-live="polite">
          {t("selected", { count: visibleSelected.length })}
        </span>
        <div className="ml-auto flex gap-2">
          {visibleSelected.length > 0 ? (
            <Button variant="ghost" size="sm" onClick={() => setSelected([])}>
              {t("clear")}
            </Button>
          ) : null}
          <Button
            size="sm"
            disabled={visibleSelected.length === 0 || busy !== null}
            loading={busy !== null && busy.length > 1}
            onClick={() => void runAccept(visibleSelected)}
          >
            <Check aria-hidden="true" />
            {t("acceptSelected")}
          </Button>
        </div>
      </div>
      <ul className="grid gap-3" aria-label={t("listLabel")}>
        {referrals.map((r) => {
          const c = r.opportunity.customer ?? {};
          const p = r.opportunity.project ?? {};
          const isSelected = visibleSelected.includes(r.id);
          const facts: [string, string | null][] = [
            [t("revenue"), moneyText(p.expectedMonthlyRevenue, fmt)],
            [t("closeDate"), dayText(p.targetCloseDate, fmt)],
            [t("useCase"), text(p.customerUseCase)],
            [t("country"), typeof c.countryCode === "string" ? (countryNames[c.countryCode] ?? c.countryCode) : null],
          ];
          return (
            <li key={r.id}>
              <Card
                data-testid="pending-referral"
                data-reference={r.reference}
                className={cn(
                  "grid grid-cols-[auto_1fr] gap-x-3 gap-y-2 p-4 transition-colors",
                  isSelected && "border-indigo-300 bg-indigo-50/40",
                )}
              >
                <Checkbox
                  className="mt-1"
                  checked={isSelected}
                  onCheckedChange={(v) => toggle(r.id, v === true)}
                  aria-label={t("select", { reference: r.reference })}
                />
                <div className="grid min-w-0 gap-2">
                  <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                    <h2 className="min-w-0 text-base font-semibold text-slate-900">
                      <Link href={`/provider-referrals/${r.id}`} className={cn("rounded-sm hover:underline", focusRing)}>
                        <span className="text-indigo-700">{r.reference}</span> · {text(c.companyName)}
                      </Link>
                    </h2>
                    <Countdown expiresAt={r.expiresAt} now={now} locale={fmt.locale} timeZone={fmt.timeZone} labels={countdownLabels} />
                  </div>
                  <p className="text-sm font-medium text-slate-800">{text(p.title)}</p>
                  {text(p.customerBusinessProblem) ? (
                    <p className="line-clamp-2 text-sm text-slate-600">{String(p.customerBusinessProblem)}</p>
                  ) : null}
                  <dl className="flex flex-wrap gap-x-6 gap-y-1 text-xs">
                    {facts
                      .filter(([, v]) => v)
                      .map(([term, value]) => (
                        <div key={term} className="flex gap-1">
                          <dt className="text-slate-500">{term}:</dt>
                          <dd className="font-medium text-slate-800">{value}</dd>
                        </div>
                      ))}
                  </dl>
                  <div className="flex flex-wrap items-center justify-between gap-2 pt-1">
                    <p className="text-xs text-slate-500">
                      {t("sent", { date: instantText(r.sentAt, fmt) ?? "" })} ·{" "}
                      {r.recipient ? t("for", { name: r.recipient.name }) : t("forAnyone")}
                    </p>
                    <div className="flex gap-2">
                      <Button variant="ghost" size="sm" asChild>
                        <Link href={`/provider-referrals/${r.id}`}>{t("details")}</Link>
                      </Button>
                      <Button
                        variant="outline"
                        size="sm"
                        disabled={busy !== null}
                        onClick={() => setRejecting(r)}
                        aria-label={`${t("reject")} ${r.reference}`}
                      >
                        <X aria-hidden="true" />
                        {t("reject")}
                      </Button>
                      <Button
                        size="sm"
                        disabled={busy !== null}
                        loading={busy !== null && busy.length === 1 && busy[0] === r.id}
                        onClick={() => void runAccept([r.id])}
                        aria-label={`${t("accept")} ${r.reference}`}
                      >
                        <Check aria-hidden="true" />
                        {t("accept")}
                      </Button>
                    </div>
                  </div>
                </div>
              </Card>
            </li>
          );
        })}
      </ul>
      <p className="text-xs text-slate-500">{t("hiddenUntilAccepted")}</p>
      <RejectDialog
        referral={rejecting}
        onOpenChange={(open) => !open && setRejecting(null)}
        reject={reject}
        onDone={() => {
          setRejecting(null);
          setSelected((s) => s.filter((id) => id !== rejecting?.id));
          toast.success(t("rejected"));
          router.refresh();
        }}
      />
    </div>
  );
}
