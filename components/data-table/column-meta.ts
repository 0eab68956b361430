import type { RowData } from "@tanstack/react-table";

/**
 * DataTable-specific column options, set via `meta` on a ColumnDef:
 *
 *   { accessorKey: "amount", header: "Amount", enableSorting: true, sortDescFirst: true,
 *     meta: { align: "right", label: "Amount" }, cell: ({ row }) => formatMoney(...) }
 *
 * Sorting is opt-in per column with `enableSorting: true` (the server must support the field).
 */
declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Name in the column chooser (and header fallback). Defaults to a string `header`, else the id. */
    label?: string;
    /** The `?sort=` field for this column. Defaults to the column id (its `accessorKey`). */
    sortField?: string;
    /** Text alignment of header and cells; use "right" for numbers and money. */
    align?: "left" | "center" | "right";
    /** Render the cells as `<th scope="row">` (the row's name column). */
    rowHeader?: boolean;
    /** Hidden until the user enables it in the column chooser. */
    hiddenByDefault?: boolean;
    headerClassName?: string;
    cellClassName?: string;
  }
}

export {};
