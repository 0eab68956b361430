import { describe, expect, it } from "vitest";
import { FIELD_PATHS, WIZARD_STEPS, stepOfPath, validateOpportunity, validateStep } from "./index";
import { ctx, trainingCtx, validBody, withField, withFields } from "./test-fixtures";

describe("WIZARD_STEPS", () => {
  it("put every field on exactly one step", () => {
    const all = WIZARD_STEPS.flatMap((s) => [...s.fields]);
    expect(all.length).toBe(new Set(all).size);
    expect([...all].sort()).toEqual([...FIELD_PATHS].sort());
  });

  it("are numbered 1–4 in order", () => {
    expect(WIZARD_STEPS.map((s) => [s.step, s.key])).toEqual([
      [1, "customer"],
      [2, "project"],
      [3, "additionalDetails"],
      [4, "customerContact"],
    ]);
  });

  it("stepOfPath finds the step of an error path", () => {
    expect(stepOfPath("customer.websiteUrl")).toBe(1);
    expect(stepOfPath("project.expectedMonthlyRevenue.amount")).toBe(2);
    expect(stepOfPath("project.deliveryModels.2")).toBe(2);
    expect(stepOfPath("project.competitor")).toBe(3);
    expect(stepOfPath("customerContact.phone")).toBe(4);
    expect(stepOfPath("unknown")).toBeUndefined();
  });
});

describe("validateStep", () => {
  it("step 1 on an empty form: only the customer's required fields", () => {
    expect(validateStep(1, {}, ctx).map((e) => e.path)).toEqual([
      "customer.companyName",
      "customer.websiteUrl",
      "customer.industry",
      "customer.countryCode",
      "customer.postalCode",
      "customer.city",
      "customer.streetAddress",
    ]);
  });

  it("a complete step passes even when later steps are empty", () => {
    const step1Only = { customer: validBody().customer };
    expect(validateStep(1, step1Only, ctx)).toEqual([]);
    expect(validateStep(3, step1Only, ctx)).toEqual([]);
    expect(validateStep(4, step1Only, ctx)).toEqual([]);
    expect(validateStep(2, step1Only, ctx).length).toBeGreaterThan(0);
  });

  it("uses the cross-field and context rules", () => {
    const body = withFields(validBody(), { "customer.industry": "Government", "project.competitor": "*Other" });
    expect(validateStep(1, body, ctx)).toEqual([{ path: "nationalSecurity", message: "Required when industry is Government" }]);
    expect(validateStep(2, body, trainingCtx)).toEqual([
      { path: "project.customerUseCase", message: "Training partners must choose the use case Training" },
    ]);
    expect(validateStep(3, body, ctx)).toEqual([
      { path: "project.otherCompetitorNames", message: "Required when the competitor is *Other" },
    ]);
    expect(validateStep(4, withField(body, "customerContact.email", "x"), ctx)).toEqual([
      { path: "customerContact.email", message: "Enter a valid email address" },
    ]);
  });

  it("the steps together report what the final submit reports", () => {
    const body = withFields(validBody(), {
      "customer.websiteUrl": "bad",
      "project.targetCloseDate": "2020-01-01",
      "project.competitor": "*Other",
      "customerContact.phone": "123",
    });
    const byStep = WIZARD_STEPS.flatMap((s) => validateStep(s.step, body, ctx));
    expect(byStep).toEqual(expect.arrayContaining(validateOpportunity("submission", body, ctx).errors));
    expect(byStep).toHaveLength(validateOpportunity("submission", body, ctx).errors.length);
  });

  it("the valid example passes every step", () => {
    for (const s of WIZARD_STEPS) expect(validateStep(s.step, validBody(), ctx)).toEqual([]);
  });
});
