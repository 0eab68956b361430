import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Plus, Send } from "lucide-react";
import { requireActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { listDeals, organizationLocations } from "@/lib/data/referrals";
import { applyParamUpdates } from "@/components/data-table/url";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { TabLinks } from "@/components/ui/tab-links";
import { DealTable } from "@/components/referrals/deal-table";
import { DEAL_TABS, parseListQuery, tabQuery } from "@/components/referrals/list-query";
import { setFavoriteAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("referrals"))("list.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReferralsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  if (!hasPermission(actor, "referral.view")) notFound();
  const t = await getTranslations("referrals");
  const sp = await searchParams;
  const { tab, query, table } = parseListQuery(sp);
  const fmt = { locale: actor.locale, timeZone: actor.timeZone };

  // One count per tab (open inbound deals are the ones waiting for an answer).
  const [list, ...counts] = await Promise.all([
    listDeals(actor, query),
    ...DEAL_TABS.map((tb) => listDeals(actor, { ...tabQuery(tb), pageSize: 1 }).then((r) => r.total)),
  ]);
  const base = new URLSearchParams();
  for (const [key, value] of Object.entries(sp)) if (typeof value === "string" && key !== "tab" && key !== "page") base.set(key, value);
  const tabHref = (tb: string) => `/referrals?${applyParamUpdates(base, { tab: tb })}`;

  const canCreate = hasPermission(actor, "referral.create");
  const canSend = hasPermission(actor, "referral.send");
  const locations = await organizationLocations(actor);

  return (
    <div className="grid gap-5">
      <PageHeader
        title={t("list.title")}
        description={actor.organizationKind === "PROVIDER" ? t("list.descriptionProvider") : t("list.description", { organization: actor.organizationName })}
        actions={
          canCreate || canSend ? (
            <Button asChild>
              <Link href="/referrals/new">
                {canSend ? <Send aria-hidden="true" /> : <Plus aria-hidden="true" />}
                {canSend ? t("list.send") : t("list.new")}
              </Link>
            </Button>
          ) : null
        }
      />
      <TabLinks
        label={t("list.tabs")}
        value={tab}
        items={DEAL_TABS.map((tb, i) => ({ href: tabHref(tb), value: tb, label: t(`list.tab.${tb}`), count: counts[i] }))}
      />
      <DealTable
        rows={list.rows}
        total={list.total}
        page={table.page}
        pageSize={table.pageSize}
        sort={table.sortParam}
        fmt={fmt}
        tab={tab}
        locations={locations}
        showOrganization={actor.organizationKind === "PROVIDER"}
        favoriteAction={setFavoriteAction}
      />
    </div>
  );
}

