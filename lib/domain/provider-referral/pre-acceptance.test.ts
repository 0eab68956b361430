import { describe, expect, it } from "vitest";
import { PRE_ACCEPTANCE_FIELDS, isPreAcceptanceField, pickPreAcceptanceFields } from "./pre-acceptance";

/** A full opportunity as the api.md JSON, with every hidden field filled in. */
const opportunity = () => ({
  id: "opp-1",
  status: "APPROVED",
  stage: "QUALIFIED",
  version: 4,
  createdAt: "2026-11-20T10:00:00.000Z",
  updatedAt: "2026-11-21T10:00:00.000Z",
  origin: "PROVIDER_REFERRAL",
  leadSource: "Provider marketing",
  opportunityType: "NET_NEW_BUSINESS",
  customer: {
    companyName: "Globex Retail GmbH",
    websiteUrl: "https://globex.example",
    industry: "Retail",
    otherIndustry: null,
    countryCode: "DE",
    postalCode: "10115",
    stateOrRegion: "Berlin",
    city: "Berlin",
    streetAddress: "Invalidenstrasse 1",
    duns: "123456789",
  },
  project: {
    title: "Store analytics platform",
    customerBusinessProblem: "Stores cannot see sales by hour and lose stock to spoilage.",
    customerUseCase: "Database",
    deliveryModels: ["SaaS or PaaS"],
    expectedMonthlyRevenue: { amount: "12500.00", currency: "USD", internalNote: "hidden" },
    targetCloseDate: "2027-03-31",
    salesActivities: ["Conducted POC / Demo"],
    competitor: "No Competition",
    additionalComments: "secret",
  },
  nextStep: "Call the CTO",
  nextSteps: [{ text: "Call the CTO", author: { id: "u1", name: "Sam Seller" }, createdAt: "2026-11-20T10:00:00.000Z" }],
  coSellWithProvider: "YES",
  primaryNeedsFromProvider: ["Co-Sell - Architectural Validation"],
  marketing: { source: "NONE" },
  partnerCrmId: "CRM-0042",
  providerAccountId: "123456789012",
  customerContact: { firstName: "Greta", lastName: "Gruber", email: "greta@globex.example", phone: "+49301234567", title: "CTO" },
  owner: { id: "u2", name: "Lena Lead" },
  partnerSalesContact: { name: "Lena Lead", email: "lead@acme.example" },
  providerTeam: [
    { role: "SALES_REP", name: "Sam Seller", email: "seller@nimbus.example", phone: "+15550100", id: "u9" },
    { role: "PDM", name: "Pat Dev", email: "pdm@nimbus.example" },
  ],
  providerFields: { providerStage: "Engaged" },
  reviewComments: [{ comment: "ok" }],
});

describe("pickPreAcceptanceFields (§3)", () => {
  it("returns exactly the pre-acceptance fields", () => {
    expect(pickPreAcceptanceFields(opportunity())).toEqual({
      createdAt: "2026-11-20T10:00:00.000Z",
      origin: "PROVIDER_REFERRAL",
      leadSource: "Provider marketing",
      opportunityType: "NET_NEW_BUSINESS",
      customer: {
        companyName: "Globex Retail GmbH",
        websiteUrl: "https://globex.example",
        industry: "Retail",
        countryCode: "DE",
        postalCode: "10115",
      },
      project: {
        title: "Store analytics platform",
        customerBusinessProblem: "Stores cannot see sales by hour and lose stock to spoilage.",
        customerUseCase: "Database",
        deliveryModels: ["SaaS or PaaS"],
        expectedMonthlyRevenue: { amount: "12500.00", currency: "USD" },
        targetCloseDate: "2027-03-31",
      },
      nextStep: "Call the CTO",
      nextSteps: [{ text: "Call the CTO" }],
      providerTeam: [
        { role: "SALES_REP", name: "Sam Seller", email: "seller@nimbus.example" },
        { role: "PDM", name: "Pat Dev", email: "pdm@nimbus.example" },
      ],
    });
  });

  it("no hidden value survives anywhere in the result", () => {
    const json = JSON.stringify(pickPreAcceptanceFields(opportunity()));
    for (const hidden of [
      "Invalidenstrasse",
      "123456789",
      "greta",
      "CRM-0042",
      "secret",
      "hidden",
      "Lena",
      "+1555",
      "Engaged",
      "u9",
      'id"',
    ]) {
      expect(json).not.toContain(hidden);
    }
  });

  it("drops an object found where a leaf is expected, and never copies by reference", () => {
    const source = opportunity() as Record<string, unknown>;
    source.nextStep = { text: "x", secret: "y" };
    (source.customer as Record<string, unknown>).companyName = { nested: "leak" };
    const picked = pickPreAcceptanceFields(source);
    expect(picked.nextStep).toBeUndefined();
    expect(picked.customer?.companyName).toBeUndefined();
    expect(picked.project?.deliveryModels).not.toBe((source.project as Record<string, unknown>).deliveryModels);
  });

  it("keeps Dates (copied), nulls, and leaves absent keys absent", () => {
    const createdAt = new Date("2026-11-20T10:00:00.000Z");
    const picked = pickPreAcceptanceFields({ createdAt, customer: { companyName: "A", postalCode: null }, project: null });
    expect(picked).toEqual({ createdAt, customer: { companyName: "A", postalCode: null }, project: null });
    expect(picked.createdAt).not.toBe(createdAt);
    expect("opportunityType" in picked).toBe(false);
  });

  it("ignores non-objects", () => {
    expect(pickPreAcceptanceFields(null)).toEqual({});
    expect(pickPreAcceptanceFields("x")).toEqual({});
    expect(pickPreAcceptanceFields([opportunity()])).toEqual({});
  });

  it("ignores inherited properties", () => {
    const proto = { opportunityType: "EXPANSION" };
    expect(pickPreAcceptanceFields(Object.create(proto))).toEqual({});
  });

  it("isPreAcceptanceField", () => {
    expect(isPreAcceptanceField("customer.companyName")).toBe(true);
    expect(isPreAcceptanceField("customer")).toBe(true);
    expect(isPreAcceptanceField("customer.city")).toBe(false);
    expect(isPreAcceptanceField("providerTeam.0.email")).toBe(true);
    expect(isPreAcceptanceField("providerTeam.0.phone")).toBe(false);
    expect(isPreAcceptanceField("customerContact.email")).toBe(false);
    expect(PRE_ACCEPTANCE_FIELDS.length).toBeGreaterThan(15);
  });
});
