"use client";

import { useTranslations } from "next-intl";
import { SearchX } from "lucide-react";
import { REVIEW_STATUSES, REVIEW_STATUS_LABELS } from "@/lib/domain/opportunity";
import { DataTable, FilterSearch, FilterSelect, ResetFilters } from "@/components/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { useOpportunityColumns } from "./columns";
import type { Formatting, OpportunityRow } from "./types";
import { useTableLabels } from "./use-table-labels";

export type ReviewQueueTableProps = {
  rows: OpportunityRow[];
  total: number;
  page: number;
  pageSize: number;
  sort?: string;
  fmt: Formatting;
  organizations: readonly { id: string; name: string }[];
  /** True when the user changed the default filters. */
  filtered: boolean;
};

const QUEUE_FILTERS = ["q", "org", "status"] as const;

/** The validators' queue: submitted and in-review opportunities of every partner, oldest first by default. */
export function ReviewQueueTable({ rows, total, page, pageSize, sort, fmt, organizations, filtered }: ReviewQueueTableProps) {
  const t = useTranslations("opportunities");
  const labels = useTableLabels();
  const columns = useOpportunityColumns({
    keys: ["reference", "organization", "customer", "title", "status", "submittedAt", "stage", "expectedMonthlyRevenue", "targetCloseDate", "owner", "updatedAt"],
    hidden: ["title", "owner", "updatedAt"],
    fmt,
    href: (row) => `/review/${row.id}`,
  });
  return (
    <DataTable
      columns={columns}
      rows={rows}
      total={total}
      page={page}
      pageSize={pageSize}
      sort={sort}
      getRowId={(r) => r.id}
      caption={t("review.caption")}
      columnVisibilityKey="opportunities.review.columns"
      locale={fmt.locale}
      labels={labels}
      toolbar={
        <div role="search" aria-label={t("review.filtersLabel")} className="flex flex-wrap items-end gap-3">
          <FilterSearch label={t("filters.search")} placeholder={t("filters.searchPlaceholder")} />
          <FilterSelect
            param="org"
            label={t("review.partner")}
            allLabel={t("review.allPartners")}
            options={organizations.map((o) => ({ value: o.id, label: o.name }))}
          />
          <FilterSelect
            param="status"
            label={t("filters.status")}
            allLabel={t("review.awaiting")}
            options={REVIEW_STATUSES.filter((s) => s !== "DRAFT").map((s) => ({ value: s, label: REVIEW_STATUS_LABELS[s] }))}
          />
          <ResetFilters params={QUEUE_FILTERS} label={t("filters.reset")} />
        </div>
      }
      emptyState={
        filtered ? (
          <EmptyState
            icon={SearchX}
            headingLevel="h3"
            title={t("review.noMatchTitle")}
            description={t("list.noMatchBody")}
            action={<ResetFilters params={QUEUE_FILTERS} label={t("filters.reset")} />}
          />
        ) : (
          <EmptyState headingLevel="h3" title={t("review.emptyTitle")} description={t("review.emptyBody")} />
        )
      }
    />
  );
}
