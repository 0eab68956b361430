"use client";

import "./column-meta";
import { useId, useMemo, useState, type ReactNode } from "react";
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type Column,
  type ColumnDef,
  type Header,
  type RowSelectionState,
  type VisibilityState,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ChevronsUpDown, Columns3, SearchX } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination, type PaginationLabels } from "@/components/ui/pagination";
import { Spinner } from "@/components/ui/spinner";
import { focusRing } from "@/components/ui/styles";
import { useColumnVisibility } from "./use-column-visibility";
import { DEFAULT_PAGE_SIZES, nextSort, PAGE_PARAM, PAGE_SIZE_PARAM, parseSort, serializeSort, SORT_PARAM } from "./url";
import { UrlStateProvider, useHasUrlStateProvider, useUrlState } from "./url-state";

export const SELECT_COLUMN_ID = "__select";

export type DataTableLabels = {
  /** Header checkbox. */
  selectAll: string;
  /** Row checkbox; receives `getRowLabel(row)` or `rowFallback(n)`. */
  selectRow: (rowLabel: string) => string;
  rowFallback: (rowNumber: number) => string;
  /** Bulk bar text and screen-reader announcement, e.g. "3 selected". */
  selected: (count: number) => string;
  clearSelection: string;
  /** Accessible name of the bulk action bar. */
  bulkActions: string;
  /** Column chooser button and menu title. */
  columns: string;
  toggleColumns: string;
  resetColumns: string;
  rowsPerPage: string;
  /** "Showing 26–50 of 1,234"; numbers come pre-formatted for `locale`. */
  showing: (from: string, to: string, total: string) => string;
  loading: string;
  noResults: string;
  noResultsHint: string;
  pageOutOfRange: string;
  goToFirstPage: string;
  pagination?: Partial<PaginationLabels>;
};

export const defaultDataTableLabels: DataTableLabels = {
  selectAll: "Select all rows on this page",
  selectRow: (rowLabel) => `Select ${rowLabel}`,
  rowFallback: (n) => `row ${n}`,
  selected: (count) => `${count} selected`,
  clearSelection: "Clear selection",
  bulkActions: "Actions for selected rows",
  columns: "Columns",
  toggleColumns: "Show columns",
  resetColumns: "Reset to default",
  rowsPerPage: "Rows per page",
  showing: (from, to, total) => `Showing ${from}–${to} of ${total}`,
  loading: "Loading results…",
  noResults: "No results",
  noResultsHint: "Try changing or clearing the filters.",
  pageOutOfRange: "No results on this page",
  goToFirstPage: "Go to the first page",
};

export type DataTableProps<TRow> = {
  /**
   * TanStack column definitions. Sorting is opt-in per column (`enableSorting: true`); the
   * `?sort=` field is `meta.sortField` or the column id. See `column-meta.ts` for `meta`.
   */
  columns: ColumnDef<TRow>[];
  /** The current page of rows, already filtered/sorted/paged by the server. */
  rows: TRow[];
  /** Total matching rows across all pages. */
  total: number;
  /** 1-based current page. */
  page: number;
  pageSize: number;
  /** The applied sort as the server understood it: "field" or "-field". */
  sort?: string;
  getRowId: (row: TRow) => string;
  /** Human name of a row for its checkbox label ("Select Acme Corp"). */
  getRowLabel?: (row: TRow) => string;
  enableSelection?: boolean;
  /** Shown in the bulk bar while rows are selected. Call `clear()` after a successful action. */
  bulkActions?: (selectedIds: string[], clear: () => void) => ReactNode;
  /** Replaces the default "No results" state when `rows` is empty. */
  emptyState?: ReactNode;
  /** localStorage key for the column chooser; the chooser is shown only when set. */
  columnVisibilityKey?: string;
  /** Accessible name of the table (rendered as a visually hidden caption). */
  caption: string;
  /** Filters rendered above the table, sharing the table's loading state. */
  toolbar?: ReactNode;
  /** Options of the rows-per-page select. Default 10/25/50/100. */
  pageSizeOptions?: readonly number[];
  /** Locale for the "Showing x–y of z" numbers. Default "en-US". */
  locale?: string;
  labels?: Partial<DataTableLabels>;
  className?: string;
};

function columnLabel<TRow>(column: Column<TRow, unknown>): string {
  const meta = column.columnDef.meta;
  if (meta?.label) return meta.label;
  const header = column.columnDef.header;
  return typeof header === "string" ? header : column.id;
}

const alignClass = { left: "text-left", center: "text-center", right: "text-right" } as const;

/**
 * Server-driven data table. Sorting, paging and filters live in the URL (`?sort=`, `?page=`,
 * `?pageSize=`, filter params); the server page reads them (see `parseTableParams`), queries,
 * and renders this component with the resulting page. URL changes run in a transition, during
 * which the table is dimmed and aria-busy.
 *
 * Columns contain functions, so render DataTable from a small client component:
 *
 *   "use client";
 *   export function ReferralsTable(props: { rows: ReferralRow[]; total: number; page: number; pageSize: number; sort?: string }) {
 *     return <DataTable {...props} columns={columns} getRowId={(r) => r.id} caption="Referrals"
 *       toolbar={<><FilterSearch param="q" label="Search" /><FilterSelect param="status" label="Status" options={…} /></>} />;
 *   }
 */
export function DataTable<TRow>(props: DataTableProps<TRow>) {
  const hasProvider = useHasUrlStateProvider();
  if (hasProvider) return <DataTableInner {...props} />;
  return (
    <UrlStateProvider>
      <DataTableInner {...props} />
    </UrlStateProvider>
  );
}

function DataTableInner<TRow>({
  columns,
  rows,
  total,
  page,
  pageSize,
  sort,
  getRowId,
  getRowLabel,
  enableSelection = false,
  bulkActions,
  emptyState,
  columnVisibilityKey,
  caption,
  toolbar,
  pageSizeOptions = DEFAULT_PAGE_SIZES,
  locale = "en-US",
  labels,
  className,
}: DataTableProps<TRow>) {
  const l: DataTableLabels = { ...defaultDataTableLabels, ...labels };
  const { isPending, navigate, hrefWith, searchParams } = useUrlState();
  const captionId = useId();
  const pageSizeId = useId();

  // Selection is per view: any URL change (page, sort, filters) clears it.
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const urlKey = searchParams.toString();
  const [selectionUrlKey, setSelectionUrlKey] = useState(urlKey);
  if (selectionUrlKey !== urlKey) {
    setSelectionUrlKey(urlKey);
    setRowSelection({});
  }

  const defaultVisibility = useMemo(() => {
    const v: VisibilityState = {};
    for (const c of columns) {
      const id = c.id ?? ("accessorKey" in c && typeof c.accessorKey === "string" ? c.accessorKey : undefined);
      if (id && c.meta?.hiddenByDefault) v[id] = false;
    }
    return v;
  }, [columns]);
  const [columnVisibility, setColumnVisibility, resetColumnVisibility] = useColumnVisibility(columnVisibilityKey, defaultVisibility);

  const selectColumn: ColumnDef<TRow> = {
    id: SELECT_COLUMN_ID,
    enableHiding: false,
    enableSorting: false,
    meta: { headerClassName: "w-10 pr-0", cellClassName: "w-10 pr-0" },
    header: ({ table }) => (
      <Checkbox
        aria-label={l.selectAll}
        checked={table.getIsAllPageRowsSelected() ? true : table.getIsSomePageRowsSelected() ? "indeterminate" : false}
        disabled={table.getRowModel().rows.length === 0}
        onCheckedChange={(value) => table.toggleAllPageRowsSelected(value === true)}
      />
    ),
    cell: ({ row }) => (
      <Checkbox
        aria-label={l.selectRow(getRowLabel ? getRowLabel(row.original) : l.rowFallback(row.index + 1))}
        checked={row.getIsSelected()}
        disabled={!row.getCanSelect()}
        onCheckedChange={(value) => row.toggleSelected(value === true)}
      />
    ),
  };
  const allColumns = enableSelection ? [selectColumn, ...columns] : columns;

  const pageCount = Math.max(1, Math.ceil(total / pageSize));

  // TanStack Table returns mutable instances; the React Compiler must not memoize around it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable<TRow>({
    data: rows,
    columns: allColumns,
    getRowId: (row) => getRowId(row),
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    pageCount,
    rowCount: total,
    enableRowSelection: enableSelection,
    state: { rowSelection, columnVisibility },
    onRowSelectionChange: setRowSelection,
    onColumnVisibilityChange: (updater) => setColumnVisibility(typeof updater === "function" ? updater(columnVisibility) : updater),
  });

  const rowIds = new Set(rows.map(getRowId));
  const selectedIds = Object.keys(rowSelection).filter((id) => rowSelection[id] && rowIds.has(id));
  const clearSelection = () => setRowSelection({});

  const currentSort = parseSort(sort);
  const onSort = (field: string, descFirst: boolean) => {
    navigate({ [SORT_PARAM]: serializeSort(nextSort(currentSort, field, descFirst)) });
  };

  const numberFormat = new Intl.NumberFormat(locale);
  const from = total === 0 || rows.length === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = rows.length === 0 ? 0 : from + rows.length - 1;
  const showing = l.showing(numberFormat.format(from), numberFormat.format(to), numberFormat.format(total));

  const hideableColumns = table.getAllLeafColumns().filter((c) => c.getCanHide());
  const visibleHideable = hideableColumns.filter((c) => c.getIsVisible());
  const visibleColumnCount = table.getVisibleLeafColumns().length;
  const sizes = pageSizeOptions.includes(pageSize) ? pageSizeOptions : [...pageSizeOptions, pageSize].sort((a, b) => a - b);

  const renderHeader = (header: Header<TRow, unknown>) => {
    const def = header.column.columnDef;
    const meta = def.meta;
    const content = header.isPlaceholder ? null : flexRender(def.header, header.getContext());
    const sortable = def.enableSorting === true && !header.isPlaceholder && header.subHeaders.length === 0;
    const field = meta?.sortField ?? header.column.id;
    const active = sortable && currentSort?.field === field ? currentSort : null;
    const SortIcon = active ? (active.desc ? ArrowDown : ArrowUp) : ChevronsUpDown;
    return (
      <th
        key={header.id}
        scope="col"
        colSpan={header.colSpan > 1 ? header.colSpan : undefined}
        aria-sort={active ? (active.desc ? "descending" : "ascending") : undefined}
        className={cn(
          "h-10 px-3 align-middle text-xs font-medium tracking-wide whitespace-nowrap text-slate-600 uppercase",
          alignClass[meta?.align ?? "left"],
          meta?.headerClassName,
        )}
      >
        {sortable ? (
          <button
            type="button"
            onClick={() => onSort(field, def.sortDescFirst === true)}
            className={cn(
              "-mx-1.5 inline-flex cursor-pointer items-center gap-1 rounded px-1.5 py-1 uppercase hover:bg-slate-100 hover:text-slate-900",
              meta?.align === "right" && "flex-row-reverse",
              active && "text-slate-900",
              focusRing,
            )}
          >
            {content}
            <SortIcon aria-hidden="true" className={cn("size-3.5", active ? "text-indigo-600" : "text-slate-400")} />
          </button>
        ) : (
          content
        )}
      </th>
    );
  };

  const outOfRange = rows.length === 0 && total > 0 && page > 1;
  const empty = outOfRange ? (
    <EmptyState
      icon={SearchX}
      headingLevel="h3"
      title={l.pageOutOfRange}
      action={
        <Button variant="outline" size="sm" asChild>
          <a
            href={hrefWith({ [PAGE_PARAM]: null })}
            onClick={(event) => {
              event.preventDefault();
              navigate({ [PAGE_PARAM]: null });
            }}
          >
            {l.goToFirstPage}
          </a>
        </Button>
      }
    />
  ) : (
    (emptyState ?? <EmptyState icon={SearchX} headingLevel="h3" title={l.noResults} description={l.noResultsHint} />)
  );

  const showChooser = columnVisibilityKey !== undefined && hideableColumns.length > 0;

  return (
    <div className={cn("grid gap-3", className)}>
      {toolbar || showChooser ? (
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex min-w-0 flex-1 flex-wrap items-end gap-3">{toolbar}</div>
          <div className="flex items-center gap-2">
            {isPending ? <Spinner decorative className="text-slate-500" /> : null}
            {showChooser ? (
              // Non-modal: the table stays visible and scrollable while toggling columns.
              <DropdownMenu modal={false}>
                <DropdownMenuTrigger asChild>
                  <Button variant="outline" size="sm">
                    <Columns3 aria-hidden="true" />
                    {l.columns}
                  </Button>
                </DropdownMenuTrigger>
                <DropdownMenuContent align="end" className="min-w-48">
                  <DropdownMenuLabel>{l.toggleColumns}</DropdownMenuLabel>
                  {hideableColumns.map((column) => {
                    const visible = column.getIsVisible();
                    return (
                      <DropdownMenuCheckboxItem
                        key={column.id}
                        checked={visible}
                        disabled={visible && visibleHideable.length === 1}
                        onSelect={(event) => event.preventDefault()}
                        onCheckedChange={(value) => column.toggleVisibility(value === true)}
                      >
                        {columnLabel(column)}
                      </DropdownMenuCheckboxItem>
                    );
                  })}
                  <DropdownMenuSeparator />
                  <DropdownMenuItem onSelect={resetColumnVisibility}>{l.resetColumns}</DropdownMenuItem>
                </DropdownMenuContent>
              </DropdownMenu>
            ) : null}
          </div>
        </div>
      ) : null}

      {enableSelection && selectedIds.length > 0 ? (
        <div
          role="region"
          aria-label={l.bulkActions}
          className="flex flex-wrap items-center gap-3 rounded-md border border-indigo-200 bg-indigo-50 px-3 py-2"
        >
          <span className="text-sm font-medium text-indigo-900 tabular-nums">{l.selected(selectedIds.length)}</span>
          {bulkActions ? <div className="flex flex-wrap items-center gap-2">{bulkActions(selectedIds, clearSelection)}</div> : null}
          <Button variant="ghost" size="sm" className="ml-auto" onClick={clearSelection}>
            {l.clearSelection}
          </Button>
        </div>
      ) : null}
      <div aria-live="polite" className="sr-only">
        {enableSelection && selectedIds.length > 0 ? l.selected(selectedIds.length) : ""}
      </div>

      <div
        role="region"
        aria-labelledby={captionId}
        aria-busy={isPending || undefined}
        tabIndex={0}
        className={cn("overflow-x-auto rounded-lg border border-slate-200 bg-white", focusRing)}
      >
        <table
          aria-busy={isPending || undefined}
          className={cn("w-full border-collapse text-sm transition-opacity motion-reduce:transition-none", isPending && "opacity-60")}
        >
          <caption id={captionId} className="sr-only">
            {caption}
          </caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>{group.headers.map((header) => renderHeader(header))}</tr>
            ))}
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={visibleColumnCount}>{empty}</td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <tr
                  key={row.id}
                  data-state={row.getIsSelected() ? "selected" : undefined}
                  className="border-b border-slate-100 last:border-b-0 hover:bg-slate-50 data-[state=selected]:bg-indigo-50/60"
                >
                  {row.getVisibleCells().map((cell) => {
                    const meta = cell.column.columnDef.meta;
                    const Cell = meta?.rowHeader ? "th" : "td";
                    return (
                      <Cell
                        key={cell.id}
                        scope={meta?.rowHeader ? "row" : undefined}
                        className={cn(
                          "px-3 py-2.5 align-middle text-slate-700",
                          meta?.rowHeader && "font-medium text-slate-900",
                          alignClass[meta?.align ?? "left"],
                          meta?.align === "right" && "tabular-nums",
                          meta?.cellClassName,
                        )}
                      >
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </Cell>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>

      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3">
        <p className="text-sm text-slate-600 tabular-nums" aria-hidden="true">
          {showing}
        </p>
        <p role="status" className="sr-only">
          {isPending ? l.loading : showing}
        </p>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
          <div className="flex items-center gap-2">
            <label htmlFor={pageSizeId} className="text-sm whitespace-nowrap text-slate-600">
              {l.rowsPerPage}
            </label>
            <div className="relative">
              <select
                id={pageSizeId}
                value={pageSize}
                onChange={(event) => navigate({ [PAGE_SIZE_PARAM]: Number(event.target.value) })}
                className={cn(
                  "h-8 cursor-pointer appearance-none rounded-md border border-slate-300 bg-white pr-7 pl-2.5 text-sm text-slate-900 shadow-xs",
                  focusRing,
                )}
              >
                {sizes.map((size) => (
                  <option key={size} value={size}>
                    {size}
                  </option>
                ))}
              </select>
              <ChevronsUpDown
                aria-hidden="true"
                className="pointer-events-none absolute top-1/2 right-2 size-3.5 -translate-y-1/2 text-slate-500"
              />
            </div>
          </div>
          {pageCount > 1 ? (
            <Pagination
              page={page}
              pageCount={pageCount}
              labels={l.pagination}
              getHref={(p) => hrefWith({ [PAGE_PARAM]: p <= 1 ? null : p })}
              onNavigate={(p, event) => {
                event.preventDefault();
                navigate({ [PAGE_PARAM]: p <= 1 ? null : p }, { resetPage: false });
              }}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
