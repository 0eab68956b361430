import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { listOpportunities, submittedPartnerOrganizations } from "@/lib/data/opportunities";
import type { ReviewStatus } from "@/lib/domain/opportunity";
import { PageHeader } from "@/components/ui/page-header";
import { parseListQuery } from "@/components/opportunities/list-query";
import { ReviewQueueTable } from "@/components/opportunities/review-queue-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("opportunities"))("review.queueTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** What the queue shows until the validator picks a status. */
const AWAITING: ReviewStatus[] = ["SUBMITTED", "IN_REVIEW"];

export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  if (!hasPermission(actor, "opportunity.review")) notFound();
  const t = await getTranslations("opportunities");
  const sp = await searchParams;
  // Oldest submission first: the validation team works first in, first out.
  const { query, table, filtered } = parseListQuery(sp, { defaultSort: "submittedAt" });
  const { q, status, organizationId, page, pageSize, sort } = query;
  const [list, partners] = await Promise.all([
    listOpportunities(actor, { q, organizationId, page, pageSize, sort, status: status ?? AWAITING }),
    // The partner filter offers every organisation with submitted opportunities.
    submittedPartnerOrganizations(actor),
  ]);
  const organizations = [...partners].sort((a, b) => a.name.localeCompare(b.name, actor.locale));

  return (
    <div className="grid gap-5">
      <PageHeader
        className="pb-0"
        title={t("review.queueTitle")}
        description={status ? t("review.descriptionFiltered", { count: list.total }) : t("review.description", { count: list.total })}
      />
      <ReviewQueueTable
        rows={list.rows}
        total={list.total}
        page={table.page}
        pageSize={table.pageSize}
        sort={table.sortParam}
        fmt={{ locale: actor.locale, timeZone: actor.timeZone }}
        organizations={organizations}
        filtered={filtered}
      />
    </div>
  );
}
