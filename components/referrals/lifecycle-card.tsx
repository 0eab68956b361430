"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Trophy } from "lucide-react";
import { DEAL_STATUS_LABELS, MARKABLE_ASSESSMENT_STAGES, MARKABLE_SALES_STAGES, STAGE_PERCENT, type DealStatus } from "@/lib/domain/referral";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import { Select } from "@/components/ui/select";
import { Stepper, type Step } from "@/components/ui/stepper";
import { CloseAsErrorDialog, LostDialog } from "./deal-dialogs";
import type { DealActions } from "./deal-actions";
import { useDealAction } from "./use-deal-action";
import type { DealView } from "./types";

/** The stages of the deal's lifecycle with their percentages (§4.3, §5). */
function stagesOf(deal: DealView): DealStatus[] {
  const entry: DealStatus = deal.direction === "INBOUND" ? "ACCEPTED" : "CREATED";
  const middle = deal.dealType === "SOLUTION_ASSESSMENT" ? MARKABLE_ASSESSMENT_STAGES : MARKABLE_SALES_STAGES;
  return [entry, ...middle, "WON"];
}

const label = (status: DealStatus) => `${DEAL_STATUS_LABELS[status]} · ${STAGE_PERCENT[status] ?? 0} %`;

/**
 * The lifecycle view: a stepper of the stages with their completion percentages, and the
 * transitions the actor may fire now. Solution assessments mark each stage in order and
 * "Mark won" stays disabled until all four are marked.
 */
export function LifecycleCard({ deal, actions }: { deal: DealView; actions: DealActions }) {
  const t = useTranslations("referrals.lifecycle");
  const a = deal.abilities;
  const stages = stagesOf(deal);
  const index = stages.indexOf(deal.status);
  const terminalOff = ["LOST", "DECLINED", "EXPIRED", "ERROR", "RECEIVED"].includes(deal.status);
  const steps: Step[] = stages.map((s, i) => ({
    id: s,
    label: label(s),
    state: terminalOff ? "upcoming" : index === -1 ? "upcoming" : i < index || (s === "WON" && deal.status === "WON") ? "done" : i === index ? "current" : "upcoming",
  }));
  const { run, pending } = useDealAction({ success: t("saved") });
  const [stage, setStage] = useState<string>(a.markStages[0] ?? "");
  const selected = a.markStages.includes(stage as DealStatus) ? stage : (a.markStages[0] ?? "");
  const assessment = deal.dealType === "SOLUTION_ASSESSMENT";
  const anyAction = a.markStages.length > 0 || a.markWon || a.markWonBlockedReason || a.markLost || a.closeAsError;
  return (
    <Card data-testid="lifecycle">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{assessment ? t("assessmentHint") : t("salesHint")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        <Progress value={deal.percent ?? 0} label={t("progress")} valueText={`${deal.percent ?? 0} %`} showValue tone={deal.status === "WON" ? "success" : deal.status === "LOST" ? "danger" : "accent"} />
        <div className="overflow-x-auto pb-1">
          <Stepper steps={steps} label={t("stages")} stateLabels={{ done: t("done"), upcoming: t("upcoming") }} />
        </div>
        {deal.abilities.partner && anyAction ? (
          <div className="flex flex-wrap items-end gap-2 border-t border-slate-100 pt-4">
            {a.markStages.length > 0 ? (
              assessment ? (
                <Button variant="outline" loading={pending} onClick={() => void run(() => actions.markStage(deal.id, { stage: a.markStages[0] }))} data-testid="mark-next-stage">
                  {t("markStage", { stage: DEAL_STATUS_LABELS[a.markStages[0]] })}
                </Button>
              ) : (
                <div className="flex items-end gap-2">
                  <div className="grid gap-1">
                    <label htmlFor="stage-select" className="text-xs font-medium text-slate-600">
                      {t("nextStage")}
                    </label>
                    <Select id="stage-select" value={selected} onChange={(e) => setStage(e.target.value)} options={a.markStages.map((s) => ({ value: s, label: label(s) }))} />
                  </div>
                  <Button variant="outline" loading={pending} onClick={() => void run(() => actions.markStage(deal.id, { stage: selected }))} data-testid="mark-stage">
                    {t("mark")}
                  </Button>
                </div>
              )
            ) : null}
            {a.markWon || a.markWonBlockedReason ? (
              <Button
                disabled={!a.markWon}
                loading={pending}
                onClick={() => void run(() => actions.markWon(deal.id))}
                aria-describedby={a.markWonBlockedReason ? "won-blocked" : undefined}
                data-testid="mark-won"
              >
                <Trophy aria-hidden="true" />
                {t("markWon")}
              </Button>
            ) : null}
            {a.markLost ? <LostDialog deal={deal} action={actions.markLost} /> : null}
            {a.closeAsError ? <CloseAsErrorDialog deal={deal} action={actions.closeAsError} /> : null}
            {a.markWonBlockedReason ? (
              <p id="won-blocked" className="basis-full text-xs text-slate-600">
                {a.markWonBlockedReason}
              </p>
            ) : null}
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
