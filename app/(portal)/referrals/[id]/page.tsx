import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { dealHistory, getDeal, recentTeamMembers, registrationEligibilityOf, type DealDetail } from "@/lib/data/referrals";
import { NotFoundError } from "@/lib/errors";
import { PageHeader } from "@/components/ui/page-header";
import { TabLinks } from "@/components/ui/tab-links";
import { CoSellBadge, DealStatusBadge, DealTypeBadge } from "@/components/referrals/badges";
import { AnswerPanel, ClosedNotice, CustomerCard, DetailsCard, HistoryList, RegistrationPanel } from "@/components/referrals/deal-cards";
import type { DealActions } from "@/components/referrals/deal-actions";
import { FavoriteButton } from "@/components/referrals/favorite-button";
import { LifecycleCard } from "@/components/referrals/lifecycle-card";
import { PartnersCard, ProviderCard, SenderCard } from "@/components/referrals/provider-partners";
import { SolutionsCard, TeamCard } from "@/components/referrals/team-solutions";
import {
  acceptDealAction,
  closeAsErrorAction,
  coSellDirectoryAction,
  declineDealAction,
  inviteToDealAction,
  markLostAction,
  markStageAction,
  markWonAction,
  providerDecisionAction,
  providerMarkWonAction,
  registerDealAction,
  searchSolutionsAction,
  setFavoriteAction,
  updateDealAction,
  upgradeDealAction,
} from "../actions";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function load(id: string): Promise<DealDetail> {
  const actor = await requireActor();
  if (!hasPermission(actor, "referral.view")) notFound();
  try {
    return await getDeal(actor, id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const deal = await load((await params).id);
  return { title: `${deal.reference} · ${deal.name}` };
}

const ACTIONS: DealActions = {
  update: updateDealAction,
  accept: acceptDealAction,
  decline: declineDealAction,
  markStage: markStageAction,
  markWon: markWonAction,
  markLost: markLostAction,
  closeAsError: closeAsErrorAction,
  upgrade: upgradeDealAction,
  invite: inviteToDealAction,
  providerDecision: providerDecisionAction,
  providerMarkWon: providerMarkWonAction,
  register: registerDealAction,
  favorite: setFavoriteAction,
  searchSolutions: searchSolutionsAction,
  directory: coSellDirectoryAction,
};

export default async function DealPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const tab = (await searchParams).tab === "history" ? "history" : "overview";
  const actor = await requireActor();
  const deal = await load(id);
  const t = await getTranslations("referrals.deal");
  const fmt = { locale: actor.locale, timeZone: actor.timeZone };
  const [history, eligibility, suggestions] = await Promise.all([
    tab === "history" ? dealHistory(actor, id) : Promise.resolve([]),
    deal.status === "WON" && deal.abilities.partner ? registrationEligibilityOf(actor, id) : Promise.resolve(null),
    deal.abilities.edit || deal.abilities.accept ? recentTeamMembers(actor) : Promise.resolve([]),
  ]);

  return (
    <div className="grid gap-5">
      <PageHeader
        breadcrumbs={[{ label: t("breadcrumb"), href: "/referrals" }, { label: deal.reference }]}
        title={deal.name}
        description={t("subtitle", { reference: deal.reference, customer: deal.customer.name, organization: deal.organization.name })}
        meta={
          <div className="flex flex-wrap items-center gap-2">
            <DealTypeBadge dealType={deal.dealType} />
            <DealStatusBadge status={deal.status} percent={deal.percent} />
            {deal.provider.coSellRequestState ? <CoSellBadge state={deal.provider.coSellRequestState} /> : null}
          </div>
        }
        actions={<FavoriteButton dealId={deal.id} dealName={deal.name} favorite={deal.favorite} action={setFavoriteAction} size="icon" />}
      />
      <AnswerPanel deal={deal} actions={ACTIONS} fmt={fmt} me={suggestions[0] ?? null} />
      <ClosedNotice deal={deal} fmt={fmt} />
      <TabLinks
        label={t("sections")}
        value={tab}
        items={[
          { href: `/referrals/${deal.id}`, value: "overview", label: t("overview") },
          { href: `/referrals/${deal.id}?tab=history`, value: "history", label: t("history") },
        ]}
      />
      {tab === "history" ? (
        <HistoryList items={history} fmt={fmt} />
      ) : (
        <div className="grid gap-5">
          {deal.status !== "RECEIVED" ? <LifecycleCard deal={deal} actions={ACTIONS} /> : null}
          <RegistrationPanel deal={deal} eligibility={eligibility} actions={ACTIONS} fmt={fmt} />
          <div className="grid gap-5 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
            <div className="grid min-w-0 content-start gap-5">
              <DetailsCard deal={deal} actions={ACTIONS} fmt={fmt} />
              <CustomerCard deal={deal} />
            </div>
            <div className="grid min-w-0 content-start gap-5">
              <ProviderCard deal={deal} actions={ACTIONS} fmt={fmt} />
              <SenderCard deal={deal} />
              <PartnersCard deal={deal} actions={ACTIONS} fmt={fmt} />
              <TeamCard deal={deal} actions={ACTIONS} suggestions={suggestions} />
              <SolutionsCard deal={deal} actions={ACTIONS} />
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
