import { describe, expect, it } from "vitest";
import type { DealEvent, DealMachineInput } from "./deal-lifecycle";
import { effectiveDealStatus, inboundDealExpiresAt, inboundDealReminderAt } from "./deal-lifecycle";
import { DEAL_TRANSITIONS, allowedDealEvents, dealTransition, isDealClosed, markableSalesStages, markableStages } from "./machine";
import {
  DEAL_STATUSES,
  DEAL_TYPES,
  ORDINARY_DEAL_STATUSES,
  stagePercent,
  type DealStatus,
  type DealType,
  type OrdinaryDealStatus,
} from "./picklists";

const now = new Date("2026-11-23T10:00:00.000Z");
const later = (ms: number) => new Date(now.getTime() + ms);
const DAY = 86_400_000;

const deal = (status: DealStatus | null, over: Partial<DealMachineInput> = {}): DealMachineInput => ({
  dealType: "PARTNER_LED",
  direction: status === null || status === "RECEIVED" ? "INBOUND" : "OUTBOUND",
  status,
  expiresAt: status === "RECEIVED" ? later(7 * DAY) : null,
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

const OPEN_ROW = (status: OrdinaryDealStatus) => ({ MARK_WON: "WON", MARK_LOST: "LOST", CLOSE_AS_ERROR: "ERROR", EDIT: status });

/** §4.3, written out: every (status, event) pair that is allowed and where it leads. Everything else is refused. */
const ALLOWED: Record<string, Partial<Record<SimpleEvent, string>>> = {
  null: { RECEIVE: "RECEIVED", CREATE: "CREATED" },
  RECEIVED: { ACCEPT: "ACCEPTED", DECLINE: "DECLINED", CLOSE_AS_ERROR: "ERROR" },
  CREATED: OPEN_ROW("CREATED"),
  ACCEPTED: OPEN_ROW("ACCEPTED"),
  QUALIFIED: OPEN_ROW("QUALIFIED"),
  DEVELOPED: OPEN_ROW("DEVELOPED"),
  PROPOSED: OPEN_ROW("PROPOSED"),
  NEGOTIATED: OPEN_ROW("NEGOTIATED"),
  WON: {},
  LOST: {},
  DECLINED: {},
  EXPIRED: {},
  ERROR: {},
};

describe("dealTransition: every (status, event) pair of an ordinary deal", () => {
  const statuses: (OrdinaryDealStatus | null)[] = [null, ...ORDINARY_DEAL_STATUSES];
  const cases = statuses.flatMap((status) =>
    SIMPLE_EVENTS.map((event) => ({ status, event, expected: ALLOWED[String(status)][event] ?? null })),
  );
  it.each(cases)("$status + $event → $expected", ({ status, event, expected }) => {
    const input = deal(status, status === null ? { direction: event === "CREATE" ? "OUTBOUND" : "INBOUND" } : {});
    const result = dealTransition(input, { type: event } as DealEvent, { now });
    if (expected === null) {
      expect(result.ok).toBe(false);
      if (!result.ok && status !== null && ["WON", "LOST", "DECLINED", "EXPIRED", "ERROR"].includes(status)) {
        expect(result.code).toBe("TERMINAL");
      }
    } else {
      expect(result).toMatchObject({ ok: true, to: expected, from: status });
    }
  });

  it("the table has exactly one rule per event", () => {
    const events = DEAL_TRANSITIONS.map((r) => r.event);
    expect(new Set(events).size).toBe(events.length);
  });
});

describe("creation", () => {
  it("RECEIVE sets expiresAt = received + 14 days", () => {
    const result = dealTransition(deal(null), { type: "RECEIVE" }, { now });
    expect(result).toMatchObject({ ok: true, to: "RECEIVED", effects: { expiresAt: new Date("2026-12-07T10:00:00.000Z") } });
    expect(inboundDealExpiresAt(now).toISOString()).toBe("2026-12-07T10:00:00.000Z");
    expect(inboundDealReminderAt(inboundDealExpiresAt(now)).toISOString()).toBe("2026-12-06T10:00:00.000Z");
  });
  it("RECEIVE is only for inbound deals, CREATE only for outbound ones", () => {
    expect(dealTransition(deal(null, { direction: "OUTBOUND" }), { type: "RECEIVE" }, { now })).toMatchObject({ ok: false, code: "GUARD" });
    expect(dealTransition(deal(null, { direction: "INBOUND" }), { type: "CREATE" }, { now })).toMatchObject({ ok: false, code: "GUARD" });
  });
  it.each(DEAL_TYPES)("a %s deal can be created outbound", (dealType) => {
    expect(dealTransition(deal(null, { dealType, direction: "OUTBOUND" }), { type: "CREATE" }, { now })).toMatchObject({
      ok: true,
      to: "CREATED",
    });
  });
});

describe("MARK_STAGE: forward only among open stages, skipping allowed", () => {
  const FORWARD: Record<string, string[]> = {
    CREATED: ["QUALIFIED", "DEVELOPED", "PROPOSED", "NEGOTIATED"],
    ACCEPTED: ["QUALIFIED", "DEVELOPED", "PROPOSED", "NEGOTIATED"],
    QUALIFIED: ["DEVELOPED", "PROPOSED", "NEGOTIATED"],
    DEVELOPED: ["PROPOSED", "NEGOTIATED"],
    PROPOSED: ["NEGOTIATED"],
    NEGOTIATED: [],
    RECEIVED: [],
    WON: [],
    LOST: [],
    DECLINED: [],
    EXPIRED: [],
    ERROR: [],
  };
  const cases = ORDINARY_DEAL_STATUSES.flatMap((from) =>
    DEAL_STATUSES.map((stage) => ({ from, stage, allowed: FORWARD[from].includes(stage) })),
  );
  it.each(cases)("$from → $stage: $allowed", ({ from, stage, allowed }) => {
    const result = dealTransition(deal(from), { type: "MARK_STAGE", stage }, { now });
    expect(result.ok).toBe(allowed);
    if (allowed) expect(result).toMatchObject({ to: stage });
  });
  it("WON is refused as a stage: it has its own action", () => {
    expect(dealTransition(deal("NEGOTIATED"), { type: "MARK_STAGE", stage: "WON" }, { now })).toMatchObject({
      ok: false,
      code: "GUARD",
      message: expect.stringContaining("mark won"),
    });
  });
  it("markableSalesStages lists the forward stages", () => {
    for (const [from, stages] of Object.entries(FORWARD)) expect(markableSalesStages(from as DealStatus)).toEqual(stages);
  });
});

describe("read-time expiry of an inbound deal", () => {
  const expiresAt = later(0);
  const overdue = deal("RECEIVED", { expiresAt });
  it("at expiresAt exactly the deal counts as EXPIRED; 1 ms before it does not", () => {
    expect(effectiveDealStatus({ status: "RECEIVED", expiresAt }, now)).toBe("EXPIRED");
    expect(effectiveDealStatus({ status: "RECEIVED", expiresAt }, new Date(now.getTime() - 1))).toBe("RECEIVED");
    expect(effectiveDealStatus({ status: "ACCEPTED", expiresAt }, later(DAY))).toBe("ACCEPTED");
    expect(isDealClosed({ status: "RECEIVED", expiresAt }, now)).toBe(true);
  });
  it.each(["ACCEPT", "DECLINE", "CLOSE_AS_ERROR"] as const)("%s on an overdue deal is refused as EXPIRED", (type) => {
    expect(dealTransition(overdue, { type }, { now })).toMatchObject({ ok: false, code: "EXPIRED" });
  });
  it("EXPIRE (the sweep) applies only once overdue", () => {
    expect(dealTransition(overdue, { type: "EXPIRE" }, { now })).toMatchObject({ ok: true, from: "RECEIVED", to: "EXPIRED" });
    expect(dealTransition(deal("RECEIVED"), { type: "EXPIRE" }, { now })).toMatchObject({ ok: false, code: "GUARD" });
  });
  it("allowed events of an overdue deal: only EXPIRE", () => {
    expect(allowedDealEvents(overdue, { now })).toEqual(["EXPIRE"]);
  });
});

describe("UPGRADE: one way, only while open", () => {
  const UPGRADES: Record<DealType, DealType[]> = {
    PRIVATE: ["PARTNER_LED", "CO_SELL"],
    PARTNER_LED: ["CO_SELL"],
    CO_SELL: [],
    P2P: [],
    SOLUTION_ASSESSMENT: [],
  };
  const cases = DEAL_TYPES.flatMap((from) => DEAL_TYPES.map((to) => ({ from, to, allowed: UPGRADES[from].includes(to) })));
  it.each(cases)("$from → $to: $allowed", ({ from, to, allowed }) => {
    const result = dealTransition(
      deal("QUALIFIED", { dealType: from, status: from === "SOLUTION_ASSESSMENT" ? "COLLECT_DATA" : "QUALIFIED" }),
      { type: "UPGRADE", to },
      { now },
    );
    expect(result.ok).toBe(allowed);
    if (allowed) expect(result).toMatchObject({ to: "QUALIFIED", effects: { dealType: to } });
  });
  it("refused while RECEIVED and once terminal", () => {
    expect(dealTransition(deal("RECEIVED", { dealType: "PRIVATE" }), { type: "UPGRADE", to: "CO_SELL" }, { now })).toMatchObject({
      ok: false,
      code: "NOT_ALLOWED",
    });
    expect(dealTransition(deal("WON", { dealType: "PRIVATE" }), { type: "UPGRADE", to: "CO_SELL" }, { now })).toMatchObject({
      ok: false,
      code: "TERMINAL",
    });
  });
});

describe("INVITE later (§4.1)", () => {
  const invite = (
    dealType: DealType,
    e: { provider?: boolean; partners?: boolean },
    coSellRequestState: DealMachineInput["coSellRequestState"] = null,
  ) => dealTransition(deal("DEVELOPED", { dealType, coSellRequestState }), { type: "INVITE", ...e }, { now });
  it.each([
    ["PRIVATE", { provider: true }, "CO_SELL"],
    ["PARTNER_LED", { provider: true }, "CO_SELL"],
    ["PRIVATE", { partners: true }, "P2P"],
    ["PRIVATE", { provider: true, partners: true }, "P2P"],
  ] as const)("%s + %o becomes %s", (dealType, e, to) => {
    expect(invite(dealType, e)).toMatchObject({ ok: true, to: "DEVELOPED", effects: { dealType: to } });
  });
  it.each([
    ["PARTNER_LED", { partners: true }],
    ["P2P", { provider: true }],
    ["CO_SELL", { partners: true }],
  ] as const)("%s + %o keeps its type", (dealType, e) => {
    expect(invite(dealType, e)).toMatchObject({ ok: true, effects: {} });
  });
  it("needs something to invite", () => {
    expect(invite("PRIVATE", {})).toMatchObject({ ok: false, code: "GUARD" });
  });
  it("the provider cannot be asked again while a request is pending or joined, but can after a decline or lapse", () => {
    expect(invite("CO_SELL", { provider: true }, "REQUESTED")).toMatchObject({ ok: false, code: "GUARD" });
    expect(invite("CO_SELL", { provider: true }, "JOINED")).toMatchObject({ ok: false, code: "GUARD" });
    expect(invite("CO_SELL", { provider: true }, "DECLINED")).toMatchObject({ ok: true });
    expect(invite("CO_SELL", { provider: true }, "LAPSED")).toMatchObject({ ok: true });
  });
  it("is not available on solution assessments", () => {
    expect(
      dealTransition(deal("COLLECT_DATA", { dealType: "SOLUTION_ASSESSMENT" }), { type: "INVITE", partners: true }, { now }),
    ).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
  });
});

describe("delegation to the assessment machine", () => {
  const assessment = (status: DealStatus) => deal(status, { dealType: "SOLUTION_ASSESSMENT" });
  it("assessment stages are marked in order through dealTransition", () => {
    expect(dealTransition(assessment("CREATED"), { type: "MARK_STAGE", stage: "SECURE_CUSTOMER_LOE" }, { now })).toMatchObject({
      ok: true,
      to: "SECURE_CUSTOMER_LOE",
    });
    expect(dealTransition(assessment("CREATED"), { type: "MARK_STAGE", stage: "COLLECT_DATA" }, { now }).ok).toBe(false);
    expect(dealTransition(assessment("CREATED"), { type: "MARK_STAGE", stage: "QUALIFIED" }, { now }).ok).toBe(false);
    expect(dealTransition(assessment("CREATED"), { type: "MARK_WON" }, { now })).toMatchObject({ ok: false, code: "GUARD" });
  });
  it("an ordinary deal refuses assessment stages", () => {
    expect(dealTransition(deal("CREATED"), { type: "MARK_STAGE", stage: "SECURE_CUSTOMER_LOE" }, { now }).ok).toBe(false);
  });
  it("a status of the other lifecycle is refused", () => {
    expect(dealTransition(assessment("QUALIFIED"), { type: "MARK_LOST" }, { now })).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    expect(dealTransition(deal("COLLECT_DATA"), { type: "MARK_LOST" }, { now })).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    expect(allowedDealEvents(deal("COLLECT_DATA"), { now })).toEqual([]);
  });
  it("markableStages: the next assessment stage only", () => {
    expect(markableStages(assessment("ACCEPTED"), { now })).toEqual(["SECURE_CUSTOMER_LOE"]);
    expect(markableStages(assessment("PRESENT_TO_CUSTOMER"), { now })).toEqual([]);
    expect(markableStages(deal("QUALIFIED"), { now })).toEqual(["DEVELOPED", "PROPOSED", "NEGOTIATED"]);
    expect(markableStages(deal(null), { now })).toEqual([]);
  });
});

describe("allowedDealEvents (buttons)", () => {
  const sorted = (a: string[]) => [...a].sort();
  it.each([
    ["new inbound", deal(null), ["RECEIVE"]],
    ["new outbound", deal(null, { direction: "OUTBOUND" }), ["CREATE"]],
    ["RECEIVED", deal("RECEIVED"), ["ACCEPT", "DECLINE", "CLOSE_AS_ERROR"]],
    [
      "PRIVATE CREATED",
      deal("CREATED", { dealType: "PRIVATE" }),
      ["MARK_STAGE", "MARK_WON", "MARK_LOST", "CLOSE_AS_ERROR", "EDIT", "UPGRADE", "INVITE"],
    ],
    ["CO_SELL NEGOTIATED", deal("NEGOTIATED", { dealType: "CO_SELL" }), ["MARK_WON", "MARK_LOST", "CLOSE_AS_ERROR", "EDIT", "INVITE"]],
    ["WON", deal("WON"), []],
    [
      "assessment at PRESENT_TO_CUSTOMER",
      deal("PRESENT_TO_CUSTOMER", { dealType: "SOLUTION_ASSESSMENT" }),
      ["MARK_WON", "MARK_LOST", "CLOSE_AS_ERROR", "EDIT"],
    ],
  ] as const)("%s", (_label, input, expected) => {
    expect(sorted(allowedDealEvents(input, { now }))).toEqual(sorted([...expected]));
  });
});

describe("stage percentages (§4.3, §5)", () => {
  it.each([
    ["CREATED", 10],
    ["ACCEPTED", 10],
    ["QUALIFIED", 20],
    ["DEVELOPED", 40],
    ["PROPOSED", 60],
    ["NEGOTIATED", 80],
    ["WON", 100],
    ["SECURE_CUSTOMER_LOE", 20],
    ["COLLECT_DATA", 40],
    ["PREPARE_REPORT", 60],
    ["PRESENT_TO_CUSTOMER", 80],
    ["RECEIVED", null],
    ["LOST", null],
    ["ERROR", null],
  ] as const)("%s = %s", (status, percent) => {
    expect(stagePercent(status)).toBe(percent);
  });
});
