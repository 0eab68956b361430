import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { TEMPLATE_HEADER, rowToOpportunityInput, templateCsvExampleRow } from "@/lib/domain/opportunity";
import { CSV_MESSAGES, MAX_IMPORT_ROWS, decodeCsvText, parseOpportunityCsv } from "./parse-csv";
import { importReportToCsv, templateCsv } from "./write-csv";

const header = TEMPLATE_HEADER.join(",");
const exampleCells = () => TEMPLATE_HEADER.map((c) => templateCsvExampleRow[c] ?? "");
const line = (cells: string[]) => Papa.unparse([cells]);
const csv = (...rows: string[]) => [header, ...rows].join("\r\n") + "\r\n";
const withCell = (column: string, value: string) => {
  const cells = exampleCells();
  cells[TEMPLATE_HEADER.indexOf(column)] = value;
  return cells;
};
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("parseOpportunityCsv", () => {
  it("reads the template with its example row", () => {
    const result = parseOpportunityCsv(templateCsv());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.header).toEqual([...TEMPLATE_HEADER]);
    expect(result.total).toBe(1);
    expect(result.records).toHaveLength(1);
    expect(result.records[0].row).toBe(2);
    expect(result.records[0].record["customer.companyName"]).toBe("Globex Retail GmbH");
  });

  it("ignores a UTF-8 byte-order mark, in bytes and in a string", () => {
    const text = csv(line(exampleCells()));
    for (const content of [utf8(`\uFEFF${text}`), `\uFEFF${text}`]) {
      const result = parseOpportunityCsv(content);
      expect(result.ok && result.header[0]).toBe(TEMPLATE_HEADER[0]);
    }
  });

  it("keeps commas, quotes and line breaks inside quoted cells", () => {
    const cells = withCell("project.customerBusinessProblem", 'Stores, warehouses and "pop-ups"\ncannot see sales by hour.');
    cells[TEMPLATE_HEADER.indexOf("project.customerUseCase")] = "Manufacturing, Supply Chain and Operations";
    const result = parseOpportunityCsv(csv(line(cells)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const record = result.records[0].record;
    expect(record["project.customerBusinessProblem"]).toBe('Stores, warehouses and "pop-ups"\ncannot see sales by hour.');
    expect(record["project.customerUseCase"]).toBe("Manufacturing, Supply Chain and Operations");
  });

  it("passes `;`-separated multi-value cells on, which the domain splits into lists", () => {
    const cells = withCell("project.deliveryModels", "SaaS or PaaS; Professional Services ;Resell");
    const result = parseOpportunityCsv(csv(line(cells)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { input } = rowToOpportunityInput(result.records[0].record);
    expect((input.project as Record<string, unknown>).deliveryModels).toEqual(["SaaS or PaaS", "Professional Services", "Resell"]);
  });

  it("numbers rows like a spreadsheet (header = 1), skipping blank rows without renumbering", () => {
    const empty = TEMPLATE_HEADER.map(() => "").join(",");
    const result = parseOpportunityCsv(csv(line(exampleCells()), "", empty, line(exampleCells())));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.total).toBe(2);
    expect(result.records.map((r) => r.row)).toEqual([2, 5]);
  });

  it("accepts the header in any order and with spaces around names", () => {
    const reversed = [...TEMPLATE_HEADER].reverse();
    const cells = reversed.map((c) => templateCsvExampleRow[c] ?? "");
    const result = parseOpportunityCsv([reversed.map((c) => ` ${c} `).join(","), line(cells)].join("\n"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.records[0].record["customer.city"]).toBe("Berlin");
  });

  it("refuses a wrong header, listing unknown and missing columns", () => {
    const columns = TEMPLATE_HEADER.filter((c) => c !== "customer.city").concat("customer.vat");
    const result = parseOpportunityCsv([columns.join(","), columns.map(() => "x").join(",")].join("\n"));
    expect(result).toEqual({
      ok: false,
      message: CSV_MESSAGES.badHeader,
      details: ['Unknown column "customer.vat"', 'Missing column "customer.city" (download the template)'],
    });
  });

  it("explains a file saved with semicolons between columns", () => {
    const result = parseOpportunityCsv(TEMPLATE_HEADER.join(";") + "\n" + exampleCells().join(";"));
    expect(result).toMatchObject({ ok: false, message: CSV_MESSAGES.semicolons });
  });

  it("refuses more than 10,000 data rows, and accepts exactly 10,000", () => {
    const row = line(exampleCells());
    const at = (n: number) => csv(...Array.from({ length: n }, () => row));
    const ok = parseOpportunityCsv(at(MAX_IMPORT_ROWS));
    expect(ok.ok && ok.total).toBe(MAX_IMPORT_ROWS);
    expect(parseOpportunityCsv(at(MAX_IMPORT_ROWS + 1))).toEqual({
      ok: false,
      message: CSV_MESSAGES.tooManyRows(MAX_IMPORT_ROWS + 1, MAX_IMPORT_ROWS),
      details: [],
    });
    expect(CSV_MESSAGES.tooManyRows(10_001, 10_000)).toContain("10,001 data rows; at most 10,000");
    expect(parseOpportunityCsv(at(3), { maxRows: 2 }).ok).toBe(false);
  });

  it("reports a row with the wrong number of cells and keeps the others", () => {
    const short = exampleCells().slice(0, 5);
    const result = parseOpportunityCsv(csv(line(exampleCells()), line(short)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.records.map((r) => r.row)).toEqual([2]);
    expect(result.rowErrors).toEqual([{ row: 3, path: "(row)", message: CSV_MESSAGES.cellCount(TEMPLATE_HEADER.length, 5) }]);
    expect(result.total).toBe(2);
  });

  it("refuses a file whose quoted cell is never closed", () => {
    const cells = exampleCells().map((c) => c.replace(/"/g, ""));
    const bad = `${cells.slice(0, -1).join(",")},"submit`;
    expect(parseOpportunityCsv(csv(line(exampleCells()), bad))).toEqual({ ok: false, message: CSV_MESSAGES.unclosedQuote(3), details: [] });
  });

  it("refuses empty files and files without data rows", () => {
    expect(parseOpportunityCsv("")).toMatchObject({ ok: false, message: CSV_MESSAGES.empty });
    expect(parseOpportunityCsv(utf8("\n\n"))).toMatchObject({ ok: false, message: CSV_MESSAGES.empty });
    expect(parseOpportunityCsv(header + "\n")).toMatchObject({ ok: false, message: CSV_MESSAGES.noRows });
  });
});

describe("decodeCsvText", () => {
  it("accepts UTF-8 with non-ASCII text", () => {
    expect(decodeCsvText(utf8("Müller, 東京, Zürich"))).toEqual({ ok: true, text: "Müller, 東京, Zürich" });
  });

  it("refuses invalid UTF-8 (e.g. a Windows-1252 file)", () => {
    const latin1 = new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]); // "Müller" in Windows-1252
    expect(decodeCsvText(latin1)).toEqual({ ok: false, message: CSV_MESSAGES.notUtf8 });
    expect(parseOpportunityCsv(latin1)).toMatchObject({ ok: false, message: CSV_MESSAGES.notUtf8 });
    expect(decodeCsvText("M\uFFFDller")).toEqual({ ok: false, message: CSV_MESSAGES.notUtf8 });
  });

  it("refuses binary content and UTF-16", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(decodeCsvText(png)).toEqual({ ok: false, message: CSV_MESSAGES.binary });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00]);
    expect(decodeCsvText(utf16)).toEqual({ ok: false, message: CSV_MESSAGES.utf16 });
  });

  it("refuses files above the size limit", () => {
    expect(decodeCsvText(new Uint8Array(11), 10)).toEqual({ ok: false, message: CSV_MESSAGES.tooLarge(10) });
  });
});

describe("CSV downloads", () => {
  it("the template is the header plus one example row that parses back", () => {
    const text = templateCsv();
    expect(text.startsWith(`\uFEFF${TEMPLATE_HEADER[0]},`)).toBe(true);
    const result = parseOpportunityCsv(text);
    expect(result.ok && result.records[0].record).toEqual(
      Object.fromEntries(TEMPLATE_HEADER.map((c) => [c, templateCsvExampleRow[c] ?? ""])),
    );
  });

  it("the report lists row, field and message in row order, escaping formulas", () => {
    const text = importReportToCsv([
      { row: 7, path: "customer.websiteUrl", message: "Enter a valid URL" },
      { row: 3, path: "project.customerUseCase", message: "Choose a use case, from the list" },
      { row: 3, path: "(row)", message: "=HYPERLINK(1)" },
    ]);
    expect(text).toBe(
      '\uFEFFrow,field,message\r\n3,project.customerUseCase,"Choose a use case, from the list"\r\n3,(row),"\'=HYPERLINK(1)"\r\n7,customer.websiteUrl,Enter a valid URL\r\n',
    );
  });
});
