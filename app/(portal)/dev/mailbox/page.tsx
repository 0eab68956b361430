import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Inbox } from "lucide-react";
import { requireActor } from "@/lib/auth";
import { listMailbox, mailboxAvailable } from "@/lib/data/notifications";
import { formatDateTime } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { TabLinks } from "@/components/ui/tab-links";

export const metadata: Metadata = { title: "Development mailbox" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const STATUS_VARIANT = { PENDING: "warning", SENT: "success", FAILED: "danger" } as const;

/**
 * The development mailbox: every email the portal would have sent, while SMTP is not
 * configured (in development for everyone; in production for provider admins only).
 */
export default async function MailboxPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  if (!mailboxAvailable(actor)) notFound();
  const t = await getTranslations("notifications.mailbox");
  const sp = await searchParams;
  const mine = first(sp.all) !== "1";
  const q = first(sp.q)?.trim() || undefined;
  const page = Math.max(1, Number(first(sp.page)) || 1);
  const list = await listMailbox(actor, { page, pageSize: 25, q, mine });
  const pageCount = Math.max(1, Math.ceil(list.total / list.pageSize));
  const href = (over: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    const merged = { all: mine ? undefined : "1", q, ...over };
    for (const [k, v] of Object.entries(merged)) if (v) params.set(k, v);
    const s = params.toString();
    return s ? `/dev/mailbox?${s}` : "/dev/mailbox";
  };
  return (
    <div className="grid max-w-5xl gap-5">
      <PageHeader title={t("title")} description={t("description")} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <TabLinks
          label={t("title")}
          value={mine ? "mine" : "all"}
          items={[
            { href: href({ all: undefined, page: undefined }), label: t("mine"), value: "mine" },
            { href: href({ all: "1", page: undefined }), label: t("everyone"), value: "all" },
          ]}
        />
        <form action="/dev/mailbox" className="flex gap-2">
          {mine ? null : <input type="hidden" name="all" value="1" />}
          <Input name="q" defaultValue={q} placeholder={t("search")} aria-label={t("search")} className="w-72" />
        </form>
      </div>
      {list.rows.length === 0 ? (
        <Card>
          <EmptyState icon={Inbox} title={t("emptyTitle")} description={t("emptyBody")} />
        </Card>
      ) : (
        <Card className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("to")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("subject")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("status")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("created")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.rows.map((m) => (
                <tr key={m.id} className="hover:bg-slate-50">
                  <td className="px-4 py-2.5 whitespace-nowrap">
                    <span className="font-medium text-slate-900">{m.toName ?? m.to}</span>
                    {m.toName ? <span className="block text-xs text-slate-500">{m.to}</span> : null}
                  </td>
                  <th scope="row" className="px-4 py-2.5 font-normal">
                    <Link href={`/dev/mailbox/${m.id}`} className="font-medium text-indigo-700 hover:underline">
                      {m.subject}
                    </Link>
                  </th>
                  <td className="px-4 py-2.5">
                    <Badge variant={STATUS_VARIANT[m.status]} dot>
                      {t(`statuses.${m.status === "SENT" && m.transport === "MAILBOX" ? "MAILBOX" : m.status}`)}
                    </Badge>
                  </td>
                  <td className="px-4 py-2.5 whitespace-nowrap text-slate-600">
                    {formatDateTime(m.createdAt, { locale: actor.locale, timeZone: actor.timeZone })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      {pageCount > 1 ? <Pagination page={page} pageCount={pageCount} getHref={(p) => href({ page: String(p) })} /> : null}
    </div>
  );
}
