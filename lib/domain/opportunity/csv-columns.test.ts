import { describe, expect, it } from "vitest";
import {
  FIELD_PATHS,
  TEMPLATE_HEADER,
  columnsOf,
  fieldOfColumn,
  opportunityInputToRow,
  rowToOpportunityInput,
  submissionSchema,
  templateCsvExampleRow,
  toOpportunityInput,
  validateHeader,
  validateOpportunity,
} from "./index";
import { ctx, validBody } from "./test-fixtures";

const emptyRow = (): Record<string, string> => Object.fromEntries(TEMPLATE_HEADER.map((c) => [c, ""]));

describe("TEMPLATE_HEADER", () => {
  it("has one column per field, money as two, action last", () => {
    expect(TEMPLATE_HEADER).toContain("customer.companyName");
    expect(TEMPLATE_HEADER).toContain("project.expectedMonthlyRevenue.amount");
    expect(TEMPLATE_HEADER).toContain("project.expectedMonthlyRevenue.currency");
    expect(TEMPLATE_HEADER).not.toContain("project.expectedMonthlyRevenue");
    expect(TEMPLATE_HEADER.at(-1)).toBe("action");
    expect(TEMPLATE_HEADER.length).toBe(FIELD_PATHS.length + 2);
    expect(new Set(TEMPLATE_HEADER).size).toBe(TEMPLATE_HEADER.length);
  });

  it("maps columns back to fields", () => {
    expect(fieldOfColumn("project.expectedMonthlyRevenue.currency")).toBe("project.expectedMonthlyRevenue");
    expect(fieldOfColumn("customer.city")).toBe("customer.city");
    expect(fieldOfColumn("action")).toBeUndefined();
    expect(columnsOf("stage")).toEqual(["stage"]);
  });
});

describe("validateHeader", () => {
  it("accepts the template in any order, with a BOM and spaces", () => {
    expect(validateHeader([...TEMPLATE_HEADER])).toEqual([]);
    const shuffled = [...TEMPLATE_HEADER].reverse().map((c) => ` ${c} `);
    shuffled[0] = `\uFEFF${shuffled[0]}`;
    expect(validateHeader(shuffled)).toEqual([]);
  });

  it("reports unknown, duplicate and missing columns", () => {
    const headers = [...TEMPLATE_HEADER.filter((c) => c !== "customer.city" && c !== "action"), "customer.vat", "stage"];
    expect(validateHeader(headers)).toEqual([
      { column: "customer.vat", message: 'Unknown column "customer.vat"' },
      { column: "stage", message: 'Column "stage" appears more than once' },
      { column: "customer.city", message: 'Missing column "customer.city" (download the template)' },
      { column: "action", message: 'Missing column "action" (download the template)' },
    ]);
  });
});

describe("rowToOpportunityInput", () => {
  it("the template's example row is a valid submission", () => {
    expect(Object.keys(templateCsvExampleRow)).toEqual([...TEMPLATE_HEADER]);
    const { input, action, errors } = rowToOpportunityInput(templateCsvExampleRow);
    expect(action).toBe("submit");
    expect(errors).toEqual([]);
    const result = validateOpportunity("submission", input, ctx);
    expect(result.errors).toEqual([]);
    expect(result.data?.project?.deliveryModels).toEqual(["SaaS or PaaS", "Professional Services"]);
    expect(result.data?.project?.expectedMonthlyRevenue).toEqual({ amountMinor: 1_250_000, currency: "USD" });
  });

  it("empty cells are absent fields; groups without cells are absent", () => {
    const row = { ...emptyRow(), "project.title": "  Analytics  ", "customerContact.email": "   " };
    expect(rowToOpportunityInput(row)).toEqual({ input: { project: { title: "Analytics" } }, action: "draft", errors: [] });
    expect(validateOpportunity("draft", rowToOpportunityInput(row).input, ctx).success).toBe(true);
  });

  it("splits lists on ; and keeps commas inside values", () => {
    const row = {
      ...emptyRow(),
      "project.customerUseCase": "Configuration, Compliance & Auditing",
      "project.salesActivities": "Conducted POC / Demo; Customer has shown interest in solution;;",
      "marketing.channels": "Email",
    };
    expect(rowToOpportunityInput(row).input).toEqual({
      project: {
        customerUseCase: "Configuration, Compliance & Auditing",
        salesActivities: ["Conducted POC / Demo", "Customer has shown interest in solution"],
      },
      marketing: { channels: ["Email"] },
    });
  });

  it("money: two columns, half a value is passed on for the schema to report", () => {
    const half = rowToOpportunityInput({ ...emptyRow(), "project.title": "X", "project.expectedMonthlyRevenue.amount": "100" });
    expect(half.input).toEqual({ project: { title: "X", expectedMonthlyRevenue: { amount: "100", currency: undefined } } });
    expect(validateOpportunity("draft", half.input, ctx).errors).toEqual([
      { path: "project.expectedMonthlyRevenue.currency", message: "Choose a currency" },
    ]);
  });

  it("action: draft or submit, any case, empty means draft", () => {
    expect(rowToOpportunityInput({ ...emptyRow(), action: "SUBMIT" }).action).toBe("submit");
    expect(rowToOpportunityInput({ ...emptyRow(), action: " Draft " }).action).toBe("draft");
    expect(rowToOpportunityInput(emptyRow()).action).toBe("draft");
    expect(rowToOpportunityInput({ ...emptyRow(), action: "publish" })).toMatchObject({
      action: "draft",
      errors: [{ path: "action", message: "Enter draft or submit" }],
    });
  });

  it("ignores unknown columns (validateHeader reports them)", () => {
    expect(rowToOpportunityInput({ "project.title": "X", extra: "1" }).input).toEqual({ project: { title: "X" } });
  });

  it("round-trips a stored opportunity through a row", () => {
    const data = submissionSchema(ctx).parse(validBody());
    const row = opportunityInputToRow(toOpportunityInput(data), "submit");
    expect(Object.keys(row)).toEqual([...TEMPLATE_HEADER]);
    expect(row["project.expectedMonthlyRevenue.amount"]).toBe("12500.00");
    expect(row["customerContact.phone"]).toBe("+49301234567");
    const again = rowToOpportunityInput(row);
    expect(again.action).toBe("submit");
    expect(submissionSchema(ctx).parse(again.input)).toEqual(data);
  });
});
