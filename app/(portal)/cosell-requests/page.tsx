import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Send } from "lucide-react";
import { requireActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { coSellRequests } from "@/lib/data/referrals";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { TabLinks } from "@/components/ui/tab-links";
import { CoSellQueue } from "@/components/referrals/cosell-queue";
import { providerDecisionAction } from "../referrals/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("referrals"))("queue.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The provider seller's queue of co-sell help requests (§4.4). */
export default async function CoSellRequestsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  if (!hasPermission(actor, "referral.providerDecision")) notFound();
  const view = (await searchParams).view === "joined" ? "joined" : "pending";
  const t = await getTranslations("referrals.queue");
  const [rows, pendingCount] = await Promise.all([
    coSellRequests(actor, { view }),
    view === "pending" ? Promise.resolve(null) : coSellRequests(actor, { view: "pending" }).then((r) => r.length),
  ]);
  return (
    <div className="grid gap-5">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          hasPermission(actor, "referral.send") ? (
            <Button asChild>
              <Link href="/referrals/new">
                <Send aria-hidden="true" />
                {t("send")}
              </Link>
            </Button>
          ) : null
        }
      />
      <TabLinks
        label={t("tabs")}
        value={view}
        items={[
          { href: "/cosell-requests", value: "pending", label: t("pending"), count: pendingCount ?? rows.length },
          { href: "/cosell-requests?view=joined", value: "joined", label: t("joined") },
        ]}
      />
      <CoSellQueue rows={rows} fmt={{ locale: actor.locale, timeZone: actor.timeZone }} decide={providerDecisionAction} pending={view === "pending"} />
    </div>
  );
}
