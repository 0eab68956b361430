// Client components (each file carries its own "use client").
export { DataTable, SELECT_COLUMN_ID, defaultDataTableLabels, type DataTableLabels, type DataTableProps } from "./data-table";
export {
  DataTableToolbar,
  FilterDateRange,
  FilterSearch,
  FilterSelect,
  ResetFilters,
  type FilterDateRangeProps,
  type FilterSearchProps,
  type FilterSelectProps,
  type ResetFiltersProps,
} from "./toolbar";
export { UrlStateProvider, useUrlState, type NavigateOptions, type UrlState } from "./url-state";
export { useColumnVisibility } from "./use-column-visibility";
// Server-safe.
export { DataTableSkeleton, type DataTableSkeletonProps } from "./data-table-skeleton";
export {
  DEFAULT_PAGE_SIZES,
  PAGE_PARAM,
  PAGE_SIZE_PARAM,
  SORT_PARAM,
  applyParamUpdates,
  firstParam,
  nextSort,
  parseSort,
  parseTableParams,
  serializeSort,
  type ParamUpdates,
  type ParamValue,
  type SearchParamsInput,
  type SortState,
  type TableParams,
  type TableParamsOptions,
} from "./url";
export { defineColumns } from "./define-columns";
export { createColumnHelper, type ColumnDef } from "@tanstack/react-table";
