import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Inbox, MessagesSquare, Share2 } from "lucide-react";
import { requireActor } from "@/lib/auth";
import { listMyChannels, listShareInvitations, listSharedWithMe } from "@/lib/data/opportunities";
import { formatDate } from "@/lib/format/date";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { TabLinks } from "@/components/ui/tab-links";
import { StageBadge } from "@/components/opportunities/badges";
import { InvitationList } from "@/components/opportunities/sharing/invitation-list";
import { MyChannels } from "@/components/opportunities/sharing/my-channels";
import { acceptShareAction, joinChannelAction, leaveChannelAction, rejectShareAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sharing"))("page.title") };
}

const TABS = ["invitations", "shared", "channels"] as const;
type Tab = (typeof TABS)[number];
type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const PAGE_SIZE = 20;

/**
 * Multi-partner opportunities (domain.md §2.9): invitations received by the organisation,
 * the opportunities shared with it, and the collaboration channels the user is invited to.
 * Partner users with an ACE role only.
 */
export default async function SharedPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  if (actor.organizationKind !== "PARTNER" || !actor.aceRole) notFound();
  const t = await getTranslations("sharing");
  const sp = await searchParams;
  const rawTab = first(sp.tab);
  const tab: Tab = (TABS as readonly string[]).includes(rawTab ?? "") ? (rawTab as Tab) : "invitations";
  const page = Math.max(1, Math.min(100_000, Number(first(sp.page)) || 1));
  const fmt = { locale: actor.locale, timeZone: actor.timeZone };
  const href = (key: Tab, p = 1) => `/shared?tab=${key}${p > 1 ? `&page=${p}` : ""}`;
  const label: Record<Tab, string> = { invitations: t("page.invitations"), shared: t("page.sharedWithUs"), channels: t("page.channels") };

  let body: React.ReactNode;
  let total = 0;
  if (tab === "invitations") {
    const list = await listShareInvitations(actor, { page, pageSize: PAGE_SIZE });
    total = list.total;
    body =
      list.total === 0 ? (
        <Card>
          <EmptyState icon={Inbox} title={t("invitations.emptyTitle")} description={t("invitations.emptyBody")} />
        </Card>
      ) : (
        <InvitationList rows={list.rows} fmt={fmt} accept={acceptShareAction} reject={rejectShareAction} />
      );
  } else if (tab === "shared") {
    const list = await listSharedWithMe(actor, { page, pageSize: PAGE_SIZE });
    total = list.total;
    body =
      list.total === 0 ? (
        <Card>
          <EmptyState icon={Share2} title={t("shared.emptyTitle")} description={t("shared.emptyBody")} />
        </Card>
      ) : (
        <Card className="overflow-x-auto">
          <table className="w-full text-sm" aria-label={t("shared.tableLabel")}>
            <thead className="border-b border-slate-200 text-left text-xs text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">{t("shared.reference")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("shared.title")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("shared.customer")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("shared.stage")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("shared.sharedBy")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("shared.acceptedAt")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.rows.map((r) => (
                <tr key={r.id}>
                  <td className="px-4 py-2">
                    <Link href={`/shared/${r.id}`} className="font-medium text-indigo-700 underline-offset-2 hover:underline">
                      {r.reference}
                    </Link>
                  </td>
                  <td className="px-4 py-2">{r.title ?? <span className="text-slate-400">{t("shared.notShared")}</span>}</td>
                  <td className="px-4 py-2">{r.customerName ?? <span className="text-slate-400">{t("shared.notShared")}</span>}</td>
                  <td className="px-4 py-2">{r.stage ? <StageBadge stage={r.stage} /> : <span className="text-slate-400">{t("shared.notShared")}</span>}</td>
                  <td className="px-4 py-2">{r.invitingOrganization.name}</td>
                  <td className="px-4 py-2">{formatDate(r.acceptedAt, { locale: fmt.locale, timeZone: fmt.timeZone })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      );
  } else {
    const list = await listMyChannels(actor, { page, pageSize: PAGE_SIZE });
    total = list.total;
    body =
      list.total === 0 ? (
        <Card>
          <EmptyState icon={MessagesSquare} title={t("channel.mineEmptyTitle")} description={t("channel.mineEmptyBody")} />
        </Card>
      ) : (
        <MyChannels rows={list.rows} join={joinChannelAction} leave={leaveChannelAction} />
      );
  }
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <div className="grid gap-5">
      <PageHeader title={t("page.title")} description={t("page.description", { organization: actor.organizationName })} />
      <TabLinks label={t("page.tabs")} value={tab} items={TABS.map((key) => ({ value: key, href: href(key), label: label[key] }))} />
      {body}
      {pageCount > 1 ? <Pagination page={page} pageCount={pageCount} getHref={(p) => href(tab, p)} /> : null}
    </div>
  );
}
