"use client";

import { useTranslations } from "next-intl";
import type { DataTableLabels } from "@/components/data-table";

/** The DataTable's texts from the `opportunities` catalogue. */
export function useTableLabels(): Partial<DataTableLabels> {
  const t = useTranslations("opportunities.table");
  return {
    selectAll: t("selectAll"),
    selectRow: (row) => t("selectRow", { row }),
    rowFallback: (n) => t("rowFallback", { n }),
    selected: (count) => t("selected", { count }),
    clearSelection: t("clearSelection"),
    bulkActions: t("bulkActions"),
    columns: t("columns"),
    toggleColumns: t("toggleColumns"),
    resetColumns: t("resetColumns"),
    rowsPerPage: t("rowsPerPage"),
    showing: (from, to, total) => t("showing", { from, to, total }),
    loading: t("loading"),
    noResults: t("noResults"),
    noResultsHint: t("noResultsHint"),
    pageOutOfRange: t("pageOutOfRange"),
    goToFirstPage: t("goToFirstPage"),
    pagination: {
      nav: t("pagination.nav"),
      first: t("pagination.first"),
      previous: t("pagination.previous"),
      next: t("pagination.next"),
      last: t("pagination.last"),
      page: (page) => t("pagination.page", { page }),
      pageOf: (page, pageCount) => t("pagination.pageOf", { page, pageCount }),
    },
  };
}
