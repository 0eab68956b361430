"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/format/date";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { toast } from "@/components/ui/toaster";
import { ShareStatusBadge } from "./collaborators-card";
import type { Act, Fmt, ReceivedInvitationItem } from "./types";

type Props = {
  rows: ReceivedInvitationItem[];
  fmt: Fmt;
  accept: (id: string, version: number) => Act<{ opportunityId: string; reference: string }>;
  reject: (id: string, version: number) => Act<undefined>;
};

/** Invitations received by the organisation (§2.9): message, offered fields; Accept / Reject for leads and managers. */
export function InvitationList({ rows, fmt, accept, reject }: Props) {
  const t = useTranslations("sharing");
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const date = (iso: string) => formatDate(iso, { locale: fmt.locale, timeZone: fmt.timeZone });

  const answer = async (row: ReceivedInvitationItem, kind: "accept" | "reject") => {
    setBusy(`${kind}:${row.id}`);
    try {
      const result = kind === "accept" ? await accept(row.id, row.version) : await reject(row.id, row.version);
      if (result.ok) {
        toast.success(kind === "accept" ? t("invitations.accepted", { reference: row.reference }) : t("invitations.rejected"));
      } else toast.error(result.error);
      router.refresh();
    } finally {
      setBusy(null);
    }
  };

  return (
    <ul className="grid gap-3" aria-label={t("invitations.listLabel")}>
      {rows.map((row) => (
        <li key={row.id}>
          <Card>
            <CardContent className="grid gap-2 pt-5">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold text-slate-900">{row.reference}</span>
                  <span className="text-sm text-slate-600">{t("invitations.from", { organization: row.invitingOrganization.name })}</span>
                  <ShareStatusBadge status={row.status} />
                </span>
                <span className="flex gap-2">
                  {row.status === "ACCEPTED" ? (
                    <Button asChild size="sm" variant="outline">
                      <Link href={`/shared/${row.opportunityId}`}>{t("invitations.open")}</Link>
                    </Button>
                  ) : null}
                  {row.can.accept ? (
                    <Button
                      size="sm"
                      loading={busy === `accept:${row.id}`}
                      disabled={busy !== null}
                      aria-label={t("invitations.acceptLabel", { reference: row.reference, organization: row.invitingOrganization.name })}
                      onClick={() => answer(row, "accept")}
                    >
                      {t("invitations.accept")}
                    </Button>
                  ) : null}
                  {row.can.reject ? (
                    <Button
                      size="sm"
                      variant="outline"
                      loading={busy === `reject:${row.id}`}
                      disabled={busy !== null}
                      aria-label={t("invitations.rejectLabel", { reference: row.reference, organization: row.invitingOrganization.name })}
                      onClick={() => answer(row, "reject")}
                    >
                      {t("invitations.reject")}
                    </Button>
                  ) : null}
                </span>
              </div>
              <blockquote className="border-l-2 border-slate-200 pl-3 text-sm whitespace-pre-line text-slate-800">{row.message}</blockquote>
              <p className="text-xs text-slate-600">
                {t("invitations.invitedBy", { name: row.invitedBy.name, date: date(row.invitedAt) })}
                {row.answeredBy && row.answeredAt ? ` · ${t("invitations.answered", { name: row.answeredBy.name, date: date(row.answeredAt) })}` : ""}
              </p>
              <p className="text-xs text-slate-500">{t("invitations.fields", { fields: row.fields.map((g) => t(`groups.${g}`)).join("; ") })}</p>
              {row.status === "PENDING" && !row.can.accept ? <p className="text-xs text-slate-500">{t("invitations.onlyLead")}</p> : null}
            </CardContent>
          </Card>
        </li>
      ))}
    </ul>
  );
}
