import { describe, expect, it } from "vitest";
import type { Actor } from "../actor";
import {
  FINAL_REVIEW_STATUSES,
  NEW,
  REVIEW_EVENTS,
  REVIEW_STATUSES,
  REVIEW_TRANSITIONS,
  SALES_STAGES,
  availableReviewEvents,
  availableStages,
  canAddNextStep,
  canClone,
  canDelete,
  canRequestChannel,
  reviewTransition,
  stageTransition,
  type ReviewEvent,
  type ReviewState,
  type ReviewStatus,
  type SalesStage,
} from "./index";
import { partner, provider } from "./test-fixtures";

/**
 * The §2.2 table, written out independently of machine.ts: from-states and target of each
 * event, and who may fire it.
 */
const SPEC: Record<ReviewEvent, { from: ReviewState[]; to: ReviewStatus; who: "creator" | "submitter" | "validator" }> = {
  SAVE_DRAFT: { from: ["NEW", "DRAFT"], to: "DRAFT", who: "creator" },
  SUBMIT: { from: ["NEW", "DRAFT", "ACTION_REQUIRED"], to: "SUBMITTED", who: "submitter" },
  START_REVIEW: { from: ["SUBMITTED"], to: "IN_REVIEW", who: "validator" },
  APPROVE: { from: ["SUBMITTED", "IN_REVIEW"], to: "APPROVED", who: "validator" },
  REQUEST_ACTION: { from: ["SUBMITTED", "IN_REVIEW"], to: "ACTION_REQUIRED", who: "validator" },
  REJECT: { from: ["SUBMITTED", "IN_REVIEW"], to: "REJECTED", who: "validator" },
};

type Persona = {
  name: string;
  actor: Actor;
  isOwner: boolean;
  isCreator: boolean;
  /** Which kinds of event this persona may fire. */
  may: ("creator" | "submitter" | "validator")[];
};

const PERSONAS: Persona[] = [
  { name: "ACE_USER owner and creator", actor: partner("ACE_USER"), isOwner: true, isCreator: true, may: ["creator", "submitter"] },
  { name: "ACE_USER owner (not creator)", actor: partner("ACE_USER"), isOwner: true, isCreator: false, may: ["creator", "submitter"] },
  { name: "ACE_USER creator (no longer owner)", actor: partner("ACE_USER"), isOwner: false, isCreator: true, may: ["creator"] },
  { name: "ACE_USER unrelated", actor: partner("ACE_USER"), isOwner: false, isCreator: false, may: [] },
  { name: "ALLIANCE_LEAD", actor: partner("ALLIANCE_LEAD"), isOwner: false, isCreator: false, may: ["creator", "submitter"] },
  { name: "ALLIANCE_TEAM", actor: partner("ALLIANCE_TEAM"), isOwner: false, isCreator: false, may: ["creator", "submitter"] },
  { name: "ACE_MANAGER", actor: partner("ACE_MANAGER"), isOwner: false, isCreator: false, may: ["creator", "submitter"] },
  { name: "partner without ACE role, owner", actor: partner(null), isOwner: true, isCreator: true, may: [] },
  { name: "VALIDATOR", actor: provider("VALIDATOR"), isOwner: false, isCreator: false, may: ["validator"] },
  { name: "PROVIDER_SELLER", actor: provider("PROVIDER_SELLER"), isOwner: false, isCreator: false, may: [] },
  { name: "PROVIDER_ADMIN", actor: provider("PROVIDER_ADMIN"), isOwner: false, isCreator: false, may: [] },
];

const STATES: ReviewState[] = [NEW, ...REVIEW_STATUSES];

describe("reviewTransition: every state × event × persona", () => {
  const cases = STATES.flatMap((status) => REVIEW_EVENTS.flatMap((event) => PERSONAS.map((persona) => ({ status, event, persona }))));

  it.each(cases.map((c) => [c.status, c.event, c.persona.name, c] as const))("%s + %s by %s", (_s, _e, _p, c) => {
    const spec = SPEC[c.event];
    const result = reviewTransition({
      status: c.status,
      stage: "QUALIFIED",
      event: c.event,
      actor: c.persona.actor,
      isOwner: c.persona.isOwner,
      isCreator: c.persona.isCreator,
    });
    if (!c.persona.may.includes(spec.who)) {
      expect(result).toMatchObject({ ok: false, reason: "ROLE" });
    } else if (!spec.from.includes(c.status)) {
      expect(result).toMatchObject({ ok: false, reason: "NOT_ALLOWED_FROM_STATE" });
    } else {
      expect(result).toEqual({ ok: true, to: spec.to });
    }
    if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
  });

  it("the machine's table is the spec's table", () => {
    for (const event of REVIEW_EVENTS) {
      expect([...REVIEW_TRANSITIONS[event].from].sort()).toEqual([...SPEC[event].from].sort());
      expect(REVIEW_TRANSITIONS[event].to).toBe(SPEC[event].to);
    }
  });
});

describe("reviewTransition: stage and comment guards", () => {
  const owner = { actor: partner("ACE_USER"), isOwner: true, isCreator: true };

  it.each([
    ["NEW", "LAUNCHED"],
    ["DRAFT", "LAUNCHED"],
    ["DRAFT", "CLOSED_LOST"],
    ["ACTION_REQUIRED", "CLOSED_LOST"],
  ] as const)("SUBMIT from %s at %s is refused (TERMINAL_STAGE)", (status, stage) => {
    expect(reviewTransition({ ...owner, status, stage, event: "SUBMIT" })).toMatchObject({
      ok: false,
      reason: "TERMINAL_STAGE",
    });
  });

  it.each(SALES_STAGES.filter((s) => s !== "LAUNCHED" && s !== "CLOSED_LOST"))("SUBMIT at %s is allowed", (stage) => {
    expect(reviewTransition({ ...owner, status: "DRAFT", stage, event: "SUBMIT" })).toEqual({
      ok: true,
      to: "SUBMITTED",
    });
  });

  it("SAVE_DRAFT is allowed at any stage", () => {
    expect(reviewTransition({ ...owner, status: "DRAFT", stage: "LAUNCHED", event: "SAVE_DRAFT" }).ok).toBe(true);
  });

  it.each(["REQUEST_ACTION", "REJECT"] as const)("%s needs a comment when one is checked", (event) => {
    const validator = { actor: provider("VALIDATOR"), isOwner: false, isCreator: false };
    const base = { ...validator, status: "IN_REVIEW" as const, stage: "QUALIFIED" as const, event };
    expect(reviewTransition({ ...base, comment: "  " })).toMatchObject({ ok: false, reason: "COMMENT_REQUIRED" });
    expect(reviewTransition({ ...base, comment: null })).toMatchObject({ ok: false, reason: "COMMENT_REQUIRED" });
    expect(reviewTransition({ ...base, comment: "Please fix the postal code" }).ok).toBe(true);
    expect(REVIEW_TRANSITIONS[event].commentRequired).toBe(true);
  });

  it("APPROVE and START_REVIEW do not need a comment", () => {
    const validator = { actor: provider("VALIDATOR"), isOwner: false, isCreator: false, stage: "QUALIFIED" as const };
    expect(reviewTransition({ ...validator, status: "SUBMITTED", event: "APPROVE", comment: "" }).ok).toBe(true);
    expect(reviewTransition({ ...validator, status: "SUBMITTED", event: "START_REVIEW", comment: "" }).ok).toBe(true);
  });

  it("APPROVED and REJECTED are final for the review", () => {
    expect([...FINAL_REVIEW_STATUSES].sort()).toEqual(["APPROVED", "REJECTED"]);
  });
});

describe("availableReviewEvents", () => {
  it.each([
    ["DRAFT", partner("ACE_USER"), true, true, ["SAVE_DRAFT", "SUBMIT"]],
    ["NEW", partner("ACE_USER"), true, true, ["SAVE_DRAFT", "SUBMIT"]],
    ["DRAFT", partner("ACE_USER"), false, true, ["SAVE_DRAFT"]],
    ["ACTION_REQUIRED", partner("ALLIANCE_LEAD"), false, false, ["SUBMIT"]],
    ["SUBMITTED", partner("ALLIANCE_LEAD"), false, false, []],
    ["SUBMITTED", provider("VALIDATOR"), false, false, ["START_REVIEW", "APPROVE", "REQUEST_ACTION", "REJECT"]],
    ["IN_REVIEW", provider("VALIDATOR"), false, false, ["APPROVE", "REQUEST_ACTION", "REJECT"]],
    ["APPROVED", provider("VALIDATOR"), false, false, []],
    ["REJECTED", partner("ALLIANCE_LEAD"), false, false, []],
  ] as const)("%s for %s", (status, actor, isOwner, isCreator, events) => {
    expect(availableReviewEvents({ status, stage: "QUALIFIED", actor, isOwner, isCreator })).toEqual(events);
  });

  it("hides SUBMIT at a terminal stage", () => {
    expect(
      availableReviewEvents({ status: "DRAFT", stage: "CLOSED_LOST", actor: partner("ACE_MANAGER"), isOwner: false, isCreator: false }),
    ).toEqual(["SAVE_DRAFT"]);
  });
});

describe("stageTransition", () => {
  const OPEN: SalesStage[] = ["PROSPECT", "QUALIFIED", "TECHNICAL_VALIDATION", "BUSINESS_VALIDATION", "COMMITTED"];
  const TERMINAL: SalesStage[] = ["LAUNCHED", "CLOSED_LOST"];

  const pairs = SALES_STAGES.flatMap((from) => SALES_STAGES.map((to) => [from, to] as const));

  it.each(pairs)("APPROVED: %s → %s", (from, to) => {
    const result = stageTransition({ reviewStatus: "APPROVED", from, to });
    if (TERMINAL.includes(from)) expect(result).toMatchObject({ ok: false, reason: "TERMINAL_STAGE" });
    else if (from === to) expect(result).toMatchObject({ ok: false, reason: "SAME_STAGE" });
    else expect(result).toEqual({ ok: true, to, requiresCloseDetails: TERMINAL.includes(to) });
  });

  it.each(pairs)("DRAFT: %s → %s is a field edit", (from, to) => {
    expect(stageTransition({ reviewStatus: "DRAFT", from, to })).toEqual({ ok: true, to, requiresCloseDetails: false });
  });

  it.each(["SUBMITTED", "IN_REVIEW", "ACTION_REQUIRED", "REJECTED"] as const)("%s: the stage is locked", (reviewStatus) => {
    for (const to of SALES_STAGES) {
      expect(stageTransition({ reviewStatus, from: "QUALIFIED", to })).toMatchObject({
        ok: false,
        reason: "NOT_ALLOWED_FROM_STATE",
      });
    }
  });

  it("new opportunities take any stage", () => {
    expect(stageTransition({ reviewStatus: NEW, from: null, to: "PROSPECT" }).ok).toBe(true);
  });

  it("availableStages for the drop-down", () => {
    expect(availableStages("APPROVED", "QUALIFIED")).toEqual(SALES_STAGES.filter((s) => s !== "QUALIFIED"));
    expect(availableStages("APPROVED", "LAUNCHED")).toEqual([]);
    expect(availableStages("SUBMITTED", "QUALIFIED")).toEqual([]);
    expect(OPEN.every((s) => availableStages("APPROVED", s).length === SALES_STAGES.length - 1)).toBe(true);
  });
});

describe("what else may be done", () => {
  it.each(REVIEW_STATUSES)("%s: delete only drafts; clone all but drafts", (status) => {
    expect(canDelete(status)).toBe(status === "DRAFT");
    expect(canClone(status)).toBe(status !== "DRAFT");
  });

  const matrix = REVIEW_STATUSES.flatMap((status) => SALES_STAGES.map((stage) => [status, stage] as const));

  it.each(matrix)("%s at %s: next steps only on approved open deals", (status, stage) => {
    expect(canAddNextStep(status, stage)).toBe(status === "APPROVED" && stage !== "LAUNCHED" && stage !== "CLOSED_LOST");
  });

  it.each(matrix)("%s at %s: collaboration channel from QUALIFIED on approved open deals", (status, stage) => {
    const expected = status === "APPROVED" && ["QUALIFIED", "TECHNICAL_VALIDATION", "BUSINESS_VALIDATION", "COMMITTED"].includes(stage);
    expect(canRequestChannel(status, stage)).toBe(expected);
  });
});
