"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ExternalLink } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { toast } from "@/components/ui/toaster";
import { ChannelStatusBadge, InviteeStatusBadge } from "./channel-card";
import type { Act, MyChannelItem } from "./types";

/** Channels the user is invited to: name and link once created; Join / Leave. */
export function MyChannels({ rows, join, leave }: { rows: MyChannelItem[]; join: (channelId: string) => Act<undefined>; leave: (channelId: string) => Act<undefined> }) {
  const t = useTranslations("sharing");
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (key: string, fn: () => Act<undefined>, success: string) => {
    setBusy(key);
    try {
      const result = await fn();
      if (result.ok) toast.success(success);
      else toast.error(result.error);
      router.refresh();
    } finally {
      setBusy(null);
    }
  };
  return (
    <ul className="grid gap-3" aria-label={t("channel.mineListLabel")}>
      {rows.map((c) => (
        <li key={c.channelId}>
          <Card>
            <CardContent className="flex flex-wrap items-center justify-between gap-3 pt-5">
              <div className="grid gap-1">
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold text-slate-900">{c.reference}</span>
                  {c.title ? <span className="text-sm text-slate-700">{c.title}</span> : null}
                  <ChannelStatusBadge status={c.status} />
                  <InviteeStatusBadge status={c.myStatus} />
                </span>
                {c.name && c.url ? (
                  <a href={c.url} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-1 text-sm text-indigo-700 underline underline-offset-2">
                    {t("channel.open", { name: c.name })}
                    <ExternalLink aria-hidden="true" className="size-3.5" />
                  </a>
                ) : c.name ? (
                  <span className="text-sm text-slate-700">{c.name}</span>
                ) : (
                  <span className="text-sm text-slate-500">{t("channel.notCreatedYet")}</span>
                )}
              </div>
              <span className="flex gap-2">
                {c.can.join ? (
                  <Button size="sm" loading={busy === `join:${c.channelId}`} aria-label={t("channel.joinLabel", { reference: c.reference })} onClick={() => run(`join:${c.channelId}`, () => join(c.channelId), t("channel.joinedToast"))}>
                    {t("channel.join")}
                  </Button>
                ) : null}
                {c.can.leave ? (
                  <Button
                    size="sm"
                    variant="outline"
                    loading={busy === `leave:${c.channelId}`}
                    aria-label={t("channel.leaveLabel", { reference: c.reference })}
                    onClick={() => run(`leave:${c.channelId}`, () => leave(c.channelId), t("channel.leftToast"))}
                  >
                    {t("channel.leave")}
                  </Button>
                ) : null}
              </span>
            </CardContent>
          </Card>
        </li>
      ))}
    </ul>
  );
}
