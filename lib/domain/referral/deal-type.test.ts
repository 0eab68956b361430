import { describe, expect, it } from "vitest";
import {
  answersOfDealType,
  canUpgrade,
  dealTypeAfterInvitation,
  dealTypeFromAnswers,
  effectiveDealType,
  isVisibleToProvider,
} from "./deal-type";
import { DEAL_TYPES, type DealType } from "./picklists";

describe("dealTypeFromAnswers (§4.1)", () => {
  it.each([
    ["NONE", false, "PRIVATE"],
    ["NONE", true, "PARTNER_LED"],
    [["Architecture review"], true, "CO_SELL"],
    [["Architecture review"], false, null],
    [[], true, "PARTNER_LED"],
  ] as const)("help %j, visible %s → %s", (helpFromProvider, visibleToProvider, expected) => {
    expect(dealTypeFromAnswers({ helpFromProvider, visibleToProvider })).toBe(expected);
  });
  it("answersOfDealType is its inverse", () => {
    for (const t of ["PRIVATE", "PARTNER_LED", "CO_SELL"] as const) {
      const a = answersOfDealType(t);
      expect(dealTypeFromAnswers({ helpFromProvider: a.helpRequested ? ["x"] : "NONE", visibleToProvider: a.visibleToProvider })).toBe(t);
    }
  });
});

describe("canUpgrade: one way only", () => {
  const ALLOWED = new Set(["PRIVATE>PARTNER_LED", "PRIVATE>CO_SELL", "PARTNER_LED>CO_SELL"]);
  const cases = DEAL_TYPES.flatMap((from) => DEAL_TYPES.map((to) => ({ from, to, allowed: ALLOWED.has(`${from}>${to}`) })));
  it.each(cases)("$from → $to: $allowed", ({ from, to, allowed }) => {
    expect(canUpgrade(from, to)).toBe(allowed);
  });
  it("never back: co-sell never becomes private or partner-led again", () => {
    expect(canUpgrade("CO_SELL", "PRIVATE")).toBe(false);
    expect(canUpgrade("CO_SELL", "PARTNER_LED")).toBe(false);
    expect(canUpgrade("PARTNER_LED", "PRIVATE")).toBe(false);
  });
});

describe("isVisibleToProvider (§1)", () => {
  it.each([
    ["PRIVATE", {}, false],
    ["PRIVATE", { visibleToProvider: true }, false],
    ["PARTNER_LED", {}, true],
    ["CO_SELL", {}, true],
    ["SOLUTION_ASSESSMENT", {}, true],
    ["P2P", {}, false],
    ["P2P", { visibleToProvider: true }, true],
  ] as const)("%s %o → %s", (dealType, opts, expected) => {
    expect(isVisibleToProvider(dealType, opts)).toBe(expected);
  });
});

describe("dealTypeAfterInvitation", () => {
  it.each([
    ["PRIVATE", { provider: true }, "CO_SELL"],
    ["PRIVATE", { partners: true }, "P2P"],
    ["PRIVATE", { provider: true, partners: true }, "P2P"],
    ["PARTNER_LED", { provider: true }, "CO_SELL"],
    ["PARTNER_LED", { partners: true }, "PARTNER_LED"],
    ["CO_SELL", { partners: true }, "CO_SELL"],
    ["P2P", { provider: true }, "P2P"],
    ["PRIVATE", {}, "PRIVATE"],
  ] as const)("%s + %o → %s", (from, invite, expected) => {
    expect(dealTypeAfterInvitation(from as DealType, invite)).toBe(expected);
  });
});

describe("effectiveDealType: a co-sell deal whose request was declined or lapsed counts as partner-led", () => {
  it.each([
    ["CO_SELL", "DECLINED", "PARTNER_LED"],
    ["CO_SELL", "LAPSED", "PARTNER_LED"],
    ["CO_SELL", "REQUESTED", "CO_SELL"],
    ["CO_SELL", "JOINED", "CO_SELL"],
    ["CO_SELL", null, "CO_SELL"],
    ["P2P", "LAPSED", "P2P"],
  ] as const)("%s with %s → %s", (dealType, state, expected) => {
    expect(effectiveDealType(dealType, state)).toBe(expected);
  });
});
