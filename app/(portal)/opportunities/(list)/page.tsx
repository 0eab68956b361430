import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Briefcase, Plus, Upload } from "lucide-react";
import { requireActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { eligibleAssignees, listOpportunities, pipelineTotals, type AssigneeOption } from "@/lib/data/opportunities";
import type { SalesStage } from "@/lib/domain/opportunity";
import { applyParamUpdates } from "@/components/data-table/url";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { parseListQuery } from "@/components/opportunities/list-query";
import { OpportunityTable } from "@/components/opportunities/opportunity-table";
import { PipelineTotals } from "@/components/opportunities/pipeline-totals";
import { bulkTransferAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("opportunities"))("list.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function toSearchParams(sp: Record<string, string | string[] | undefined>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(sp)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) out.append(key, v);
  }
  return out;
}

export default async function OpportunitiesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  if (!hasPermission(actor, "opportunity.view")) notFound();
  const t = await getTranslations("opportunities");
  const sp = await searchParams;
  const { query, table, filtered } = parseListQuery(sp);
  const fmt = { locale: actor.locale, timeZone: actor.timeZone };

  const partnerAce = actor.organizationKind === "PARTNER" && actor.aceRole !== null;
  const showTotals = hasPermission(actor, "opportunity.viewTeamPipeline");
  // Totals show the distribution over every stage: the current filters without the stage one.
  const { stage: _stage, page: _page, pageSize: _pageSize, sort: _sort, ...totalsQuery } = query;

  const [list, totals, assignees] = await Promise.all([
    listOpportunities(actor, query),
    showTotals ? pipelineTotals(actor, totalsQuery) : Promise.resolve(null),
    partnerAce ? eligibleAssignees(actor).catch((): AssigneeOption[] => []) : Promise.resolve<AssigneeOption[]>([]),
  ]);

  const owners = partnerAce
    ? [...assignees.map((a) => ({ id: a.id, name: a.name })), ...(assignees.some((a) => a.id === actor.userId) ? [] : [{ id: actor.userId, name: actor.name }])].sort(
        (a, b) => a.name.localeCompare(b.name, actor.locale),
      )
    : [];

  const base = toSearchParams(sp);
  const stageHref = (stage: SalesStage | null) => {
    const q = applyParamUpdates(base, { stage, page: null });
    return q ? `/opportunities?${q}` : "/opportunities";
  };

  const canCreate = hasPermission(actor, "opportunity.create");
  const canImport = hasPermission(actor, "opportunity.import");
  const headerActions = (
    <>
      {canImport ? (
        <Button variant="outline" asChild>
          <Link href="/opportunities/import">
            <Upload aria-hidden="true" />
            {t("list.import")}
          </Link>
        </Button>
      ) : null}
      {canCreate ? (
        <Button asChild>
          <Link href="/opportunities/new">
            <Plus aria-hidden="true" />
            {t("list.new")}
          </Link>
        </Button>
      ) : null}
    </>
  );

  const nothingYet = list.total === 0 && !filtered && table.page === 1;

  return (
    <div className="grid gap-5">
      <PageHeader
        className="pb-0"
        title={t("list.title")}
        description={showTotals ? t("list.descriptionOrg", { organization: actor.organizationName }) : t("list.descriptionOwn")}
        actions={headerActions}
      />
      {nothingYet ? (
        <Card>
          <EmptyState
            icon={Briefcase}
            title={t("list.emptyTitle")}
            description={canCreate ? t("list.emptyBody") : t("list.emptyBodyReadOnly")}
            action={canCreate ? headerActions : undefined}
          />
        </Card>
      ) : (
        <>
          {totals ? <PipelineTotals totals={totals} fmt={fmt} stageHref={stageHref} activeStage={query.stage?.length === 1 ? query.stage[0] : undefined} /> : null}
          <OpportunityTable
            rows={list.rows}
            total={list.total}
            page={table.page}
            pageSize={table.pageSize}
            sort={table.sortParam}
            fmt={fmt}
            owners={owners}
            assignees={assignees}
            showOrganization={actor.organizationKind === "PROVIDER"}
            bulkTransfer={partnerAce ? bulkTransferAction : null}
          />
        </>
      )}
    </div>
  );
}
