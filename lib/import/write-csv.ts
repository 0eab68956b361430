/**
 * The CSV files the import page offers for download, pure: the template (header + one
 * example row) and the per-row report of an import.
 */
import Papa from "papaparse";
import { TEMPLATE_HEADER, templateCsvExampleRow } from "@/lib/domain/opportunity";
import type { ImportRowError } from "./parse-csv";

/** A byte-order mark, so that spreadsheet programs open the file as UTF-8. */
const BOM = "\uFEFF";

/** The template: every column of TEMPLATE_HEADER, and the api.md example opportunity as row 2. */
export function templateCsv(): string {
  return (
    BOM +
    Papa.unparse(
      { fields: [...TEMPLATE_HEADER], data: [TEMPLATE_HEADER.map((column) => templateCsvExampleRow[column] ?? "")] },
      { newline: "\r\n" },
    ) +
    "\r\n"
  );
}

export const REPORT_HEADER = ["row", "field", "message"] as const;

/**
 * The report of an import: one line per problem (row number, field path, message), in row
 * order. Cells that a spreadsheet would run as a formula (=, +, -, @ first) are escaped.
 */
export function importReportToCsv(errors: readonly ImportRowError[]): string {
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  return (
    BOM +
    Papa.unparse(
      { fields: [...REPORT_HEADER], data: sorted.map((e) => [String(e.row), e.path, e.message]) },
      { newline: "\r\n", escapeFormulae: true },
    ) +
    "\r\n"
  );
}
