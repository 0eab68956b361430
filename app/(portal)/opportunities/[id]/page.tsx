import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { MAX_PROVIDER_TEAM, eligibleAssignees, getOpportunity, opportunityHistory, type AssigneeOption } from "@/lib/data/opportunities";
import type { Actor } from "@/lib/domain/actor";
import { NotFoundError } from "@/lib/errors";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TabLinks } from "@/components/ui/tab-links";
import { ReviewStatusBadge, StageBadge } from "@/components/opportunities/badges";
import { AdditionalDetailsSection, ContactsSection, CustomerSection, ProjectSection } from "@/components/opportunities/field-sections";
import { HistoryList } from "@/components/opportunities/history-list";
import { NextStepForm } from "@/components/opportunities/next-step-form";
import { NextStepList } from "@/components/opportunities/next-step-list";
import { OpportunityActions } from "@/components/opportunities/opportunity-actions";
import { OpportunitySummary } from "@/components/opportunities/opportunity-summary";
import { ReviewCallout } from "@/components/opportunities/review-callout";
import { ReviewComments } from "@/components/opportunities/review-comments";
import { ProviderSideBar } from "@/components/opportunities/provider-side/provider-side-bar";
import {
  addNextStepAction,
  changeStageAction,
  cloneOpportunityAction,
  deleteOpportunityAction,
  submitOpportunityAction,
  transferOpportunityAction,
} from "../actions";
import { OpportunityCollaboration } from "./collaboration";
import { setProviderTeamAction, updateProviderFieldsAction } from "./provider-actions";

const TABS = ["project", "customer", "contacts", "details", "next-steps", "history"] as const;
type Tab = (typeof TABS)[number];

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** One load per request, shared by the metadata and the page. Invisible → the 404 page. */
const load = cache(async (actor: Actor, id: string) => {
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
  return { title: `${detail.reference} · ${detail.customerName || detail.title}` };
}

export default async function OpportunityPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const actor = await requireActor();
  const { id } = await params;
  const sp = await searchParams;
  const rawTab = Array.isArray(sp.tab) ? sp.tab[0] : sp.tab;
  const tab: Tab = (TABS as readonly string[]).includes(rawTab ?? "") ? (rawTab as Tab) : "project";
  const t = await getTranslations("opportunities");

  const detail = await load(actor, id);
  const [history, assignees] = await Promise.all([
    tab === "history" ? opportunityHistory(actor, id) : Promise.resolve(null),
    detail.can.transfer || (tab === "history" && actor.organizationKind === "PARTNER" && actor.aceRole)
      ? eligibleAssignees(actor).catch((): AssigneeOption[] => [])
      : Promise.resolve<AssigneeOption[]>([]),
  ]);
  // Names for the owner ids in the history.
  const people: Record<string, string> = Object.fromEntries([
    ...assignees.map((a) => [a.id, a.name]),
    ...(history ?? []).flatMap((h) => (h.actor ? [[h.actor.id, h.actor.name]] : [])),
    ...detail.nextSteps.map((s) => [s.author.id, s.author.name]),
    [detail.createdBy.id, detail.createdBy.name],
    [detail.owner.id, detail.owner.name],
  ]);

  const fmt = { locale: actor.locale, timeZone: actor.timeZone };
  const isValidator = hasPermission(actor, "opportunity.review");
  const href = (tabKey: Tab) => (tabKey === "project" ? `/opportunities/${id}` : `/opportunities/${id}?tab=${tabKey}`);
  const tabLabel: Record<Tab, string> = {
    project: t("tabs.project"),
    customer: t("tabs.customer"),
    contacts: t("tabs.contacts"),
    details: t("tabs.details"),
    "next-steps": t("tabs.nextSteps"),
    history: t("tabs.history"),
  };
  const now = new Date().toISOString();
  const providerSide = (editor: "fields" | "team") =>
    detail.can.editProviderFields ? (
      <ProviderSideBar
        editor={editor}
        opportunity={{ id: detail.id, providerFields: detail.providerFields, providerTeam: detail.providerTeam }}
        maxTeam={MAX_PROVIDER_TEAM}
        actions={{ updateProviderFields: updateProviderFieldsAction, setProviderTeam: setProviderTeamAction }}
      />
    ) : null;

  return (
    <div className="grid gap-5">
      <PageHeader
        className="pb-0"
        breadcrumbs={[
          isValidator ? { label: t("review.queueTitle"), href: "/review" } : { label: t("list.title"), href: "/opportunities" },
          { label: detail.reference },
        ]}
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
            <span>{t("detail.customer", { customer: detail.customerName || t("detail.noCustomer") })}</span>
            <span aria-hidden="true">·</span>
            <span>{t("detail.ownedBy", { name: detail.owner.name })}</span>
            {actor.organizationKind === "PROVIDER" ? (
              <>
                <span aria-hidden="true">·</span>
                <span>{detail.organization.name}</span>
              </>
            ) : null}
          </span>
        }
        actions={
          <OpportunityActions
            opportunity={{
              id: detail.id,
              version: detail.version,
              reference: detail.reference,
              status: detail.status,
              stage: detail.stage,
              can: detail.can,
              ownerId: detail.owner.id,
              providerAccountId: detail.data.providerAccountId,
            }}
            assignees={assignees}
            timeZone={actor.timeZone}
            reviewHref={isValidator && detail.can.reviewEvents.length > 0 ? `/review/${detail.id}` : undefined}
            actions={{
              submit: submitOpportunityAction,
              remove: deleteOpportunityAction,
              clone: cloneOpportunityAction,
              changeStage: changeStageAction,
              addNextStep: addNextStepAction,
              transfer: transferOpportunityAction,
            }}
          />
        }
      />

      <ReviewCallout opportunity={detail} fmt={fmt} audience={isValidator ? "validator" : "partner"} />
      <OpportunitySummary opportunity={detail} fmt={fmt} now={now} />

      <div className="grid gap-4">
        <TabLinks
          label={t("tabs.label")}
          value={tab}
          items={TABS.map((key) => ({
            value: key,
            href: href(key),
            label: tabLabel[key],
            count: key === "next-steps" && detail.nextSteps.length > 0 ? detail.nextSteps.length : undefined,
          }))}
        />
        <div id="tab-panel">
          {tab === "project" ? <ProjectSection opportunity={detail} fmt={fmt} /> : null}
          {tab === "customer" ? <CustomerSection opportunity={detail} fmt={fmt} /> : null}
          {tab === "contacts" ? providerSide("team") : null}
          {tab === "contacts" ? <ContactsSection opportunity={detail} fmt={fmt} /> : null}
          {tab === "details" ? providerSide("fields") : null}
          {tab === "details" ? <AdditionalDetailsSection opportunity={detail} fmt={fmt} /> : null}
          {tab === "next-steps" ? (
            <Card>
              <CardHeader>
                <CardTitle>{t("nextSteps.title")}</CardTitle>
                <CardDescription>
                  {detail.can.addNextStep ? t("nextSteps.description") : detail.status === "APPROVED" ? t("nextSteps.closed") : t("nextSteps.onlyApproved")}
                </CardDescription>
              </CardHeader>
              <CardContent className="grid gap-6">
                {detail.can.addNextStep ? <NextStepForm opportunityId={detail.id} addNextStep={addNextStepAction} autoFocus={sp.add === "1"} /> : null}
                <NextStepList steps={detail.nextSteps} fmt={fmt} />
              </CardContent>
            </Card>
          ) : null}
          {tab === "history" ? (
            <div className="grid gap-4">
              <Card>
                <CardHeader>
                  <CardTitle>{t("history.title")}</CardTitle>
                  <CardDescription>{t("history.description")}</CardDescription>
                </CardHeader>
                <CardContent>
                  <HistoryList entries={history ?? []} fmt={fmt} people={people} />
                </CardContent>
              </Card>
              {detail.reviewComments.length ? (
                <Card>
                  <CardHeader>
                    <CardTitle>{t("reviewComments.title")}</CardTitle>
                  </CardHeader>
                  <CardContent>
                    <ReviewComments comments={detail.reviewComments} fmt={fmt} />
                  </CardContent>
                </Card>
              ) : null}
            </div>
          ) : null}
        </div>
      </div>

      <OpportunityCollaboration actor={actor} opportunityId={detail.id} reference={detail.reference} />
    </div>
  );
}
