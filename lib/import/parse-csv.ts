/**
 * Reading a bulk-import CSV file (domain.md §2.10), pure: bytes in, header-checked records
 * out. No database, no Next; the service in lib/data/imports validates each record with the
 * domain schemas and writes the rows.
 *
 * The format (see lib/domain/opportunity/csv-columns.ts for the columns):
 * - UTF-8 text (a byte-order mark is allowed and ignored); anything else is refused with a
 *   message that says how to save the file correctly;
 * - commas between cells, double quotes around cells that hold commas, quotes or line breaks
 *   (RFC 4180, as spreadsheets write it); multi-value cells use `;` inside one cell;
 * - the first row is the header and must be the template's columns (any order);
 * - row numbers are spreadsheet row numbers: the header is row 1, the first data row row 2.
 *   Blank rows are skipped (and keep their number) and do not count towards the limit.
 */
import Papa from "papaparse";
import { validateHeader } from "@/lib/domain/opportunity";

/** At most this many data rows per file (§2.10 target). */
export const MAX_IMPORT_ROWS = 10_000;
/** Largest file accepted, in bytes. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** One problem of one row: `path` is a field's dotted path, `action`, or `(row)` for the row as a whole. */
export type ImportRowError = { row: number; path: string; message: string };

/** One data row: its spreadsheet row number and its cells by (cleaned) column name. */
export type CsvRecord = { row: number; record: Record<string, string> };

export type CsvParseResult =
  | {
      ok: true;
      header: string[];
      /** Data rows that have the right number of cells. */
      records: CsvRecord[];
      /** Rows that could not be read as a record (wrong number of cells). */
      rowErrors: ImportRowError[];
      /** Non-blank data rows (records + rows with errors). */
      total: number;
    }
  | { ok: false; message: string; details: string[] };

export const CSV_MESSAGES = {
  empty: "The file is empty. Download the template, fill it in and upload it again.",
  binary: "This is not a CSV text file. Upload the template saved as “CSV UTF-8 (comma delimited)”.",
  utf16: "The file is saved as UTF-16 text. Save it as “CSV UTF-8 (comma delimited)” and upload it again.",
  notUtf8: "The file is not valid UTF-8 text. Save it as “CSV UTF-8 (comma delimited)” and upload it again.",
  tooLarge: (maxBytes: number) => `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB. Split it into smaller files.`,
  noHeader: "The file has no header row. Download the template and keep its first row.",
  semicolons:
    "The columns are separated by semicolons (;). Save the file as “CSV UTF-8 (comma delimited)”: commas between columns, semicolons only between several values in one cell.",
  badHeader: "The header row does not match the template.",
  noRows: "The file has a header but no data rows.",
  tooManyRows: (rows: number, max: number) =>
    `The file has ${rows.toLocaleString("en-US")} data rows; at most ${max.toLocaleString("en-US")} can be imported at once. Split it into smaller files.`,
  unclosedQuote: (row: number) => `Row ${row}: a quoted cell is not closed (a " is missing). Nothing was imported.`,
  malformedQuote: (row: number) => `Row ${row}: a quoted cell is malformed (a " inside a quoted cell must be doubled as ""). Nothing was imported.`,
  cellCount: (expected: number, found: number) => `The row has ${found} cells; the header has ${expected}`,
} as const;

type Decoded = { ok: true; text: string } | { ok: false; message: string };

/**
 * Bytes (or an already decoded string) → text. Refuses binary content (NUL bytes), UTF-16
 * and invalid UTF-8; drops a leading byte-order mark.
 */
export function decodeCsvText(content: string | Uint8Array, maxBytes: number = MAX_IMPORT_BYTES): Decoded {
  if (typeof content === "string") {
    if (content.length > maxBytes) return { ok: false, message: CSV_MESSAGES.tooLarge(maxBytes) };
    if (content.includes("\u0000")) return { ok: false, message: CSV_MESSAGES.binary };
    if (content.includes("\uFFFD")) return { ok: false, message: CSV_MESSAGES.notUtf8 };
    return { ok: true, text: content.replace(/^\uFEFF/, "") };
  }
  if (content.byteLength > maxBytes) return { ok: false, message: CSV_MESSAGES.tooLarge(maxBytes) };
  if ((content[0] === 0xff && content[1] === 0xfe) || (content[0] === 0xfe && content[1] === 0xff)) {
    return { ok: false, message: CSV_MESSAGES.utf16 };
  }
  if (content.includes(0)) return { ok: false, message: CSV_MESSAGES.binary };
  try {
    // `fatal` refuses invalid sequences instead of replacing them; the BOM is dropped by default.
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(content) };
  } catch {
    return { ok: false, message: CSV_MESSAGES.notUtf8 };
  }
}

const cleanCell = (cell: string) => cell.replace(/^\uFEFF/, "").trim();
const isBlankRow = (cells: readonly string[]) => cells.every((cell) => cell.trim() === "");

/**
 * Parses an import file: decoding, CSV syntax, header against the template, row limit.
 * A refusal (`ok: false`) means nothing may be imported; row-level problems are returned
 * with the records so that the other rows can still be processed.
 */
export function parseOpportunityCsv(
  content: string | Uint8Array,
  options: { maxRows?: number; maxBytes?: number } = {},
): CsvParseResult {
  const maxRows = options.maxRows ?? MAX_IMPORT_ROWS;
  const decoded = decodeCsvText(content, options.maxBytes);
  if (!decoded.ok) return { ok: false, message: decoded.message, details: [] };
  if (decoded.text.trim() === "") return { ok: false, message: CSV_MESSAGES.empty, details: [] };

  const parsed = Papa.parse<string[]>(decoded.text, { delimiter: ",", skipEmptyLines: false, header: false });
  const quoteError = parsed.errors.find((e) => e.type === "Quotes");
  if (quoteError) {
    const row = (quoteError.row ?? 0) + 1;
    const message = quoteError.code === "MissingQuotes" ? CSV_MESSAGES.unclosedQuote(row) : CSV_MESSAGES.malformedQuote(row);
    return { ok: false, message, details: [] };
  }

  const lines = parsed.data;
  const headerIndex = lines.findIndex((cells) => !isBlankRow(cells));
  if (headerIndex === -1) return { ok: false, message: CSV_MESSAGES.empty, details: [] };
  const header = lines[headerIndex].map(cleanCell);
  if (header.length === 1 && /[;\t]/.test(header[0])) return { ok: false, message: CSV_MESSAGES.semicolons, details: [] };
  const headerErrors = validateHeader(header);
  if (headerErrors.length > 0) {
    return { ok: false, message: CSV_MESSAGES.badHeader, details: headerErrors.map((e) => e.message) };
  }

  let total = 0;
  for (let i = headerIndex + 1; i < lines.length; i++) if (!isBlankRow(lines[i])) total++;
  if (total === 0) return { ok: false, message: CSV_MESSAGES.noRows, details: [] };
  if (total > maxRows) return { ok: false, message: CSV_MESSAGES.tooManyRows(total, maxRows), details: [] };

  const records: CsvRecord[] = [];
  const rowErrors: ImportRowError[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const cells = lines[i];
    if (isBlankRow(cells)) continue;
    const row = i + 1;
    if (cells.length !== header.length) {
      rowErrors.push({ row, path: "(row)", message: CSV_MESSAGES.cellCount(header.length, cells.length) });
      continue;
    }
    const record: Record<string, string> = {};
    for (let c = 0; c < header.length; c++) record[header[c]] = cells[c];
    records.push({ row, record });
  }
  return { ok: true, header, records, rowErrors, total };
}
