"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { createColumnHelper, type ColumnDef } from "@tanstack/react-table";
import { ORIGIN_LABELS } from "@/lib/domain/opportunity";
import { formatDate } from "@/lib/format";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/styles";
import { ReviewStatusBadge, StageBadge } from "./badges";
import { day, money } from "./format";
import type { Formatting, OpportunityRow } from "./types";

const h = createColumnHelper<OpportunityRow>();

export type ColumnKey =
  | "reference"
  | "organization"
  | "customer"
  | "title"
  | "status"
  | "stage"
  | "owner"
  | "targetCloseDate"
  | "expectedMonthlyRevenue"
  | "latestNextStep"
  | "origin"
  | "submittedAt"
  | "updatedAt";

const dash = <span aria-hidden="true" className="text-slate-400">—</span>;

/**
 * The opportunity columns, in the order asked for. `hidden` columns start hidden (the column
 * chooser shows them); `href` is where the reference links to.
 */
export function useOpportunityColumns({
  keys,
  hidden = [],
  fmt,
  href,
}: {
  keys: readonly ColumnKey[];
  hidden?: readonly ColumnKey[];
  fmt: Formatting;
  href: (row: OpportunityRow) => string;
}): ColumnDef<OpportunityRow>[] {
  const t = useTranslations("opportunities.columns");
  const tl = useTranslations("opportunities");
  const meta = (key: ColumnKey, extra: ColumnDef<OpportunityRow>["meta"] = {}) => ({
    label: t(key),
    hiddenByDefault: hidden.includes(key),
    ...extra,
  });

  const all: Record<ColumnKey, ColumnDef<OpportunityRow, never>> = {
    reference: h.accessor("reference", {
      id: "reference",
      header: t("reference"),
      enableSorting: true,
      enableHiding: false,
      sortDescFirst: true,
      meta: meta("reference", { sortField: "number", rowHeader: true, cellClassName: "whitespace-nowrap" }),
      cell: ({ row }) => (
        <Link
          href={href(row.original)}
          className={cn("rounded-sm font-semibold text-indigo-700 hover:text-indigo-900 hover:underline", focusRing)}
          aria-label={tl("list.openOpportunity", { reference: row.original.reference, title: row.original.title || row.original.customerName })}
        >
          {row.original.reference}
        </Link>
      ),
    }) as ColumnDef<OpportunityRow, never>,
    organization: h.accessor((r) => r.organization.name, {
      id: "organization",
      header: t("organization"),
      meta: meta("organization", { cellClassName: "whitespace-nowrap" }),
    }) as ColumnDef<OpportunityRow, never>,
    customer: h.accessor("customerName", {
      id: "customer",
      header: t("customer"),
      enableSorting: true,
      meta: meta("customer", { sortField: "customerName", cellClassName: "min-w-48 max-w-64" }),
      cell: ({ getValue, row, table }) => {
        // While the "Title" column is hidden, the project title reads under the customer.
        const title = row.original.title;
        const inline = title && keys.includes("title") && !table.getColumn("title")?.getIsVisible();
        return (
          <span className="grid min-w-0">
            <span className="truncate font-medium text-slate-900" title={getValue()}>
              {getValue() || dash}
            </span>
            {inline ? (
              <span className="truncate text-xs text-slate-500" title={title}>
                {title}
              </span>
            ) : null}
          </span>
        );
      },
    }) as ColumnDef<OpportunityRow, never>,
    title: h.accessor("title", {
      id: "title",
      header: t("title"),
      enableSorting: true,
      meta: meta("title", { cellClassName: "min-w-40 max-w-60 truncate" }),
      cell: ({ getValue }) => <span title={getValue()}>{getValue() || dash}</span>,
    }) as ColumnDef<OpportunityRow, never>,
    status: h.accessor("status", {
      id: "status",
      header: t("status"),
      enableSorting: true,
      meta: meta("status"),
      cell: ({ getValue }) => <ReviewStatusBadge status={getValue()} />,
    }) as ColumnDef<OpportunityRow, never>,
    stage: h.accessor("stage", {
      id: "stage",
      header: t("stage"),
      enableSorting: true,
      meta: meta("stage"),
      cell: ({ getValue }) => <StageBadge stage={getValue()} />,
    }) as ColumnDef<OpportunityRow, never>,
    owner: h.accessor((r) => r.owner.name, {
      id: "owner",
      header: t("owner"),
      meta: meta("owner", { cellClassName: "whitespace-nowrap" }),
    }) as ColumnDef<OpportunityRow, never>,
    targetCloseDate: h.accessor("targetCloseDate", {
      id: "targetCloseDate",
      header: t("targetCloseDate"),
      enableSorting: true,
      meta: meta("targetCloseDate", { cellClassName: "whitespace-nowrap tabular-nums" }),
      cell: ({ getValue }) => day(getValue(), fmt) ?? dash,
    }) as ColumnDef<OpportunityRow, never>,
    expectedMonthlyRevenue: h.accessor("expectedMonthlyRevenue", {
      id: "expectedMonthlyRevenue",
      header: t("expectedMonthlyRevenue"),
      enableSorting: true,
      sortDescFirst: true,
      meta: meta("expectedMonthlyRevenue", { align: "right", cellClassName: "whitespace-nowrap" }),
      cell: ({ getValue }) => money(getValue(), fmt) ?? dash,
    }) as ColumnDef<OpportunityRow, never>,
    latestNextStep: h.accessor("latestNextStep", {
      id: "latestNextStep",
      header: t("latestNextStep"),
      meta: meta("latestNextStep", { cellClassName: "min-w-36 max-w-52 truncate text-slate-600" }),
      cell: ({ getValue }) => {
        const v = getValue();
        return v ? <span title={v}>{v}</span> : dash;
      },
    }) as ColumnDef<OpportunityRow, never>,
    origin: h.accessor("origin", {
      id: "origin",
      header: t("origin"),
      meta: meta("origin", { cellClassName: "whitespace-nowrap" }),
      cell: ({ getValue }) => ORIGIN_LABELS[getValue()],
    }) as ColumnDef<OpportunityRow, never>,
    submittedAt: h.accessor("submittedAt", {
      id: "submittedAt",
      header: t("submittedAt"),
      enableSorting: true,
      meta: meta("submittedAt", { cellClassName: "whitespace-nowrap tabular-nums" }),
      cell: ({ getValue }) => {
        const v = getValue();
        return v ? <time dateTime={v}>{formatDate(v, { locale: fmt.locale, timeZone: fmt.timeZone })}</time> : dash;
      },
    }) as ColumnDef<OpportunityRow, never>,
    updatedAt: h.accessor("updatedAt", {
      id: "updatedAt",
      header: t("updatedAt"),
      enableSorting: true,
      sortDescFirst: true,
      meta: meta("updatedAt", { cellClassName: "whitespace-nowrap tabular-nums text-slate-600" }),
      cell: ({ getValue }) => <time dateTime={getValue()}>{formatDate(getValue(), { locale: fmt.locale, timeZone: fmt.timeZone })}</time>,
    }) as ColumnDef<OpportunityRow, never>,
  };
  return keys.map((k) => all[k] as unknown as ColumnDef<OpportunityRow>);
}
