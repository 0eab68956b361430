"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { createColumnHelper } from "@tanstack/react-table";
import { SearchX } from "lucide-react";
import { INVITATION_STATUSES } from "@/lib/domain/provider-referral";
import { DataTable, FilterSearch, FilterSelect, ResetFilters, UrlStateProvider, defineColumns } from "@/components/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/styles";
import { instantText } from "./format";
import { ReferralStatusBadge } from "./status-badge";
import type { Formatting, SentReferralRow } from "./types";

const h = createColumnHelper<SentReferralRow>();

/** The seller's referrals: live status (an overdue one shows as expired), paged and filtered through the URL. */
export function SentReferralTable({
  rows,
  total,
  page,
  pageSize,
  fmt,
}: {
  rows: SentReferralRow[];
  total: number;
  page: number;
  pageSize: number;
  fmt: Formatting;
}) {
  return (
    <UrlStateProvider>
      <Inner rows={rows} total={total} page={page} pageSize={pageSize} fmt={fmt} />
    </UrlStateProvider>
  );
}

function Inner({
  rows,
  total,
  page,
  pageSize,
  fmt,
}: {
  rows: SentReferralRow[];
  total: number;
  page: number;
  pageSize: number;
  fmt: Formatting;
}) {
  const t = useTranslations("providerReferrals.sent");
  const ts = useTranslations("providerReferrals.status");
  const columns = defineColumns<SentReferralRow>()(
    h.accessor("reference", {
      header: t("columns.reference"),
      meta: { rowHeader: true, cellClassName: "whitespace-nowrap" },
      cell: ({ row }) => (
        <Link
          href={`/provider-referrals/${row.original.id}`}
          className={cn("rounded-sm font-semibold text-indigo-700 hover:underline", focusRing)}
        >
          {row.original.reference}
        </Link>
      ),
    }),
    h.accessor((r) => r.partner.name, { id: "partner", header: t("columns.partner"), meta: { cellClassName: "whitespace-nowrap" } }),
    h.accessor("customerName", { header: t("columns.customer") }),
    h.accessor("title", { header: t("columns.title") }),
    h.accessor("status", {
      header: t("columns.status"),
      cell: ({ row }) => (
        <div className="grid gap-0.5">
          <ReferralStatusBadge status={row.original.status} label={ts(row.original.status)} />
          {row.original.status === "REJECTED" && row.original.rejectComment ? (
            <span className="line-clamp-1 max-w-56 text-xs text-slate-500" title={row.original.rejectComment}>
              {row.original.rejectComment}
            </span>
          ) : null}
        </div>
      ),
    }),
    h.accessor((r) => r.recipient?.name ?? "", { id: "recipient", header: t("columns.recipient") }),
    h.accessor("sentAt", {
      header: t("columns.sentAt"),
      meta: { cellClassName: "whitespace-nowrap" },
      cell: ({ getValue }) => instantText(getValue(), fmt),
    }),
    h.accessor((r) => r.answeredAt ?? r.expiresAt, {
      id: "expiresAt",
      header: t("columns.expiresAt"),
      meta: { cellClassName: "whitespace-nowrap" },
      cell: ({ getValue }) => instantText(getValue(), fmt),
    }),
  );
  return (
    <DataTable
      columns={columns}
      rows={rows}
      total={total}
      page={page}
      pageSize={pageSize}
      getRowId={(r) => r.id}
      caption={t("caption")}
      locale={fmt.locale}
      toolbar={
        <div className="flex flex-wrap items-end gap-3">
          <FilterSearch label={t("search")} placeholder={t("searchPlaceholder")} className="w-72" />
          <FilterSelect
            param="status"
            label={t("status")}
            allLabel={t("allStatuses")}
            options={INVITATION_STATUSES.map((s) => ({ value: s, label: ts(s) }))}
          />
          <ResetFilters params={["q", "status"]} />
        </div>
      }
      emptyState={<EmptyState icon={SearchX} headingLevel="h3" title={t("noMatch")} />}
    />
  );
}
