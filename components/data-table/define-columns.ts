import type { ColumnDef } from "@tanstack/react-table";

/**
 * Collects column definitions with different value types into the `ColumnDef<TRow>[]` the
 * DataTable takes. `createColumnHelper` yields e.g. `ColumnDef<Row, string>`, which TypeScript
 * will not widen to `ColumnDef<Row, unknown>` (TValue is invariant); this keeps each column's
 * own typing and does the one safe widening here instead of `any` at call sites.
 *
 *   const h = createColumnHelper<ReferralRow>();
 *   const columns = defineColumns<ReferralRow>()(
 *     h.accessor("company", { header: "Company", enableSorting: true, meta: { rowHeader: true } }),
 *     h.accessor("amountMinor", { header: "Amount", meta: { align: "right" }, cell: (c) => formatMoney(c.getValue(), c.row.original.currency, locale) }),
 *     h.display({ id: "actions", header: () => <span className="sr-only">Actions</span>, cell: ({ row }) => <RowMenu row={row.original} /> }),
 *   );
 *
 * Plain objects annotated `ColumnDef<Row>[]` need no helper.
 */
export function defineColumns<TRow>() {
  return <const V extends readonly unknown[]>(...columns: { [K in keyof V]: ColumnDef<TRow, V[K]> }): ColumnDef<TRow>[] =>
    columns as unknown as ColumnDef<TRow>[];
}
