import { describe, expect, it } from "vitest";
import {
  allowedCoSellRequestEvents,
  canProviderMarkWon,
  canRequestCoSell,
  coSellDecisionDeadline,
  coSellRequestTransition,
  dealCoSellRequestState,
  effectiveCoSellRequestState,
  type CoSellRequestEventType,
} from "./co-sell-request";
import { CO_SELL_REQUEST_STATES, type CoSellRequestState } from "./picklists";

const requestedAt = new Date("2026-11-02T09:00:00.000Z");
const deadline = new Date("2026-11-16T09:00:00.000Z");
const before = new Date(deadline.getTime() - 1);

describe("the 14-day clock (§4.4)", () => {
  it("deadline = requested + 14 × 24 h", () => {
    expect(coSellDecisionDeadline(requestedAt).toISOString()).toBe(deadline.toISOString());
  });
  it("REQUESTED lapses at the deadline exactly, not 1 ms before", () => {
    expect(effectiveCoSellRequestState("REQUESTED", requestedAt, before)).toBe("REQUESTED");
    expect(effectiveCoSellRequestState("REQUESTED", requestedAt, deadline)).toBe("LAPSED");
  });
  it("answered requests do not lapse", () => {
    expect(effectiveCoSellRequestState("JOINED", requestedAt, new Date("2027-01-01"))).toBe("JOINED");
    expect(effectiveCoSellRequestState("DECLINED", requestedAt, new Date("2027-01-01"))).toBe("DECLINED");
    expect(effectiveCoSellRequestState(null, null, deadline)).toBe(null);
  });
});

describe("coSellRequestTransition: every (state, event) pair, before the deadline", () => {
  const ALLOWED: Record<string, Partial<Record<CoSellRequestEventType, CoSellRequestState>>> = {
    null: { REQUEST: "REQUESTED" },
    REQUESTED: { JOIN: "JOINED", DECLINE: "DECLINED" },
    JOINED: {},
    DECLINED: { REQUEST: "REQUESTED" },
    LAPSED: { REQUEST: "REQUESTED" },
  };
  const events: CoSellRequestEventType[] = ["REQUEST", "JOIN", "DECLINE", "LAPSE"];
  const cases = [null, ...CO_SELL_REQUEST_STATES].flatMap((state) =>
    events.map((event) => ({ state, event, expected: ALLOWED[String(state)][event] ?? null })),
  );
  it.each(cases)("$state + $event → $expected", ({ state, event, expected }) => {
    const result = coSellRequestTransition(state, { type: event }, { now: before, requestedAt: state ? requestedAt : null });
    if (expected === null) expect(result.ok).toBe(false);
    else expect(result).toMatchObject({ ok: true, to: expected });
  });
});

describe("after the deadline", () => {
  const ctx = { now: deadline, requestedAt };
  it.each(["JOIN", "DECLINE"] as const)("%s is refused: the request lapsed", (type) => {
    expect(coSellRequestTransition("REQUESTED", { type }, ctx)).toMatchObject({ ok: false, code: "EXPIRED" });
  });
  it("LAPSE (sweep) applies, and only then", () => {
    expect(coSellRequestTransition("REQUESTED", { type: "LAPSE" }, ctx)).toMatchObject({ ok: true, to: "LAPSED" });
    expect(coSellRequestTransition("REQUESTED", { type: "LAPSE" }, { now: before, requestedAt })).toMatchObject({
      ok: false,
      code: "GUARD",
    });
    expect(allowedCoSellRequestEvents("REQUESTED", ctx).sort()).toEqual(["LAPSE", "REQUEST"]);
    expect(allowedCoSellRequestEvents("REQUESTED", { now: before, requestedAt }).sort()).toEqual(["DECLINE", "JOIN"]);
  });
  it("the partner may ask again once lapsed", () => {
    expect(coSellRequestTransition("REQUESTED", { type: "REQUEST" }, ctx)).toMatchObject({ ok: true, to: "REQUESTED" });
  });
});

describe("guards", () => {
  it.each([
    [null, true],
    ["REQUESTED", false],
    ["JOINED", false],
    ["DECLINED", true],
    ["LAPSED", true],
  ] as const)("canRequestCoSell(%s) = %s", (state, expected) => {
    expect(canRequestCoSell(state)).toBe(expected);
  });
  it.each([
    [{ dealType: "CO_SELL", status: "NEGOTIATED", providerMarkedWon: false }, true],
    [{ dealType: "CO_SELL", status: "WON", providerMarkedWon: false }, true],
    [{ dealType: "CO_SELL", status: "WON", providerMarkedWon: true }, false],
    [{ dealType: "PARTNER_LED", status: "QUALIFIED", providerMarkedWon: false }, true],
    [{ dealType: "PRIVATE", status: "QUALIFIED", providerMarkedWon: false }, false],
    [{ dealType: "P2P", status: "QUALIFIED", providerMarkedWon: false }, false],
    [{ dealType: "P2P", status: "QUALIFIED", providerMarkedWon: false, visibleToProvider: true }, true],
    [{ dealType: "CO_SELL", status: "LOST", providerMarkedWon: false }, false],
    [{ dealType: "CO_SELL", status: "ERROR", providerMarkedWon: false }, false],
    [{ dealType: "CO_SELL", status: "RECEIVED", providerMarkedWon: false }, false],
  ] as const)("canProviderMarkWon(%o) = %s", (deal, expected) => {
    expect(canProviderMarkWon(deal)).toBe(expected);
  });
});

describe("a closed deal's request (dealCoSellRequestState)", () => {
  const open = { status: "QUALIFIED" as const, coSellRequestState: "REQUESTED" as const, coSellRequestedAt: requestedAt };
  it("an open deal's request lapses at the deadline", () => {
    expect(dealCoSellRequestState(open, before)).toBe("REQUESTED");
    expect(dealCoSellRequestState(open, deadline)).toBe("LAPSED");
  });
  it("is frozen when the deal closed: pending if closed in time, lapsed if closed after the deadline", () => {
    const later = new Date("2027-01-01");
    expect(dealCoSellRequestState({ ...open, status: "WON", closedAt: before }, later)).toBe("REQUESTED");
    expect(dealCoSellRequestState({ ...open, status: "LOST", closedAt: deadline }, later)).toBe("LAPSED");
    // An inbound deal that expired unswept closed at its expiry.
    expect(dealCoSellRequestState({ ...open, status: "RECEIVED", expiresAt: before }, later)).toBe("REQUESTED");
    expect(dealCoSellRequestState({ ...open, status: "DECLINED", closedAt: null }, later)).toBe("LAPSED");
  });
});
