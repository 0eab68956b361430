import { describe, expect, it } from "vitest";
import {
  ACTION_REQUIRED_EDITABLE_FIELDS,
  APPROVED_LOCKED_FIELDS,
  FIELD_PATHS,
  REVIEW_STATUSES,
  applyPatch,
  diffFields,
  editableFields,
  isReadOnly,
  lockedFieldsChanged,
  parseOpportunityPatch,
  submissionSchema,
  type FieldPath,
  type OpportunityData,
  type OpportunityPatch,
} from "./index";
import { ctx, validBody } from "./test-fixtures";

const stored = (): OpportunityData => submissionSchema(ctx).parse(validBody());

describe("editableFields", () => {
  it("DRAFT: everything but the owner (transfer)", () => {
    expect(editableFields("DRAFT", "QUALIFIED")).toEqual(FIELD_PATHS.filter((p) => p !== "ownerId"));
  });

  it.each(["SUBMITTED", "IN_REVIEW", "REJECTED"] as const)("%s: nothing", (status) => {
    expect(editableFields(status, "QUALIFIED")).toEqual([]);
    expect(isReadOnly(status, "QUALIFIED")).toBe(true);
  });

  it("ACTION_REQUIRED: exactly the §2.2 list", () => {
    expect([...editableFields("ACTION_REQUIRED", "QUALIFIED")].sort()).toEqual(
      [
        "customer.streetAddress",
        "customer.city",
        "customer.stateOrRegion",
        "customer.postalCode",
        "customer.countryCode",
        "customer.websiteUrl",
        "project.targetCloseDate",
        "project.expectedMonthlyRevenue",
        "project.customerBusinessProblem",
        "partnerCrmId",
      ].sort(),
    );
  });

  it("APPROVED: all but the locked list, the owner and the stage (stage operation)", () => {
    const editable = editableFields("APPROVED", "COMMITTED");
    for (const locked of [
      "customer.countryCode",
      "customer.postalCode",
      "customer.industry",
      "customer.websiteUrl",
      "project.customerBusinessProblem",
      "partnerCrmId",
      "project.title",
    ] as const) {
      expect(editable).not.toContain(locked);
    }
    expect(editable).not.toContain("ownerId");
    expect(editable).not.toContain("stage");
    for (const open of [
      "customer.companyName",
      "customer.city",
      "project.targetCloseDate",
      "project.expectedMonthlyRevenue",
      "project.deliveryModels",
      "customerContact.email",
      "partnerSalesContact.phone",
      "providerAccountId",
      "marketing.source",
    ] as const) {
      expect(editable).toContain(open);
    }
    expect(editable.length).toBe(FIELD_PATHS.length - APPROVED_LOCKED_FIELDS.length - 2);
  });

  it.each(REVIEW_STATUSES)("%s at a terminal stage: nothing", (status) => {
    expect(editableFields(status, "LAUNCHED")).toEqual([]);
    expect(editableFields(status, "CLOSED_LOST")).toEqual([]);
    expect(isReadOnly(status, "CLOSED_LOST")).toBe(true);
  });

  it("the lists only name real fields", () => {
    for (const path of [...ACTION_REQUIRED_EDITABLE_FIELDS, ...APPROVED_LOCKED_FIELDS]) {
      expect(FIELD_PATHS).toContain(path);
    }
  });
});

describe("parseOpportunityPatch + lockedFieldsChanged", () => {
  const patchOf = (input: unknown): OpportunityPatch => {
    const result = parseOpportunityPatch(input);
    if (!result.success) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };

  it("ACTION_REQUIRED: editable fields pass, others are listed", () => {
    const patch = patchOf({
      customer: { postalCode: "10117", industry: "Healthcare" },
      project: { expectedMonthlyRevenue: { amount: "15000", currency: "USD" }, title: "New title" },
    });
    expect(lockedFieldsChanged("ACTION_REQUIRED", "QUALIFIED", stored(), patch)).toEqual(["customer.industry", "project.title"]);
  });

  it("a field sent with its current value is not a change", () => {
    const patch = patchOf({
      customer: { industry: "Retail", countryCode: "de" },
      project: { title: "  Store analytics platform ", expectedMonthlyRevenue: { amount: "12500", currency: "usd" } },
    });
    expect(lockedFieldsChanged("SUBMITTED", "QUALIFIED", stored(), patch)).toEqual([]);
  });

  it("APPROVED: locked fields are listed, contacts are not", () => {
    const patch = patchOf({
      customer: { websiteUrl: "globex.example", city: "Potsdam" },
      customerContact: { title: "CIO" },
      partnerCrmId: "CRM-1",
      stage: "COMMITTED",
    });
    expect(lockedFieldsChanged("APPROVED", "QUALIFIED", stored(), patch)).toEqual(["customer.websiteUrl", "stage", "partnerCrmId"]);
  });

  it("clearing counts as a change: null on a leaf or on a group", () => {
    const patch = patchOf({ customer: { duns: null }, customerContact: null });
    expect(patch).toMatchObject({ customer: { duns: null }, customerContact: null });
    const changed: FieldPath[] = lockedFieldsChanged("SUBMITTED", "QUALIFIED", stored(), patch);
    expect(changed).toEqual([
      "customer.duns",
      "customerContact.firstName",
      "customerContact.lastName",
      "customerContact.email",
      "customerContact.phone",
      "customerContact.title",
    ]);
  });

  it("an empty group sent as {} changes nothing", () => {
    expect(lockedFieldsChanged("SUBMITTED", "QUALIFIED", stored(), patchOf({ customerContact: {} }))).toEqual([]);
  });

  it("ownerId never changes by patch", () => {
    expect(lockedFieldsChanged("DRAFT", "PROSPECT", stored(), patchOf({ ownerId: "u-2" }))).toEqual(["ownerId"]);
  });

  it("terminal stage: every change is locked", () => {
    expect(lockedFieldsChanged("APPROVED", "LAUNCHED", stored(), patchOf({ customer: { city: "Bonn" } }))).toEqual(["customer.city"]);
  });

  it("malformed patches are refused with field errors", () => {
    expect(parseOpportunityPatch({ customer: { websiteUrl: "x" }, nope: 1 })).toEqual({
      success: false,
      errors: [
        { path: "customer.websiteUrl", message: "Enter a valid URL" },
        { path: "nope", message: "Unknown field" },
      ],
    });
  });
});

describe("applyPatch / diffFields", () => {
  it("applies set and cleared fields, leaving the rest", () => {
    const before = stored();
    const patch: OpportunityPatch = {
      customer: { city: "Potsdam", duns: null },
      customerContact: null,
      project: { deliveryModels: ["Resell"] },
    };
    const after = applyPatch(before, patch);
    expect(after.customer?.city).toBe("Potsdam");
    expect(after.customer?.duns).toBeUndefined();
    expect(after.customer?.companyName).toBe("Globex Retail GmbH");
    expect(after.customerContact).toEqual({});
    expect(after.project?.deliveryModels).toEqual(["Resell"]);
    expect(before.customer?.city).toBe("Berlin");
    expect(diffFields(before, after).map((d) => d.field)).toEqual([
      "customer.city",
      "customer.duns",
      "project.deliveryModels",
      "customerContact.firstName",
      "customerContact.lastName",
      "customerContact.email",
      "customerContact.phone",
      "customerContact.title",
    ]);
    expect(diffFields(before, after)[0]).toEqual({ field: "customer.city", from: "Berlin", to: "Potsdam" });
  });

  it("lists compare as sets", () => {
    const before = applyPatch(stored(), { project: { deliveryModels: ["Resell", "Other"] } });
    expect(diffFields(before, applyPatch(before, { project: { deliveryModels: ["Other", "Resell"] } }))).toEqual([]);
  });
});
