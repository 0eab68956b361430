import { describe, expect, it } from "vitest";
import type { DealEvent } from "../referral/deal-lifecycle";
import { DEAL_STATUSES, type AssessmentDealStatus } from "../referral/picklists";
import {
  ASSESSMENT_DEAL_STATUSES,
  ASSESSMENT_STAGE_PERCENT,
  ASSESSMENT_TRANSITIONS,
  allowedAssessmentEvents,
  assessmentTransition,
  canMarkWon,
  markedAssessmentStages,
  nextAssessmentStage,
  type AssessmentMachineInput,
} from "./machine";
import { ASSESSMENT_STATUS_LABELS } from "./labels";

const now = new Date("2026-11-23T10:00:00.000Z");
const DAY = 86_400_000;

const assessment = (status: AssessmentDealStatus | null, over: Partial<AssessmentMachineInput> = {}): AssessmentMachineInput => ({
  direction: status === null || status === "RECEIVED" ? "INBOUND" : "OUTBOUND",
  status,
  expiresAt: status === "RECEIVED" ? new Date(now.getTime() + DAY) : null,
  ...over,
});

type SimpleEvent = "RECEIVE" | "CREATE" | "ACCEPT" | "DECLINE" | "EXPIRE" | "MARK_WON" | "MARK_LOST" | "CLOSE_AS_ERROR" | "EDIT";
const SIMPLE_EVENTS: SimpleEvent[] = [
  "RECEIVE",
  "CREATE",
  "ACCEPT",
  "DECLINE",
  "EXPIRE",
  "MARK_WON",
  "MARK_LOST",
  "CLOSE_AS_ERROR",
  "EDIT",
];

const open = (status: AssessmentDealStatus) => ({ MARK_LOST: "LOST", CLOSE_AS_ERROR: "ERROR", EDIT: status });

/** §5 written out: allowed (status, event) pairs and their target. Everything else is refused. */
const ALLOWED: Record<string, Partial<Record<SimpleEvent, string>>> = {
  null: { RECEIVE: "RECEIVED", CREATE: "CREATED" },
  RECEIVED: { ACCEPT: "ACCEPTED", DECLINE: "DECLINED", CLOSE_AS_ERROR: "ERROR" },
  CREATED: open("CREATED"),
  ACCEPTED: open("ACCEPTED"),
  SECURE_CUSTOMER_LOE: open("SECURE_CUSTOMER_LOE"),
  COLLECT_DATA: open("COLLECT_DATA"),
  PREPARE_REPORT: open("PREPARE_REPORT"),
  PRESENT_TO_CUSTOMER: { ...open("PRESENT_TO_CUSTOMER"), MARK_WON: "WON" },
  WON: {},
  LOST: {},
  DECLINED: {},
  EXPIRED: {},
  ERROR: {},
};

/** The only stage each status may be marked to. */
const NEXT: Record<string, string | null> = {
  CREATED: "SECURE_CUSTOMER_LOE",
  ACCEPTED: "SECURE_CUSTOMER_LOE",
  SECURE_CUSTOMER_LOE: "COLLECT_DATA",
  COLLECT_DATA: "PREPARE_REPORT",
  PREPARE_REPORT: "PRESENT_TO_CUSTOMER",
};

describe("assessmentTransition: every (status, event) pair", () => {
  const statuses: (AssessmentDealStatus | null)[] = [null, ...ASSESSMENT_DEAL_STATUSES];
  const cases = statuses.flatMap((status) =>
    SIMPLE_EVENTS.map((event) => ({ status, event, expected: ALLOWED[String(status)][event] ?? null })),
  );
  it.each(cases)("$status + $event → $expected", ({ status, event, expected }) => {
    const input = assessment(status, status === null ? { direction: event === "CREATE" ? "OUTBOUND" : "INBOUND" } : {});
    const result = assessmentTransition(input, { type: event } as DealEvent, { now });
    if (expected === null) expect(result.ok).toBe(false);
    else expect(result).toMatchObject({ ok: true, to: expected });
  });
});

describe("stages: strictly in order, next stage only", () => {
  const cases = ASSESSMENT_DEAL_STATUSES.flatMap((from) => DEAL_STATUSES.map((stage) => ({ from, stage, allowed: NEXT[from] === stage })));
  it.each(cases)("$from → $stage: $allowed", ({ from, stage, allowed }) => {
    const result = assessmentTransition(assessment(from), { type: "MARK_STAGE", stage }, { now });
    expect(result.ok).toBe(allowed);
    if (allowed) expect(result).toMatchObject({ to: stage });
  });

  it("skipping a stage says which one is next", () => {
    expect(assessmentTransition(assessment("CREATED"), { type: "MARK_STAGE", stage: "PREPARE_REPORT" }, { now })).toMatchObject({
      ok: false,
      code: "GUARD",
      message: expect.stringContaining("SECURE_CUSTOMER_LOE"),
    });
  });

  it("WON only after all four middle stages: refused from every earlier open stage with GUARD", () => {
    for (const status of ["CREATED", "ACCEPTED", "SECURE_CUSTOMER_LOE", "COLLECT_DATA", "PREPARE_REPORT"] as const) {
      expect(assessmentTransition(assessment(status), { type: "MARK_WON" }, { now })).toMatchObject({ ok: false, code: "GUARD" });
      expect(canMarkWon(status)).toBe(false);
    }
    expect(canMarkWon("PRESENT_TO_CUSTOMER")).toBe(true);
  });

  it("a full outbound walk: CREATED → 4 stages → WON", () => {
    let status: AssessmentDealStatus = "CREATED";
    const walk: string[] = [status];
    for (let next = nextAssessmentStage(status); next !== null; next = nextAssessmentStage(status)) {
      const result = assessmentTransition(assessment(status), { type: "MARK_STAGE", stage: next }, { now });
      if (!result.ok) throw new Error(result.message);
      status = result.to;
      walk.push(status);
    }
    const won = assessmentTransition(assessment(status), { type: "MARK_WON" }, { now });
    expect(won).toMatchObject({ ok: true, to: "WON" });
    expect(walk).toEqual(["CREATED", "SECURE_CUSTOMER_LOE", "COLLECT_DATA", "PREPARE_REPORT", "PRESENT_TO_CUSTOMER"]);
    expect(walk.map((s) => ASSESSMENT_STAGE_PERCENT[s as AssessmentDealStatus])).toEqual([10, 20, 40, 60, 80]);
    expect(ASSESSMENT_STAGE_PERCENT.WON).toBe(100);
  });
});

describe("helpers", () => {
  it.each(ASSESSMENT_DEAL_STATUSES)("nextAssessmentStage(%s)", (status) => {
    expect(nextAssessmentStage(status)).toBe(NEXT[status] ?? null);
  });
  it("markedAssessmentStages", () => {
    expect(markedAssessmentStages("CREATED")).toEqual([]);
    expect(markedAssessmentStages("COLLECT_DATA")).toEqual(["SECURE_CUSTOMER_LOE", "COLLECT_DATA"]);
    expect(markedAssessmentStages("WON")).toHaveLength(4);
    expect(markedAssessmentStages("LOST")).toEqual([]);
  });
  it("every status has a label", () => {
    for (const status of ASSESSMENT_DEAL_STATUSES) expect(ASSESSMENT_STATUS_LABELS[status]).toBeTruthy();
  });
  it("the sale type never changes: no UPGRADE, no INVITE", () => {
    expect(ASSESSMENT_TRANSITIONS.map((r) => r.event)).not.toContain("UPGRADE");
    expect(assessmentTransition(assessment("CREATED"), { type: "UPGRADE", to: "CO_SELL" }, { now })).toMatchObject({
      ok: false,
      code: "NOT_ALLOWED",
    });
    expect(assessmentTransition(assessment("CREATED"), { type: "INVITE", provider: true }, { now }).ok).toBe(false);
  });
});

describe("inbound assessments expire like any inbound deal", () => {
  const overdue = assessment("RECEIVED", { expiresAt: now });
  it("accept/decline refused once overdue; EXPIRE applies", () => {
    expect(assessmentTransition(overdue, { type: "ACCEPT" }, { now })).toMatchObject({ ok: false, code: "EXPIRED" });
    expect(assessmentTransition(overdue, { type: "DECLINE" }, { now })).toMatchObject({ ok: false, code: "EXPIRED" });
    expect(assessmentTransition(overdue, { type: "EXPIRE" }, { now })).toMatchObject({ ok: true, to: "EXPIRED" });
    expect(allowedAssessmentEvents(overdue, { now })).toEqual(["EXPIRE"]);
  });
  it("RECEIVE sets expiresAt = +14 days", () => {
    expect(assessmentTransition(assessment(null), { type: "RECEIVE" }, { now })).toMatchObject({
      ok: true,
      to: "RECEIVED",
      effects: { expiresAt: new Date(now.getTime() + 14 * DAY) },
    });
  });
});
