import { describe, expect, it } from "vitest";
import {
  DECISION_EVENTS,
  NextStepSchema,
  ProviderFieldsSchema,
  ProviderTeamMemberSchema,
  REVIEW_DECISIONS,
  REVIEW_TRANSITIONS,
  ReviewDecisionSchema,
  StageChangeSchema,
  decisionRequiresComment,
  issuesToFieldErrors,
  reviewEventOf,
} from "./index";
import { TODAY } from "./test-fixtures";

const errorsOf = (result: { success: boolean; error?: Parameters<typeof issuesToFieldErrors>[0] }) =>
  result.success ? {} : Object.fromEntries(issuesToFieldErrors(result.error!).map((e) => [e.path, e.message]));

describe("NextStepSchema", () => {
  it("255 characters pass, 256 fail", () => {
    expect(NextStepSchema.safeParse({ text: "a".repeat(255) }).success).toBe(true);
    expect(errorsOf(NextStepSchema.safeParse({ text: "a".repeat(256) }))).toEqual({ text: "Enter at most 255 characters" });
  });

  it("is trimmed and needs at least one character", () => {
    expect(NextStepSchema.parse({ text: "  Call the CTO  " })).toEqual({ text: "Call the CTO" });
    expect(NextStepSchema.safeParse({ text: ` ${"a".repeat(255)} ` }).success).toBe(true);
    expect(errorsOf(NextStepSchema.safeParse({ text: "   " }))).toEqual({ text: "Required" });
    expect(errorsOf(NextStepSchema.safeParse({}))).toEqual({ text: "Required" });
    expect(errorsOf(NextStepSchema.safeParse({ text: 5 }))).toEqual({ text: "Enter text" });
    expect(errorsOf(NextStepSchema.safeParse({ text: "x", author: "me" }))).toEqual({ author: "Unknown field" });
  });
});

describe("ReviewDecisionSchema", () => {
  it("maps decisions to machine events", () => {
    expect(REVIEW_DECISIONS.map(reviewEventOf)).toEqual(["START_REVIEW", "APPROVE", "REQUEST_ACTION", "REJECT"]);
    for (const decision of REVIEW_DECISIONS) {
      expect(decisionRequiresComment(decision)).toBe(REVIEW_TRANSITIONS[DECISION_EVENTS[decision]].commentRequired);
    }
  });

  it.each(["ACTION_REQUIRED", "REJECT"])("%s requires a comment of 1–2000 characters", (decision) => {
    expect(errorsOf(ReviewDecisionSchema.safeParse({ decision }))).toEqual({ comment: "Enter a comment for the partner" });
    expect(errorsOf(ReviewDecisionSchema.safeParse({ decision, comment: "  " }))).toEqual({
      comment: "Enter a comment for the partner",
    });
    expect(errorsOf(ReviewDecisionSchema.safeParse({ decision, comment: null }))).toEqual({
      comment: "Enter a comment for the partner",
    });
    expect(ReviewDecisionSchema.parse({ decision, comment: " Fix the postal code " })).toEqual({
      decision,
      comment: "Fix the postal code",
    });
    expect(ReviewDecisionSchema.safeParse({ decision, comment: "a".repeat(2000) }).success).toBe(true);
    expect(errorsOf(ReviewDecisionSchema.safeParse({ decision, comment: "a".repeat(2001) }))).toEqual({
      comment: "Enter at most 2000 characters",
    });
  });

  it.each(["START", "APPROVE"])("%s takes an optional comment", (decision) => {
    expect(ReviewDecisionSchema.parse({ decision })).toEqual({ decision });
    expect(ReviewDecisionSchema.parse({ decision, comment: "Looks good" })).toEqual({ decision, comment: "Looks good" });
  });

  it("refuses unknown decisions and keys", () => {
    expect(errorsOf(ReviewDecisionSchema.safeParse({ decision: "MAYBE" }))).toEqual({
      decision: "Choose START, APPROVE, ACTION_REQUIRED or REJECT",
    });
    expect(errorsOf(ReviewDecisionSchema.safeParse({}))).toEqual({ decision: "Required" });
    expect(errorsOf(ReviewDecisionSchema.safeParse({ decision: "APPROVE", reason: "x" }))).toEqual({
      reason: "Unknown field",
    });
  });
});

describe("StageChangeSchema", () => {
  const schema = StageChangeSchema({ today: TODAY });

  it("moves between open stages with nothing else", () => {
    expect(schema.parse({ stage: "COMMITTED" })).toEqual({ stage: "COMMITTED" });
    expect(schema.parse({ stage: "COMMITTED", providerAccountId: "123456789012" })).toMatchObject({
      providerAccountId: "123456789012",
    });
    expect(errorsOf(schema.safeParse({ stage: "COMMITTED", closeDate: TODAY }))).toEqual({
      closeDate: "Only when moving to Launched or Closed lost",
    });
    expect(errorsOf(schema.safeParse({ stage: "COMMITTED", closedLostReason: "Price" }))).toEqual({
      closedLostReason: "Only when moving to Closed lost",
    });
  });

  it("LAUNCHED needs a close date not in the future", () => {
    expect(errorsOf(schema.safeParse({ stage: "LAUNCHED" }))).toEqual({ closeDate: "Enter the date the deal closed" });
    expect(schema.safeParse({ stage: "LAUNCHED", closeDate: TODAY }).success).toBe(true);
    expect(schema.safeParse({ stage: "LAUNCHED", closeDate: "2026-01-15", providerAccountId: "123456789012" }).success).toBe(true);
    expect(errorsOf(schema.safeParse({ stage: "LAUNCHED", closeDate: "2026-06-02" }))).toEqual({
      closeDate: "The close date cannot be in the future",
    });
    expect(errorsOf(schema.safeParse({ stage: "LAUNCHED", closeDate: "2026-02-30" }))).toEqual({
      closeDate: "Enter a date as YYYY-MM-DD",
    });
    expect(errorsOf(schema.safeParse({ stage: "LAUNCHED", closeDate: TODAY, closedLostReason: "Price" }))).toEqual({
      closedLostReason: "Only when moving to Closed lost",
    });
  });

  it("CLOSED_LOST needs a close date and a reason from the picklist", () => {
    expect(errorsOf(schema.safeParse({ stage: "CLOSED_LOST" }))).toEqual({
      closeDate: "Enter the date the deal closed",
      closedLostReason: "Choose why the deal was lost",
    });
    expect(schema.parse({ stage: "CLOSED_LOST", closeDate: TODAY, closedLostReason: "Lost to Competitor - Google" })).toEqual({
      stage: "CLOSED_LOST",
      closeDate: TODAY,
      closedLostReason: "Lost to Competitor - Google",
    });
    expect(errorsOf(schema.safeParse({ stage: "CLOSED_LOST", closeDate: TODAY, closedLostReason: "Bad luck" }))).toEqual({
      closedLostReason: "Choose a closed-lost reason from the list",
    });
  });

  it("lists every broken field at once", () => {
    expect(errorsOf(schema.safeParse({ stage: "CLOSED_LOST", closeDate: "2026-06-02", closedLostReason: "Bad luck" }))).toEqual({
      closeDate: "The close date cannot be in the future",
      closedLostReason: "Choose a closed-lost reason from the list",
    });
    expect(errorsOf(schema.safeParse({ stage: "CLOSED_LOST", providerAccountId: "12" }))).toEqual({
      closeDate: "Enter the date the deal closed",
      closedLostReason: "Choose why the deal was lost",
      providerAccountId: "Enter the 12-digit account ID",
    });
    expect(errorsOf(schema.safeParse({ stage: "LAUNCHED", closeDate: "2026-02-30", closedLostReason: "Bad luck" }))).toEqual({
      closeDate: "Enter a date as YYYY-MM-DD",
      closedLostReason: "Choose a closed-lost reason from the list",
    });
  });

  it("providerAccountId is 12 digits when given", () => {
    expect(errorsOf(schema.safeParse({ stage: "LAUNCHED", closeDate: TODAY, providerAccountId: "12345" }))).toEqual({
      providerAccountId: "Enter the 12-digit account ID",
    });
  });

  it("needs a known stage", () => {
    expect(errorsOf(schema.safeParse({}))).toEqual({ stage: "Required" });
    expect(errorsOf(schema.safeParse({ stage: "WON" }))).toEqual({ stage: "Choose a sales stage from the list" });
  });

  it("refuses a malformed today", () => {
    expect(() => StageChangeSchema({ today: "today" })).toThrow(RangeError);
  });
});

describe("provider-side fields", () => {
  it("are free text / a date, clearable", () => {
    expect(
      ProviderFieldsSchema.parse({ providerStage: "Seller Engaged", providerCloseDate: "2026-09-30", providerClosedLostReason: null }),
    ).toEqual({ providerStage: "Seller Engaged", providerCloseDate: "2026-09-30" });
    expect(errorsOf(ProviderFieldsSchema.safeParse({ providerClosedLostReason: "a".repeat(256), stage: "X" }))).toEqual({
      providerClosedLostReason: "Enter at most 255 characters",
      stage: "Unknown field",
    });
  });

  it("a provider team member has a role, a name and an email", () => {
    expect(ProviderTeamMemberSchema.parse({ role: "PSM", name: "Pat", email: "pat@provider.example" })).toEqual({
      role: "PSM",
      name: "Pat",
      email: "pat@provider.example",
    });
    expect(errorsOf(ProviderTeamMemberSchema.safeParse({ role: "CEO", name: "", email: "x" }))).toEqual({
      role: "Choose a provider team role from the list",
      email: "Enter a valid email address",
      name: "Required",
    });
  });
});
