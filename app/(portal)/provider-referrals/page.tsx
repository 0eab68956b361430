import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Inbox, Send } from "lucide-react";
import { requireActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { listPendingReferrals, listSentReferrals } from "@/lib/data/provider-referrals";
import { INVITATION_STATUSES, type InvitationStatus } from "@/lib/domain/provider-referral";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PendingReferralList } from "@/components/provider-referrals/pending-list";
import { SentReferralTable } from "@/components/provider-referrals/sent-table";
import { countryText } from "@/components/provider-referrals/format";
import { acceptReferralsAction, rejectReferralAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const actor = await requireActor();
  const t = await getTranslations("providerReferrals");
  return { title: actor.organizationKind === "PROVIDER" ? t("sent.title") : t("pending.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * Partners (ALLIANCE_LEAD: all of the organisation's; a named recipient: theirs): "Pending
 * acceptance". Provider sellers: "Sent referrals". Everyone else: not found.
 */
export default async function ProviderReferralsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  const t = await getTranslations("providerReferrals");
  const fmt = { locale: actor.locale, timeZone: actor.timeZone };
  const now = new Date();

  if (actor.organizationKind === "PARTNER" && actor.aceRole) {
    const referrals = await listPendingReferrals(actor, now);
    const countryNames = Object.fromEntries(
      [...new Set(referrals.map((r) => r.opportunity.customer?.countryCode).filter((c): c is string => typeof c === "string"))].map(
        (code) => [code, countryText(code, actor.locale) ?? code],
      ),
    );
    return (
      <div className="grid gap-5">
        <PageHeader
          title={t("pending.title")}
          description={
            actor.aceRole === "ALLIANCE_LEAD"
              ? t("pending.descriptionLead", { organization: actor.organizationName })
              : t("pending.descriptionRecipient")
          }
        />
        {referrals.length === 0 ? (
          <Card>
            <EmptyState icon={Inbox} title={t("pending.emptyTitle")} description={t("pending.emptyBody")} />
          </Card>
        ) : (
          <PendingReferralList
            referrals={referrals}
            countryNames={countryNames}
            now={now.toISOString()}
            fmt={fmt}
            accept={acceptReferralsAction}
            reject={rejectReferralAction}
          />
        )}
      </div>
    );
  }

  if (!hasPermission(actor, "providerReferral.send")) notFound();
  const sp = await searchParams;
  const status = first(sp.status);
  const q = first(sp.q)?.trim() || undefined;
  const page = Math.max(1, Number(first(sp.page)) || 1);
  const pageSize = [10, 25, 50, 100].includes(Number(first(sp.pageSize))) ? Number(first(sp.pageSize)) : 25;
  const filter = INVITATION_STATUSES.includes(status as InvitationStatus) ? (status as InvitationStatus) : undefined;
  const list = await listSentReferrals(actor, { page, pageSize, status: filter, q }, now);
  const newButton = (
    <Button asChild>
      <Link href="/provider-referrals/new">
        <Send aria-hidden="true" />
        {t("sent.new")}
      </Link>
    </Button>
  );
  return (
    <div className="grid gap-5">
      <PageHeader title={t("sent.title")} description={t("sent.description")} actions={newButton} />
      {list.total === 0 && !filter && !q && page === 1 ? (
        <Card>
          <EmptyState icon={Send} title={t("sent.emptyTitle")} description={t("sent.emptyBody")} action={newButton} />
        </Card>
      ) : (
        <SentReferralTable rows={list.rows} total={list.total} page={list.page} pageSize={list.pageSize} fmt={fmt} />
      )}
    </div>
  );
}
