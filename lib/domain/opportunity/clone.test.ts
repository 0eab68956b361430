import { describe, expect, it } from "vitest";
import { cloneOpportunityFields, submissionSchema, toOpportunityInput, draftSchema } from "./index";
import { TODAY, ctx, validBody, withFields } from "./test-fixtures";

describe("cloneOpportunityFields", () => {
  const source = () =>
    submissionSchema(ctx).parse(
      withFields(validBody(), {
        opportunityType: "EXPANSION",
        parentOpportunityId: "opp_1",
        ownerId: "u_9",
        providerAccountId: "123456789012",
      }),
    );

  it("copies customer, project, marketing and contacts; drops ids and provider data", () => {
    const clone = cloneOpportunityFields(source(), TODAY);
    expect(clone.customer).toEqual(source().customer);
    expect(clone.project).toEqual(source().project);
    expect(clone.marketing).toEqual(source().marketing);
    expect(clone.customerContact).toEqual(source().customerContact);
    expect(clone.opportunityType).toBe("EXPANSION");
    expect(clone.stage).toBe("QUALIFIED");
    expect(clone).not.toHaveProperty("parentOpportunityId");
    expect(clone).not.toHaveProperty("partnerCrmId");
    expect(clone).not.toHaveProperty("ownerId");
    expect(clone).not.toHaveProperty("providerAccountId");
  });

  it("clears a target close date that is no longer in the future, and a terminal stage", () => {
    const past = { ...source(), stage: "LAUNCHED" as const };
    expect(cloneOpportunityFields(past, "2027-03-31").project?.targetCloseDate).toBeUndefined();
    expect(cloneOpportunityFields(past, "2027-03-31").stage).toBeUndefined();
    expect(cloneOpportunityFields(past, "2027-03-30").project?.targetCloseDate).toBe("2027-03-31");
  });

  it("does not touch the source, and the clone is a valid draft", () => {
    const original = source();
    const clone = cloneOpportunityFields(original, "2030-01-01");
    expect(original.project?.targetCloseDate).toBe("2027-03-31");
    expect(draftSchema(ctx).safeParse(toOpportunityInput(clone)).success).toBe(true);
  });
});

describe("toOpportunityInput", () => {
  it("turns stored data back into the API shape that parses to the same data", () => {
    const data = submissionSchema(ctx).parse(validBody());
    const input = toOpportunityInput(data);
    expect(input.project?.expectedMonthlyRevenue).toEqual({ amount: "12500.00", currency: "USD" });
    expect(submissionSchema(ctx).parse(input)).toEqual(data);
    expect(toOpportunityInput({ customer: { companyName: "X" } })).toEqual({ customer: { companyName: "X" } });
  });
});
