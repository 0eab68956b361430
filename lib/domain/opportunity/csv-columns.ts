/**
 * The bulk-import CSV format (domain.md §2.10). No CSV parsing here: records arrive
 * already parsed (header → cell). This file says what the columns are and turns one
 * record into an opportunity body, which is then validated with the same schemas as the
 * wizard (`draftSchema` / `submissionSchema`, depending on `action`).
 *
 * - One column per field, named by its dotted path (`customer.companyName`, ...).
 * - Money takes two columns: `project.expectedMonthlyRevenue.amount` and `...currency`.
 * - Multi-value cells (lists) are separated by `;` (picklist values may contain commas).
 * - An empty cell means "not given".
 * - The `action` column says what to do with the row: `draft` or `submit` (case-insensitive;
 *   an empty cell means `draft`, the safe choice).
 */
import { FIELD_PATHS, LIST_FIELDS, MONEY_FIELDS, getAtPath, type FieldPath, type OpportunityInput } from "./fields";
import type { FieldError } from "./schema";

export const CSV_ACTIONS = ["draft", "submit"] as const;
export type CsvAction = (typeof CSV_ACTIONS)[number];
export const CSV_ACTION_COLUMN = "action";
export const CSV_LIST_SEPARATOR = ";";

const isList = (path: FieldPath) => (LIST_FIELDS as readonly FieldPath[]).includes(path);
const isMoney = (path: FieldPath) => (MONEY_FIELDS as readonly FieldPath[]).includes(path);

/** Column names of one field. */
export const columnsOf = (path: FieldPath): string[] => (isMoney(path) ? [`${path}.amount`, `${path}.currency`] : [path]);

/** The header of the downloadable template, in form order, `action` last. */
export const TEMPLATE_HEADER: readonly string[] = [...FIELD_PATHS.flatMap(columnsOf), CSV_ACTION_COLUMN];

/** The field a column belongs to (`project.expectedMonthlyRevenue.amount` → `project.expectedMonthlyRevenue`). */
export function fieldOfColumn(column: string): FieldPath | undefined {
  return FIELD_PATHS.find((path) => columnsOf(path).includes(column));
}

/** An example row for the template (the api.md example opportunity). */
export const templateCsvExampleRow: Readonly<Record<string, string>> = Object.fromEntries(
  TEMPLATE_HEADER.map((column) => [column, ""]).concat(
    Object.entries({
      "customer.companyName": "Globex Retail GmbH",
      "customer.websiteUrl": "https://globex.example",
      "customer.industry": "Retail",
      "customer.countryCode": "DE",
      "customer.postalCode": "10115",
      "customer.stateOrRegion": "Berlin",
      "customer.city": "Berlin",
      "customer.streetAddress": "Invalidenstrasse 1",
      "customer.duns": "123456789",
      "project.title": "Store analytics platform",
      "project.customerBusinessProblem": "Stores cannot see sales by hour and lose stock to spoilage.",
      "project.customerUseCase": "Database",
      "project.deliveryModels": "SaaS or PaaS;Professional Services",
      "project.expectedMonthlyRevenue.amount": "12500.00",
      "project.expectedMonthlyRevenue.currency": "USD",
      "project.targetCloseDate": "2027-03-31",
      "project.salesActivities": "Conducted POC / Demo",
      "project.competitor": "No Competition",
      opportunityType: "NET_NEW_BUSINESS",
      stage: "QUALIFIED",
      coSellWithProvider: "YES",
      primaryNeedsFromProvider: "Co-Sell - Architectural Validation",
      "marketing.source": "NONE",
      partnerCrmId: "CRM-0042",
      "customerContact.firstName": "Greta",
      "customerContact.lastName": "Gruber",
      "customerContact.email": "greta@globex.example",
      "customerContact.phone": "+49 30 1234567",
      "customerContact.title": "CTO",
      action: "submit",
    }),
  ),
);

export type CsvHeaderError = { column: string; message: string };

const cleanColumn = (column: string) => column.replace(/^\uFEFF/, "").trim();

/**
 * Checks a header row: every template column must be present exactly once (the template
 * has them all; a file without a column cannot say whether it is empty on purpose), and no
 * other column may appear. Leading BOM and surrounding spaces are ignored.
 */
export function validateHeader(headers: readonly string[]): CsvHeaderError[] {
  const columns = headers.map(cleanColumn);
  const errors: CsvHeaderError[] = [];
  const seen = new Set<string>();
  for (const column of columns) {
    if (!TEMPLATE_HEADER.includes(column)) {
      errors.push({ column, message: `Unknown column "${column}"` });
    } else if (seen.has(column)) {
      errors.push({ column, message: `Column "${column}" appears more than once` });
    }
    seen.add(column);
  }
  for (const column of TEMPLATE_HEADER) {
    if (!seen.has(column)) errors.push({ column, message: `Missing column "${column}" (download the template)` });
  }
  return errors;
}

/** A body with nested groups, as the schemas expect it. */
export type CsvOpportunityInput = Record<string, unknown>;

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split(".");
  let current = target;
  for (const key of keys.slice(0, -1)) {
    current[key] ??= {};
    current = current[key] as Record<string, unknown>;
  }
  current[keys[keys.length - 1]] = value;
}

/**
 * One parsed record → `{ input, action, errors }`. Empty cells are absent fields; list cells
 * are split on `;`; the two money columns become `{ amount, currency }` (one of them alone is
 * passed on, so the schema reports the missing half). `errors` holds only problems of the
 * `action` cell: field problems come from validating `input`. Unknown columns are ignored
 * here (see `validateHeader`).
 */
export function rowToOpportunityInput(record: Readonly<Record<string, string | undefined>>): {
  input: CsvOpportunityInput;
  action: CsvAction;
  errors: FieldError[];
} {
  const cells = new Map<string, string>();
  for (const [column, value] of Object.entries(record)) {
    const cell = (value ?? "").trim();
    if (cell !== "") cells.set(cleanColumn(column), cell);
  }

  const input: CsvOpportunityInput = {};
  for (const path of FIELD_PATHS) {
    if (isMoney(path)) {
      const amount = cells.get(`${path}.amount`);
      const currency = cells.get(`${path}.currency`);
      if (amount !== undefined || currency !== undefined) setPath(input, path, { amount, currency });
      continue;
    }
    const cell = cells.get(path);
    if (cell === undefined) continue;
    if (isList(path)) {
      const values = cell
        .split(CSV_LIST_SEPARATOR)
        .map((v) => v.trim())
        .filter((v) => v !== "");
      if (values.length > 0) setPath(input, path, values);
    } else {
      setPath(input, path, cell);
    }
  }

  const rawAction = (cells.get(CSV_ACTION_COLUMN) ?? "draft").toLowerCase();
  const errors: FieldError[] = [];
  let action: CsvAction = "draft";
  if ((CSV_ACTIONS as readonly string[]).includes(rawAction)) action = rawAction as CsvAction;
  else errors.push({ path: CSV_ACTION_COLUMN, message: "Enter draft or submit" });

  return { input, action, errors };
}

/**
 * One opportunity in the template's columns (export, round trips). Takes the client shape
 * (`toOpportunityInput(data)`), where money is `{ amount, currency }`.
 */
export function opportunityInputToRow(input: OpportunityInput, action: CsvAction = "draft"): Record<string, string> {
  const row: Record<string, string> = {};
  for (const column of TEMPLATE_HEADER) {
    if (column === CSV_ACTION_COLUMN) {
      row[column] = action;
      continue;
    }
    const value = getAtPath(input, column);
    row[column] = Array.isArray(value) ? value.join(CSV_LIST_SEPARATOR) : value == null ? "" : String(value);
  }
  return row;
}
