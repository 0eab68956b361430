import { describe, expect, it } from "vitest";
import { editableDealFields, isDealFieldEditable, NEVER_EDITABLE_DEAL_FIELDS } from "./editability";
import { DEAL_STATUSES } from "./picklists";

const BASE = ["name", "estimatedCloseDate", "estimatedValue", "notes", "crmId", "campaignId", "team"];

describe("editableDealFields (§4.3, §5)", () => {
  it("an open ordinary IP co-sell deal: the base fields, solutions and marketplace intent", () => {
    const fields = editableDealFields({ dealType: "CO_SELL", status: "QUALIFIED", program: "IP_CO_SELL" });
    expect(fields).toEqual(expect.arrayContaining([...BASE, "solutions", "marketplaceIntent"]));
  });
  it("services co-sell: no marketplace intent", () => {
    expect(editableDealFields({ dealType: "PARTNER_LED", status: "CREATED", program: "SERVICES_CO_SELL" })).not.toContain(
      "marketplaceIntent",
    );
  });
  it("an open assessment: the base fields, not the solution", () => {
    const fields = editableDealFields({ dealType: "SOLUTION_ASSESSMENT", status: "COLLECT_DATA", program: "SERVICES_CO_SELL" });
    expect(fields).toEqual(expect.arrayContaining(BASE));
    expect(fields).not.toContain("solutions");
  });
  it.each(DEAL_STATUSES)("status %s", (status) => {
    const open = !["RECEIVED", "WON", "LOST", "DECLINED", "EXPIRED", "ERROR"].includes(status);
    expect(editableDealFields({ dealType: "PARTNER_LED", status }).length > 0).toBe(open);
  });
  it("location and customer are never editable", () => {
    for (const field of NEVER_EDITABLE_DEAL_FIELDS) {
      expect(isDealFieldEditable({ dealType: "PRIVATE", status: "CREATED" }, field)).toBe(false);
    }
    expect(NEVER_EDITABLE_DEAL_FIELDS).toEqual(expect.arrayContaining(["location", "customer"]));
  });
});
