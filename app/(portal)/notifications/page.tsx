import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BellOff, Mail, Settings } from "lucide-react";
import { requireActor } from "@/lib/auth";
import { listNotifications, mailboxAvailable } from "@/lib/data/notifications";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { TabLinks } from "@/components/ui/tab-links";
import { NotificationList } from "@/components/notifications/notification-list";
import { markAllNotificationsReadAction, markNotificationsReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("page.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  const t = await getTranslations("notifications");
  const sp = await searchParams;
  const unreadOnly = first(sp.filter) === "unread";
  const page = Math.max(1, Number(first(sp.page)) || 1);
  const list = await listNotifications(actor, { page, pageSize: 25, unreadOnly });
  const pageCount = Math.max(1, Math.ceil(list.total / list.pageSize));
  const kindLabels = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, t(`kinds.${k}`)]));
  const base = unreadOnly ? "/notifications?filter=unread" : "/notifications";
  return (
    <div className="grid max-w-4xl gap-5">
      <PageHeader
        title={t("page.title")}
        description={t("page.description")}
        actions={
          <>
            {mailboxAvailable(actor) ? (
              <Button variant="outline" asChild>
                <Link href="/dev/mailbox">
                  <Mail aria-hidden="true" />
                  {t("page.mailbox")}
                </Link>
              </Button>
            ) : null}
            <Button variant="outline" asChild>
              <Link href="/settings/notifications">
                <Settings aria-hidden="true" />
                {t("page.settings")}
              </Link>
            </Button>
          </>
        }
      />
      <TabLinks
        label={t("page.title")}
        value={unreadOnly ? "unread" : "all"}
        items={[
          { href: "/notifications", label: t("page.all"), value: "all" },
          { href: "/notifications?filter=unread", label: t("page.unread", { count: list.unread }), value: "unread" },
        ]}
      />
      {list.rows.length === 0 ? (
        <Card>
          <EmptyState icon={BellOff} title={t("page.emptyTitle")} description={unreadOnly ? t("page.emptyUnread") : t("page.emptyBody")} />
        </Card>
      ) : (
        <NotificationList
          rows={list.rows}
          kindLabels={kindLabels}
          now={new Date().toISOString()}
          locale={actor.locale}
          timeZone={actor.timeZone}
          unread={list.unread}
          markRead={markNotificationsReadAction}
          markAllRead={markAllNotificationsReadAction}
        />
      )}
      {pageCount > 1 ? (
        <Pagination page={page} pageCount={pageCount} getHref={(p) => `${base}${base.includes("?") ? "&" : "?"}page=${p}`} />
      ) : null}
    </div>
  );
}
