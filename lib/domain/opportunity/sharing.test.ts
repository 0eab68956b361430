import { describe, expect, it } from "vitest";
import {
  MAX_PARTNERS_PER_OPPORTUNITY,
  SHARE_EVENTS,
  SHARE_STATUSES,
  SHAREABLE_FIELD_GROUPS,
  ShareInputSchema,
  isOpenShare,
  maySeeSharesOf,
  pickSharedFields,
  shareLimitProblem,
  shareTransition,
  type ShareEvent,
  type ShareStatus,
} from "./sharing";
import { partner, provider } from "./test-fixtures";
import type { OpportunityData } from "./fields";

describe("share invitation transitions", () => {
  const allowed: Record<ShareEvent, ShareStatus> = { ACCEPT: "ACCEPTED", REJECT: "REJECTED", WITHDRAW: "WITHDRAWN" };
  const pairs = SHARE_STATUSES.flatMap((s) => SHARE_EVENTS.map((e) => [s, e] as const));
  it.each(pairs)("%s + %s", (status, event) => {
    const result = shareTransition(status, event);
    if (status === "PENDING") expect(result).toEqual({ ok: true, to: allowed[event] });
    else expect(result).toEqual({ ok: false, reason: "NOT_ALLOWED_FROM_STATE" });
  });

  it("pending and accepted invitations are open, answered and withdrawn ones are not", () => {
    expect(SHARE_STATUSES.filter(isOpenShare)).toEqual(["PENDING", "ACCEPTED"]);
  });
});

describe("who sees", () => {
  it("every ACE role of the invited organisation sees; users without one do not", () => {
    expect(maySeeSharesOf(partner("ACE_USER"), "org-partner")).toBe(true);
    expect(maySeeSharesOf(partner(null), "org-partner")).toBe(false);
    expect(maySeeSharesOf(partner("ACE_USER"), "org-other")).toBe(false);
    expect(maySeeSharesOf(provider("PROVIDER_ADMIN"), "org-provider")).toBe(false);
  });
});

describe("limits", () => {
  it("allows up to 9 invited partners in total", () => {
    expect(shareLimitProblem(0, 9)).toBeNull();
    expect(shareLimitProblem(8, 1)).toBeNull();
    expect(shareLimitProblem(9, 1)).toEqual({ reason: "TOO_MANY_PER_OPPORTUNITY", remaining: 0 });
    expect(shareLimitProblem(5, 5)).toEqual({ reason: "TOO_MANY_PER_OPPORTUNITY", remaining: 4 });
    expect(MAX_PARTNERS_PER_OPPORTUNITY).toBe(9);
  });
});

describe("ShareInputSchema", () => {
  const valid = { partnerOrganizationIds: ["a"], message: "Let's win this together", fields: ["PROJECT", "CUSTOMER"] };
  it("accepts a valid share and orders the groups", () => {
    expect(ShareInputSchema.parse(valid)).toEqual({ ...valid, fields: ["CUSTOMER", "PROJECT"] });
  });
  const issuesOf = (input: unknown) => {
    const r = ShareInputSchema.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
  };
  it.each([
    ["no partner", { ...valid, partnerOrganizationIds: [] }, "partnerOrganizationIds"],
    ["10 partners", { ...valid, partnerOrganizationIds: Array.from({ length: 10 }, (_, i) => `o${i}`) }, "partnerOrganizationIds"],
    ["a partner twice", { ...valid, partnerOrganizationIds: ["a", "a"] }, "partnerOrganizationIds"],
    ["empty message", { ...valid, message: "   " }, "message"],
    ["256-char message", { ...valid, message: "x".repeat(256) }, "message"],
    ["no fields", { ...valid, fields: [] }, "fields"],
    ["unknown field group", { ...valid, fields: ["SECRETS"] }, "fields.0"],
    ["unknown key", { ...valid, extra: 1 }, ""],
  ])("refuses %s", (_name, input, path) => {
    expect(issuesOf(input)).toContain(path);
  });
  it("accepts 9 partners and a 255-char message", () => {
    expect(issuesOf({ ...valid, partnerOrganizationIds: Array.from({ length: 9 }, (_, i) => `o${i}`), message: "x".repeat(255) })).toEqual([]);
  });
});

describe("pickSharedFields", () => {
  const data = {
    customer: { companyName: "Globex", countryCode: "DE", streetAddress: "Secret 1", duns: "123456789" },
    project: { title: "Analytics", expectedMonthlyRevenue: { amountMinor: 100, currency: "USD" }, targetCloseDate: "2027-01-01", customerBusinessProblem: "x".repeat(20) },
    stage: "QUALIFIED",
    partnerCrmId: "CRM-1",
    providerAccountId: "123456789012",
    customerContact: { firstName: "Cara", lastName: "Customer", email: "cara@globex.example" },
  } as unknown as OpportunityData;

  it("returns only the fields of the chosen groups", () => {
    expect(pickSharedFields(data, ["CUSTOMER"])).toEqual({ customer: { companyName: "Globex", countryCode: "DE" } });
    expect(pickSharedFields(data, ["REVENUE"])).toEqual({ project: { expectedMonthlyRevenue: { amountMinor: 100, currency: "USD" }, targetCloseDate: "2027-01-01" } });
    expect(pickSharedFields(data, ["STAGE"])).toEqual({ stage: "QUALIFIED" });
  });

  it("never reveals address, DUNS, CRM id, provider account or the customer contact, whatever is shared", () => {
    const all = JSON.stringify(pickSharedFields(data, [...SHAREABLE_FIELD_GROUPS]));
    for (const secret of ["Secret 1", "123456789", "CRM-1", "123456789012", "cara@globex.example"]) expect(all).not.toContain(secret);
  });
});
