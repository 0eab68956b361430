"use client";

import { useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { CheckCheck } from "lucide-react";
import type { ActionResult } from "@/lib/actions/run";
import { formatDateTime, formatRelative } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/styles";

export type NotificationRow = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  read: boolean;
};

/** The full list of the user's notifications, each with its kind, time, link and read state. */
export function NotificationList({
  rows,
  kindLabels,
  now,
  locale,
  timeZone,
  markRead,
  markAllRead,
  unread,
}: {
  rows: NotificationRow[];
  kindLabels: Record<string, string>;
  now: string;
  locale: string;
  timeZone: string;
  markRead: (ids: string[], read: boolean) => Promise<ActionResult<{ unread: number }>>;
  markAllRead: () => Promise<ActionResult<{ unread: number }>>;
  unread: number;
}) {
  const t = useTranslations("notifications.page");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [overrides, setOverrides] = useState<Record<string, boolean>>({});
  const isRead = (r: NotificationRow) => overrides[r.id] ?? r.read;

  const setRead = (ids: string[], read: boolean) => {
    setOverrides((o) => ({ ...o, ...Object.fromEntries(ids.map((id) => [id, read])) }));
    startTransition(async () => {
      await markRead(ids, read);
      router.refresh();
    });
  };

  return (
    <div className="grid gap-3">
      <div className="flex justify-end">
        <Button
          variant="outline"
          size="sm"
          disabled={unread === 0 || pending}
          onClick={() =>
            startTransition(async () => {
              setOverrides(Object.fromEntries(rows.map((r) => [r.id, true])));
              await markAllRead();
              router.refresh();
            })
          }
        >
          <CheckCheck aria-hidden="true" />
          {t("markAllRead")}
        </Button>
      </div>
      <Card>
        <ul className="divide-y divide-slate-100" aria-label={t("listLabel")}>
          {rows.map((r) => {
            const read = isRead(r);
            return (
              <li key={r.id} className={cn("flex gap-3 px-5 py-4", !read && "bg-indigo-50/40")} data-testid="notification" data-read={read}>
                <span aria-hidden="true" className={cn("mt-2 size-2 shrink-0 rounded-full", read ? "bg-transparent" : "bg-indigo-600")} />
                <div className="grid min-w-0 flex-1 gap-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge variant="outline">{kindLabels[r.kind] ?? r.kind}</Badge>
                    {!read ? <span className="sr-only">{t("new")}</span> : null}
                    <time
                      dateTime={r.createdAt}
                      title={formatDateTime(r.createdAt, { locale, timeZone })}
                      className="text-xs text-slate-500"
                    >
                      {formatRelative(r.createdAt, { locale, timeZone, now })}
                    </time>
                  </div>
                  <p className={cn("text-sm text-slate-900", !read && "font-semibold")}>
                    {r.link ? (
                      <Link
                        href={r.link}
                        className={cn("rounded-sm hover:underline", focusRing)}
                        onClick={() => !read && setRead([r.id], true)}
                      >
                        {r.title}
                      </Link>
                    ) : (
                      r.title
                    )}
                  </p>
                  {r.body ? <p className="text-sm whitespace-pre-line text-slate-600">{r.body}</p> : null}
                </div>
                <div className="shrink-0">
                  <Button variant="ghost" size="sm" disabled={pending} onClick={() => setRead([r.id], !read)}>
                    {read ? t("markUnread") : t("markRead")}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      </Card>
    </div>
  );
}
