"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ArrowRightLeft, Download, SearchX } from "lucide-react";
import { ORIGINS, ORIGIN_LABELS, REVIEW_STATUSES, REVIEW_STATUS_LABELS, SALES_STAGES, SALES_STAGE_LABELS } from "@/lib/domain/opportunity";
import { DataTable, FilterDateRange, FilterSearch, FilterSelect, ResetFilters, UrlStateProvider, useUrlState } from "@/components/data-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { toast } from "@/components/ui/toaster";
import { useOpportunityColumns, type ColumnKey } from "./columns";
import { FILTER_PARAMS, exportHref, exportSelectedHref } from "./list-query";
import { TransferDialog, type RowRefusal } from "./transfer-dialog";
import type { Assignee, BulkTransferAction, Formatting, OpportunityRow } from "./types";
import { useTableLabels } from "./use-table-labels";

export type OpportunityTableProps = {
  rows: OpportunityRow[];
  total: number;
  page: number;
  pageSize: number;
  sort?: string;
  fmt: Formatting;
  /** Owner filter options (and transfer targets). */
  owners: readonly { id: string; name: string }[];
  assignees: readonly Assignee[];
  /** Provider viewers see which partner each opportunity belongs to. */
  showOrganization: boolean;
  /** Null when the viewer may not transfer (bulk action hidden). */
  bulkTransfer: BulkTransferAction | null;
};

const KEYS: ColumnKey[] = [
  "reference",
  "organization",
  "customer",
  "title",
  "status",
  "stage",
  "owner",
  "targetCloseDate",
  "expectedMonthlyRevenue",
  "latestNextStep",
  "origin",
  "submittedAt",
  "updatedAt",
];

/** The pipeline: server-side paged, sorted and filtered through the URL; bulk transfer and export. */
export function OpportunityTable(props: OpportunityTableProps) {
  return (
    <UrlStateProvider>
      <OpportunityTableInner {...props} />
    </UrlStateProvider>
  );
}

function OpportunityTableInner({ rows, total, page, pageSize, sort, fmt, owners, assignees, showOrganization, bulkTransfer }: OpportunityTableProps) {
  const t = useTranslations("opportunities");
  const router = useRouter();
  const labels = useTableLabels();
  const columns = useOpportunityColumns({
    keys: showOrganization ? KEYS : KEYS.filter((k) => k !== "organization"),
    hidden: ["title", "origin", "submittedAt"],
    fmt,
    href: (row) => `/opportunities/${row.id}`,
  });
  const [transfer, setTransfer] = useState<{ ids: string[]; clear: () => void } | null>(null);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const rowLabel = (row: OpportunityRow) => `${row.reference} ${row.customerName}`.trim();

  const rowRefusals = (ids: string[]) => (fieldErrors: Record<string, string>): RowRefusal[] =>
    Object.entries(fieldErrors).flatMap(([path, message]) => {
      const match = /^ids\.(\d+)$/.exec(path);
      if (!match) return [];
      const id = ids[Number(match[1])];
      const row = id ? byId.get(id) : undefined;
      return [{ key: path, label: row ? `${row.reference} · ${row.customerName}` : (id ?? path), message }];
    });

  return (
    <>
      <DataTable
        columns={columns}
        rows={rows}
        total={total}
        page={page}
        pageSize={pageSize}
        sort={sort}
        getRowId={(r) => r.id}
        getRowLabel={rowLabel}
        enableSelection
        caption={t("list.caption")}
        columnVisibilityKey="opportunities.list.columns"
        locale={fmt.locale}
        labels={labels}
        toolbar={<Filters owners={owners} />}
        emptyState={
          <EmptyState
            icon={SearchX}
            headingLevel="h3"
            title={t("list.noMatchTitle")}
            description={t("list.noMatchBody")}
            action={<ResetFilters params={FILTER_PARAMS} label={t("filters.reset")} />}
          />
        }
        bulkActions={(ids, clear) => (
          <>
            {bulkTransfer ? (
              <Button size="sm" variant="outline" onClick={() => setTransfer({ ids, clear })}>
                <ArrowRightLeft aria-hidden="true" />
                {t("bulk.transfer")}
              </Button>
            ) : null}
            <Button size="sm" variant="outline" asChild>
              <a href={exportSelectedHref(ids)} download>
                <Download aria-hidden="true" />
                {t("bulk.export", { count: ids.length })}
              </a>
            </Button>
          </>
        )}
      />
      {bulkTransfer ? (
        <TransferDialog
          open={transfer !== null}
          onOpenChange={(open) => (open ? undefined : setTransfer(null))}
          title={t("bulk.transferTitle", { count: transfer?.ids.length ?? 0 })}
          description={t("bulk.transferDescription")}
          assignees={assignees}
          submit={(assigneeId) => bulkTransfer({ ids: transfer?.ids ?? [], assigneeId })}
          rowRefusals={rowRefusals(transfer?.ids ?? [])}
          onDone={(assignee) => {
            toast.success(t("bulk.transferred", { count: transfer?.ids.length ?? 0, name: assignee.name }));
            transfer?.clear();
            setTransfer(null);
            router.refresh();
          }}
        />
      ) : null}
    </>
  );
}

function Filters({ owners }: { owners: readonly { id: string; name: string }[] }) {
  const t = useTranslations("opportunities");
  const { searchParams } = useUrlState();
  return (
    <div role="search" aria-label={t("filters.label")} className="flex flex-wrap items-end gap-3">
      <FilterSearch label={t("filters.search")} placeholder={t("filters.searchPlaceholder")} />
      <FilterSelect
        param="status"
        label={t("filters.status")}
        allLabel={t("filters.allStatuses")}
        options={[
          { value: "ACTION_REQUIRED", label: REVIEW_STATUS_LABELS.ACTION_REQUIRED },
          ...REVIEW_STATUSES.filter((s) => s !== "ACTION_REQUIRED").map((s) => ({ value: s, label: REVIEW_STATUS_LABELS[s] })),
        ]}
      />
      <FilterSelect
        param="stage"
        label={t("filters.stage")}
        allLabel={t("filters.allStages")}
        options={SALES_STAGES.map((s) => ({ value: s, label: SALES_STAGE_LABELS[s] }))}
      />
      {owners.length > 0 ? (
        <FilterSelect
          param="owner"
          label={t("filters.owner")}
          allLabel={t("filters.allOwners")}
          options={owners.map((o) => ({ value: o.id, label: o.name }))}
        />
      ) : null}
      <FilterSelect
        param="origin"
        label={t("filters.origin")}
        allLabel={t("filters.allOrigins")}
        options={ORIGINS.map((o) => ({ value: o, label: ORIGIN_LABELS[o] }))}
      />
      <FilterDateRange
        fromParam="closeFrom"
        toParam="closeTo"
        label={t("filters.targetClose")}
        fromLabel={t("filters.targetCloseFrom")}
        toLabel={t("filters.targetCloseTo")}
      />
      <ResetFilters params={FILTER_PARAMS} label={t("filters.reset")} />
      <Button variant="link" size="sm" asChild className="h-9">
        <a href={exportHref(searchParams)} download>
          <Download aria-hidden="true" />
          {t("list.exportAll")}
        </a>
      </Button>
    </div>
  );
}
