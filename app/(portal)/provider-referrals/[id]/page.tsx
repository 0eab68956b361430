import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { getInvitation, type InvitationView } from "@/lib/data/provider-referrals";
import { NotFoundError } from "@/lib/errors";
import { PageHeader } from "@/components/ui/page-header";
import { ReferralAnswerBar } from "@/components/provider-referrals/answer-bar";
import { Countdown } from "@/components/provider-referrals/countdown";
import { PreAcceptanceDetails } from "@/components/provider-referrals/pre-acceptance-details";
import { SentReferralDetails } from "@/components/provider-referrals/sent-details";
import { acceptReferralsAction, rejectReferralAction } from "../actions";

type Params = Promise<{ id: string }>;

async function load(id: string): Promise<InvitationView> {
  const actor = await requireActor();
  try {
    return await getInvitation(actor, id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const view = await load((await params).id);
  const name = view.audience === "PARTNER" ? String(view.opportunity.customer?.companyName ?? "") : view.customerName;
  return { title: `${view.reference} · ${name}` };
}

/**
 * One referral. A partner (before answering) sees the pre-acceptance fields, the countdown and
 * Accept / Reject; once answered or expired it is not found for them. The seller who sent it
 * sees everything and its live status.
 */
export default async function ProviderReferralPage({ params }: { params: Params }) {
  const actor = await requireActor();
  const view = await load((await params).id);
  const t = await getTranslations("providerReferrals");
  const fmt = { locale: actor.locale, timeZone: actor.timeZone };
  const crumbs = [
    { label: view.audience === "PARTNER" ? t("pending.title") : t("sent.title"), href: "/provider-referrals" },
    { label: view.reference },
  ];

  if (view.audience === "PARTNER") {
    const name = String(view.opportunity.customer?.companyName ?? "");
    return (
      <div className="grid max-w-5xl gap-5">
        <PageHeader
          breadcrumbs={crumbs}
          title={`${view.reference} · ${name}`}
          description={String(view.opportunity.project?.title ?? "")}
          meta={
            <Countdown
              expiresAt={view.expiresAt}
              now={new Date().toISOString()}
              locale={fmt.locale}
              timeZone={fmt.timeZone}
              labels={{
                left: t("countdown.left", { duration: "{duration}" }),
                expired: t("countdown.expired"),
                expiresAt: t("countdown.expiresAt", { date: "{date}" }),
              }}
            />
          }
          actions={
            <ReferralAnswerBar
              referral={{ id: view.id, reference: view.reference }}
              accept={acceptReferralsAction}
              reject={rejectReferralAction}
            />
          }
        />
        <PreAcceptanceDetails view={view.opportunity} fmt={fmt} />
        <p className="text-xs text-slate-500">{t("pending.hiddenUntilAccepted")}</p>
      </div>
    );
  }
  return (
    <div className="grid max-w-5xl gap-5">
      <PageHeader breadcrumbs={crumbs} title={`${view.reference} · ${view.customerName}`} description={view.title} />
      <SentReferralDetails referral={view} fmt={fmt} />
    </div>
  );
}
