import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { getOpportunity } from "@/lib/data/opportunities";
import type { Actor } from "@/lib/domain/actor";
import { NotFoundError } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ReviewStatusBadge, StageBadge } from "@/components/opportunities/badges";
import { AdditionalDetailsSection, ContactsSection, CustomerSection, ProjectSection } from "@/components/opportunities/field-sections";
import { instant } from "@/components/opportunities/format";
import { NextStepList } from "@/components/opportunities/next-step-list";
import { ReviewCallout } from "@/components/opportunities/review-callout";
import { ReviewComments } from "@/components/opportunities/review-comments";
import { ReviewDecisionPanel } from "@/components/opportunities/review-decision-panel";
import { reviewOpportunityAction } from "../actions";

type Params = Promise<{ id: string }>;

/** Validators only; anything they may not see (drafts, unknown ids) is the 404 page. */
const load = cache(async (actor: Actor, id: string) => {
  if (!hasPermission(actor, "opportunity.review")) notFound();
  try {
    return await getOpportunity(actor, id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await requireActor();
  const { id } = await params;
  const detail = await load(actor, id);
  const t = await getTranslations("opportunities");
  return { title: t("review.screenTitle", { reference: detail.reference }) };
}

export default async function ReviewPage({ params }: { params: Params }) {
  const actor = await requireActor();
  const { id } = await params;
  const detail = await load(actor, id);
  const t = await getTranslations("opportunities");
  const fmt = { locale: actor.locale, timeZone: actor.timeZone };

  return (
    <div className="grid gap-5">
      <PageHeader
        className="pb-0"
        breadcrumbs={[{ label: t("review.queueTitle"), href: "/review" }, { label: detail.reference }]}
        breadcrumbLabel={t("detail.breadcrumb")}
        title={detail.title || detail.customerName || detail.reference}
        meta={
          <span className="flex flex-wrap items-center gap-2">
            <ReviewStatusBadge status={detail.status} />
            <StageBadge stage={detail.stage} />
          </span>
        }
        description={
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="font-semibold text-slate-700">{detail.reference}</span>
            <span aria-hidden="true">·</span>
            <span>{t("review.partnerValue", { partner: detail.organization.name })}</span>
            <span aria-hidden="true">·</span>
            <span>{t("detail.customer", { customer: detail.customerName || t("detail.noCustomer") })}</span>
            {detail.submittedAt ? (
              <>
                <span aria-hidden="true">·</span>
                <span>{t("review.submittedAt", { at: instant(detail.submittedAt, fmt) ?? "" })}</span>
              </>
            ) : null}
          </span>
        }
        actions={
          <Button variant="outline" asChild>
            <Link href="/review">{t("review.backToQueue")}</Link>
          </Button>
        }
      />
      <ReviewCallout opportunity={detail} fmt={fmt} audience="validator" />
      <div className="grid items-start gap-5 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="grid min-w-0 gap-5">
          <CustomerSection opportunity={detail} fmt={fmt} />
          <ProjectSection opportunity={detail} fmt={fmt} />
          <ContactsSection opportunity={detail} fmt={fmt} />
          <AdditionalDetailsSection opportunity={detail} fmt={fmt} />
          {detail.nextSteps.length ? (
            <Card>
              <CardHeader>
                <CardTitle>{t("nextSteps.title")}</CardTitle>
              </CardHeader>
              <CardContent>
                <NextStepList steps={detail.nextSteps} fmt={fmt} />
              </CardContent>
            </Card>
          ) : null}
        </div>
        <aside className="grid gap-5 xl:sticky xl:top-20" aria-label={t("decision.asideLabel")}>
          <Card className="border-indigo-200">
            <CardHeader>
              <CardTitle>{t("decision.title")}</CardTitle>
              <CardDescription>{t("decision.description")}</CardDescription>
            </CardHeader>
            <CardContent>
              <ReviewDecisionPanel
                opportunity={{ id: detail.id, reference: detail.reference, status: detail.status }}
                events={detail.can.reviewEvents}
                review={reviewOpportunityAction}
              />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("reviewComments.title")}</CardTitle>
            </CardHeader>
            <CardContent>
              <ReviewComments comments={detail.reviewComments} fmt={fmt} />
            </CardContent>
          </Card>
        </aside>
      </div>
    </div>
  );
}
