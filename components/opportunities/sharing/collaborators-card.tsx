"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Users } from "lucide-react";
import { formatDate } from "@/lib/format/date";
import type { ShareStatus } from "@/lib/domain/opportunity";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { toast } from "@/components/ui/toaster";
import { ShareDialog } from "./share-dialog";
import type { Act, Fmt, SharePanelView } from "./types";

const VARIANT: Record<ShareStatus, BadgeVariant> = { PENDING: "warning", ACCEPTED: "success", REJECTED: "danger", WITHDRAWN: "neutral" };

export function ShareStatusBadge({ status }: { status: ShareStatus }) {
  const t = useTranslations("sharing");
  return (
    <Badge variant={VARIANT[status]} dot>
      {t(`status.${status}`)}
    </Badge>
  );
}

type Props = {
  opportunityId: string;
  panel: SharePanelView;
  fmt: Fmt;
  share: (opportunityId: string, input: unknown) => Act<number>;
  withdraw: (invitationId: string) => Act<undefined>;
};

/** The sender side of §2.9: who the opportunity is shared with, Share, Withdraw (pending). */
export function CollaboratorsCard({ opportunityId, panel, fmt, share, withdraw }: Props) {
  const t = useTranslations("sharing");
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const date = (iso: string) => formatDate(iso, { locale: fmt.locale, timeZone: fmt.timeZone });

  const onWithdraw = async (invitationId: string, organization: string) => {
    setBusy(invitationId);
    try {
      const result = await withdraw(invitationId);
      if (result.ok) {
        toast.success(t("collaborators.withdrawn", { organization }));
        router.refresh();
      } else {
        toast.error(result.error);
        if (result.code === "stale" || result.code === "conflict") router.refresh();
      }
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card aria-labelledby="collaborators-title">
      <CardHeader>
        <CardTitle id="collaborators-title">{t("collaborators.title")}</CardTitle>
        <CardDescription>
          {t("collaborators.description", { max: 9 })} {t("collaborators.remaining", { count: panel.remaining })}
        </CardDescription>
        {panel.canShare && panel.remaining > 0 ? (
          <CardAction>
            <ShareDialog opportunityId={opportunityId} panel={panel} share={share} />
          </CardAction>
        ) : null}
      </CardHeader>
      <CardContent>
        {panel.collaborators.length === 0 ? (
          <p className="flex items-center gap-2 text-sm text-slate-600">
            <Users aria-hidden="true" className="size-4" />
            {t("collaborators.empty")}
          </p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label={t("collaborators.listLabel")}>
            {panel.collaborators.map((c) => (
              <li key={c.invitationId} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div className="grid gap-1">
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="font-medium text-slate-900">{c.organization.name}</span>
                    <ShareStatusBadge status={c.status} />
                  </span>
                  <span className="text-xs text-slate-600">
                    {t("collaborators.invitedBy", { name: c.invitedBy.name, date: date(c.invitedAt) })}
                    {c.answeredAt ? ` · ${t("collaborators.answeredAt", { date: date(c.answeredAt) })}` : ""}
                  </span>
                  <span className="text-xs text-slate-500">{t("collaborators.fields", { fields: c.fields.map((g) => t(`groups.${g}`)).join("; ") })}</span>
                </div>
                {c.canWithdraw ? (
                  <Button
                    variant="outline"
                    size="sm"
                    loading={busy === c.invitationId}
                    aria-label={t("collaborators.withdrawLabel", { organization: c.organization.name })}
                    onClick={() => onWithdraw(c.invitationId, c.organization.name)}
                  >
                    {t("collaborators.withdraw")}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
