import { describe, expect, it } from "vitest";
import {
  CLOSED_LOST_REASONS,
  COMPETITORS,
  COUNTRIES_WITHOUT_POSTAL_CODES,
  COUNTRY_CODES,
  CUSTOMER_USE_CASES,
  DELIVERY_MODELS,
  FIELD_LABELS,
  FIELD_PATHS,
  INDUSTRIES,
  MARKETING_CHANNELS,
  MARKETING_USE_CASES,
  OPPORTUNITY_TYPES,
  ORIGINS,
  PRIMARY_NEEDS_FROM_PROVIDER,
  PROVIDER_TEAM_ROLES,
  REVIEW_EVENTS,
  REVIEW_EVENT_LABELS,
  REVIEW_STATUSES,
  REVIEW_STATUS_LABELS,
  SALES_ACTIVITIES,
  SALES_STAGES,
  SALES_STAGE_LABELS,
  TERMINAL_STAGES,
  isCountryCode,
  isIsoDate,
  reviewEventLabel,
  todayInTimeZone,
} from "./index";

describe("picklists", () => {
  it("have the spec's sizes and no duplicates", () => {
    const sizes: [readonly string[], number][] = [
      [INDUSTRIES, 28],
      [CUSTOMER_USE_CASES, 39],
      [DELIVERY_MODELS, 6],
      [PRIMARY_NEEDS_FROM_PROVIDER, 8],
      [SALES_ACTIVITIES, 8],
      [COMPETITORS, 11],
      [CLOSED_LOST_REASONS, 19],
      [MARKETING_CHANNELS, 13],
      [MARKETING_USE_CASES, 26],
      [REVIEW_STATUSES, 6],
      [SALES_STAGES, 7],
      [OPPORTUNITY_TYPES, 3],
      [ORIGINS, 3],
      [PROVIDER_TEAM_ROLES, 6],
    ];
    for (const [list, size] of sizes) {
      expect(list).toHaveLength(size);
      expect(new Set(list).size).toBe(size);
    }
  });

  it("keep the exact spec strings, commas and symbols included", () => {
    expect(CUSTOMER_USE_CASES).toContain("Configuration, Compliance & Auditing");
    expect(CUSTOMER_USE_CASES).toContain("Manufacturing, Supply Chain and Operations");
    expect(CUSTOMER_USE_CASES).toContain("Monitoring, logging and performance");
    expect(CUSTOMER_USE_CASES).toContain("Big Data: Data Warehouse/Data Integration/ETL/Data Lake/BI");
    expect(COMPETITORS).toContain("*Other");
    expect(COMPETITORS).toContain("Other- Cost Optimization");
    expect(PRIMARY_NEEDS_FROM_PROVIDER).toContain("Co-Sell - Support for Public Tender / RFx");
    expect(MARKETING_CHANNELS[0]).toBe("AWS Marketing Central");
    expect(INDUSTRIES.at(-1)).toBe("Other");
    expect(TERMINAL_STAGES).toEqual(["LAUNCHED", "CLOSED_LOST"]);
  });

  it("no picklist value contains the CSV list separator", () => {
    for (const list of [DELIVERY_MODELS, PRIMARY_NEEDS_FROM_PROVIDER, SALES_ACTIVITIES, MARKETING_CHANNELS, MARKETING_USE_CASES]) {
      for (const value of list) expect(value).not.toContain(";");
    }
  });
});

describe("countries", () => {
  it("has the 249 ISO 3166-1 alpha-2 codes", () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    for (const code of ["US", "DE", "JP", "GB", "CA", "HK", "QA", "AE"]) expect(isCountryCode(code)).toBe(true);
    expect(isCountryCode("UK")).toBe(false);
    expect(isCountryCode("EU")).toBe(false);
  });

  it("lists only real codes as countries without postal codes, HK, QA and AE among them", () => {
    for (const code of COUNTRIES_WITHOUT_POSTAL_CODES) expect(isCountryCode(code)).toBe(true);
    expect(COUNTRIES_WITHOUT_POSTAL_CODES).toEqual(expect.arrayContaining(["HK", "QA", "AE"]));
    expect(COUNTRIES_WITHOUT_POSTAL_CODES).not.toContain("US");
  });
});

describe("dates", () => {
  it("isIsoDate", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(isIsoDate("2027-13-01")).toBe(false);
    expect(isIsoDate("2027-1-01")).toBe(false);
  });

  it("todayInTimeZone uses the zone's calendar day", () => {
    const instant = new Date("2026-06-01T23:30:00.000Z");
    expect(todayInTimeZone("UTC", instant)).toBe("2026-06-01");
    expect(todayInTimeZone("Europe/Berlin", instant)).toBe("2026-06-02");
    expect(todayInTimeZone("America/Los_Angeles", instant)).toBe("2026-06-01");
  });
});

describe("labels", () => {
  it("cover every status, stage, event and field", () => {
    for (const s of REVIEW_STATUSES) expect(REVIEW_STATUS_LABELS[s]).toBeTruthy();
    for (const s of SALES_STAGES) expect(SALES_STAGE_LABELS[s]).toBeTruthy();
    for (const e of REVIEW_EVENTS) expect(REVIEW_EVENT_LABELS[e]).toBeTruthy();
    for (const p of FIELD_PATHS) expect(FIELD_LABELS[p]).toBeTruthy();
    expect(Object.keys(FIELD_LABELS)).toHaveLength(FIELD_PATHS.length);
  });

  it("resubmitting reads Resubmit", () => {
    expect(reviewEventLabel("SUBMIT", "ACTION_REQUIRED")).toBe("Resubmit");
    expect(reviewEventLabel("SUBMIT", "DRAFT")).toBe("Submit");
  });
});
