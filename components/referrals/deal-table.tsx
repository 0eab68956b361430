"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { SearchX } from "lucide-react";
import { DEAL_STATUS_LABELS, DEAL_TYPES, DEAL_TYPE_LABELS } from "@/lib/domain/referral";
import type { ActionResult } from "@/lib/actions/run";
import { DataTable, FilterDateRange, FilterSearch, FilterSelect, ResetFilters, UrlStateProvider, createColumnHelper, defineColumns, useUrlState } from "@/components/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { CoSellBadge, DealStatusBadge, DealTypeBadge } from "./badges";
import { FavoriteButton } from "./favorite-button";
import { FILTER_PARAMS, tabStatuses, type DealTab } from "./list-query";
import { countdown, day, money } from "./format";
import type { DealRowView, Formatting } from "./types";

export type DealTableProps = {
  rows: DealRowView[];
  total: number;
  page: number;
  pageSize: number;
  sort?: string;
  fmt: Formatting;
  tab: DealTab;
  locations: readonly string[];
  /** Provider viewers see which partner each deal belongs to. */
  showOrganization: boolean;
  favoriteAction: (id: string, favorite: boolean) => Promise<ActionResult<{ favorite: boolean }>>;
};

const h = createColumnHelper<DealRowView>();

/** The deal list: server-side paged, sorted and filtered through the URL. */
export function DealTable(props: DealTableProps) {
  return (
    <UrlStateProvider>
      <DealTableInner {...props} />
    </UrlStateProvider>
  );
}

function DealTableInner({ rows, total, page, pageSize, sort, fmt, tab, locations, showOrganization, favoriteAction }: DealTableProps) {
  const t = useTranslations("referrals.list");
  const now = new Date();
  const columns = defineColumns<DealRowView>()(
    h.display({
      id: "favorite",
      header: () => <span className="sr-only">{t("favorite")}</span>,
      cell: ({ row }) => (
        <FavoriteButton key={`${row.original.id}:${row.original.favorite}`} dealId={row.original.id} dealName={row.original.name} favorite={row.original.favorite} action={favoriteAction} />
      ),
      meta: { label: t("favorite"), headerClassName: "w-10" },
    }),
    h.accessor("name", {
      header: t("name"),
      enableSorting: true,
      meta: { rowHeader: true, label: t("name") },
      cell: ({ row }) => (
        <div className="grid min-w-48 gap-0.5">
          <Link href={`/referrals/${row.original.id}`} className="font-medium text-indigo-700 hover:underline">
            {row.original.name}
          </Link>
          <span className="text-xs text-slate-500">
            {row.original.reference}
            {row.original.sender?.organizationName ? ` · ${t("from", { name: row.original.sender.organizationName })}` : ""}
          </span>
        </div>
      ),
    }),
    h.accessor("customerName", { header: t("customer"), enableSorting: true, meta: { label: t("customer") } }),
    ...(showOrganization
      ? [h.accessor((r) => r.organization.name, { id: "organization", header: t("partner"), meta: { label: t("partner") } })]
      : []),
    h.accessor("dealType", {
      header: t("type"),
      meta: { label: t("type") },
      cell: ({ row }) => (
        <div className="flex flex-wrap items-start gap-1">
          <DealTypeBadge dealType={row.original.dealType} />
          {row.original.coSellRequestState ? <CoSellBadge state={row.original.coSellRequestState} /> : null}
        </div>
      ),
    }),
    h.accessor("status", {
      header: t("status"),
      enableSorting: true,
      meta: { label: t("status") },
      cell: ({ row }) => (
        <div className="grid justify-items-start gap-0.5">
          <DealStatusBadge status={row.original.status} percent={row.original.percent} />
          {row.original.status === "RECEIVED" && row.original.expiresAt ? (
            <span className="text-xs text-amber-700" suppressHydrationWarning>{countdown(row.original.expiresAt, now)}</span>
          ) : null}
        </div>
      ),
    }),
    h.accessor((r) => r.estimatedValue.amountMinor, {
      id: "estimatedValue",
      header: t("value"),
      enableSorting: true,
      sortDescFirst: true,
      meta: { align: "right", label: t("value") },
      cell: ({ row }) => <span className="tabular-nums">{money(row.original.estimatedValue, fmt)}</span>,
    }),
    h.accessor("estimatedCloseDate", {
      header: t("closeDate"),
      enableSorting: true,
      meta: { label: t("closeDate") },
      cell: ({ row }) => day(row.original.estimatedCloseDate, fmt),
    }),
    h.accessor("location", { header: t("location"), meta: { label: t("location") } }),
  );
  return (
    <DataTable
      columns={columns}
      rows={rows}
      total={total}
      page={page}
      pageSize={pageSize}
      sort={sort}
      getRowId={(r) => r.id}
      getRowLabel={(r) => `${r.reference} ${r.name}`}
      caption={t(`caption.${tab}`)}
      columnVisibilityKey="referrals.list.columns"
      locale={fmt.locale}
      toolbar={<Filters tab={tab} locations={locations} />}
      emptyState={
        <EmptyState
          icon={SearchX}
          headingLevel="h3"
          title={t("noMatchTitle")}
          description={t("noMatchBody")}
          action={<ResetFilters params={FILTER_PARAMS} label={t("reset")} />}
        />
      }
    />
  );
}

function Filters({ tab, locations }: { tab: DealTab; locations: readonly string[] }) {
  const t = useTranslations("referrals.list");
  return (
    <div role="search" aria-label={t("filters")} className="flex flex-wrap items-end gap-3">
      <FilterSearch label={t("search")} placeholder={t("searchPlaceholder")} />
      <FilterSelect param="status" label={t("status")} allLabel={t("all")} options={tabStatuses(tab).map((s) => ({ value: s, label: DEAL_STATUS_LABELS[s] }))} />
      <FilterSelect param="dealType" label={t("type")} allLabel={t("all")} options={DEAL_TYPES.map((d) => ({ value: d, label: DEAL_TYPE_LABELS[d] }))} />
      {locations.length > 1 ? (
        <FilterSelect param="location" label={t("location")} allLabel={t("all")} options={locations.map((l) => ({ value: l, label: l }))} />
      ) : null}
      <ValueRange />
      <FilterDateRange fromParam="closeFrom" toParam="closeTo" label={t("closeDate")} fromLabel={t("rangeFrom")} toLabel={t("to")} />
      <ResetFilters params={FILTER_PARAMS} label={t("reset")} />
    </div>
  );
}

/** Value range in one currency (values in other currencies do not match a range). */
function ValueRange() {
  const t = useTranslations("referrals.list");
  const { searchParams, navigate } = useUrlState();
  const currency = searchParams.get("currency") ?? "USD";
  const commit = (param: string) => (event: React.FocusEvent<HTMLInputElement> | React.KeyboardEvent<HTMLInputElement>) => {
    const value = (event.target as HTMLInputElement).value.trim();
    if ((searchParams.get(param) ?? "") === value) return;
    navigate({ [param]: value || null, currency: value || searchParams.get(param === "valueMin" ? "valueMax" : "valueMin") ? currency : null });
  };
  const onKey = (param: string) => (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") commit(param)(event);
  };
  return (
    <fieldset className="grid gap-1">
      <legend className="mb-1 text-xs font-medium text-slate-600">{t("valueRange", { currency })}</legend>
      <div className="flex items-center gap-2">
        <Label htmlFor="value-min" className="sr-only">{t("valueMin")}</Label>
        <Input id="value-min" inputMode="decimal" className="w-28" placeholder={t("min")} defaultValue={searchParams.get("valueMin") ?? ""} onBlur={commit("valueMin")} onKeyDown={onKey("valueMin")} />
        <span aria-hidden="true" className="text-slate-400">–</span>
        <Label htmlFor="value-max" className="sr-only">{t("valueMax")}</Label>
        <Input id="value-max" inputMode="decimal" className="w-28" placeholder={t("max")} defaultValue={searchParams.get("valueMax") ?? ""} onBlur={commit("valueMax")} onKeyDown={onKey("valueMax")} />
        <Label htmlFor="value-currency" className="sr-only">{t("currency")}</Label>
        <select
          id="value-currency"
          className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
          value={currency}
          onChange={(e) => navigate({ currency: e.target.value })}
        >
          {["USD", "EUR", "GBP", "JPY"].map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
