import { describe, expect, it } from "vitest";
import {
  REGISTRATION_RULES,
  allowedRegistrationEvents,
  convertToUsdCents,
  ineligibilityReasons,
  isRegistrationComplete,
  registrationEligibility,
  registrationTransition,
  type RegistrationDealInput,
  type RegistrationEventType,
  type RegistrationRule,
} from "./registration";
import { REGISTRATION_STATUSES, type RegistrationStatus } from "./picklists";

const H = 3_600_000;
const createdAt = new Date("2026-11-02T08:00:00.000Z");

const RATES: Record<string, string> = { EUR: "1.080000", JPY: "0.006700", KWD: "3.250000", GBP: "1.27" };
const ctx = { usdRatePerUnit: (currency: string) => RATES[currency] ?? null };

const wonDeal = (over: Partial<RegistrationDealInput> = {}): RegistrationDealInput => ({
  status: "WON",
  dealType: "PARTNER_LED",
  solutions: [{ ipCoSellEligible: false }, { ipCoSellEligible: true }],
  coSellRequestState: null,
  providerMarkedWon: false,
  estimatedValue: { amountMinor: 3_000_000, currency: "USD" },
  customerManagement: "MANAGED",
  createdAt,
  wonAt: new Date(createdAt.getTime() + 80 * H),
  ...over,
});

const failed = (deal: RegistrationDealInput) =>
  registrationEligibility(deal, ctx)
    .rules.filter((r) => !r.passed)
    .map((r) => r.rule);

describe("registrationEligibility: the six rules of §4.6", () => {
  it("an eligible deal passes all six, in a fixed order", () => {
    const result = registrationEligibility(wonDeal(), ctx);
    expect(result.eligible).toBe(true);
    expect(result.rules.map((r) => r.rule)).toEqual([...REGISTRATION_RULES]);
    expect(result.rules.every((r) => r.passed && r.reason.length > 0)).toBe(true);
    expect(ineligibilityReasons(result)).toEqual([]);
  });

  it.each<[string, Partial<RegistrationDealInput>, RegistrationRule[]]>([
    ["not won", { status: "NEGOTIATED", wonAt: null }, ["STATUS_WON", "WON_AFTER_72H"]],
    ["lost", { status: "LOST" }, ["STATUS_WON"]],
    ["no IP co-sell eligible solution", { solutions: [{ ipCoSellEligible: false }] }, ["IP_COSELL_SOLUTION"]],
    ["no solution at all", { solutions: [] }, ["IP_COSELL_SOLUTION"]],
    ["private", { dealType: "PRIVATE" }, ["DEAL_TYPE"]],
    ["P2P", { dealType: "P2P" }, ["DEAL_TYPE"]],
    ["solution assessment", { dealType: "SOLUTION_ASSESSMENT" }, ["DEAL_TYPE"]],
    ["co-sell, request pending", { dealType: "CO_SELL", coSellRequestState: "REQUESTED" }, ["DEAL_TYPE"]],
    ["co-sell, request declined", { dealType: "CO_SELL", coSellRequestState: "DECLINED" }, ["DEAL_TYPE"]],
    ["co-sell, request lapsed", { dealType: "CO_SELL", coSellRequestState: "LAPSED" }, ["DEAL_TYPE"]],
    ["co-sell, provider joined", { dealType: "CO_SELL", coSellRequestState: "JOINED" }, []],
    ["co-sell, provider marked won", { dealType: "CO_SELL", coSellRequestState: "LAPSED", providerMarkedWon: true }, []],
    ["value below 25,000 USD", { estimatedValue: { amountMinor: 2_499_999, currency: "USD" } }, ["MIN_VALUE"]],
    ["value exactly 25,000 USD", { estimatedValue: { amountMinor: 2_500_000, currency: "USD" } }, []],
    ["unmanaged customer", { customerManagement: "UNMANAGED" }, ["MANAGED_CUSTOMER"]],
    ["DUNS (other) customer", { customerManagement: "OTHER" }, ["MANAGED_CUSTOMER"]],
    ["customer outside the directory", { customerManagement: null }, ["MANAGED_CUSTOMER"]],
    ["won too early", { wonAt: new Date(createdAt.getTime() + 10 * H) }, ["WON_AFTER_72H"]],
  ])("%s", (_label, over, expected) => {
    expect(failed(wonDeal(over))).toEqual(expected);
    expect(registrationEligibility(wonDeal(over), ctx).eligible).toBe(expected.length === 0);
  });

  it("the reasons of failed rules are what the API answers", () => {
    const result = registrationEligibility(wonDeal({ customerManagement: "UNMANAGED", dealType: "PRIVATE" }), ctx);
    expect(ineligibilityReasons(result)).toEqual([
      "Only partner-led and co-sell deals can be registered, not PRIVATE",
      "The customer account is not managed by the provider",
    ]);
  });
});

describe("MIN_VALUE: foreign currencies converted exactly (rate as decimal string, BigInt)", () => {
  it.each([
    ["EUR just below: 23,148.14 × 1.08 = 24,999.9912 → 24,999.99", { amountMinor: 2_314_814, currency: "EUR" }, false, "24,999.99 USD"],
    ["EUR just above: 23,148.15 × 1.08 = 25,000.002 → 25,000.00", { amountMinor: 2_314_815, currency: "EUR" }, true, "25,000.00 USD"],
    ["JPY below: 3,731,342 × 0.0067 = 24,999.9914 → 24,999.99", { amountMinor: 3_731_342, currency: "JPY" }, false, "24,999.99 USD"],
    [
      "JPY rounds up to the cent: 3,731,343 × 0.0067 = 24,999.9981 → 25,000.00",
      { amountMinor: 3_731_343, currency: "JPY" },
      true,
      "25,000.00 USD",
    ],
    ["KWD (3 decimals) below: 7,692.306 × 3.25 = 24,999.9945", { amountMinor: 7_692_306, currency: "KWD" }, false, "24,999.99 USD"],
    ["KWD half a cent rounds up: 7,692.307 × 3.25 = 24,999.99775", { amountMinor: 7_692_307, currency: "KWD" }, true, "25,000.00 USD"],
    ["GBP with a short rate string: 19,685.04 × 1.27 = 25,000.0008", { amountMinor: 1_968_504, currency: "GBP" }, true, "25,000.00 USD"],
  ])("%s", (_label, estimatedValue, passed, shown) => {
    const rule = registrationEligibility(wonDeal({ estimatedValue }), ctx).rules.find((r) => r.rule === "MIN_VALUE")!;
    expect(rule.passed).toBe(passed);
    expect(rule.reason).toContain(shown);
  });

  it("accepts the api.md money shape too", () => {
    const rule = (amount: string) =>
      registrationEligibility(wonDeal({ estimatedValue: { amount, currency: "EUR" } }), ctx).rules.find((r) => r.rule === "MIN_VALUE")!;
    expect(rule("23148.14").passed).toBe(false);
    expect(rule("23148.15").passed).toBe(true);
    expect(rule("abc").passed).toBe(false);
  });

  it("fails with a clear reason when the month has no rate, or the rate is malformed", () => {
    const noRate = registrationEligibility(wonDeal({ estimatedValue: { amountMinor: 100_000_000, currency: "CHF" } }), ctx);
    expect(noRate.rules.find((r) => r.rule === "MIN_VALUE")).toMatchObject({ passed: false, reason: expect.stringContaining("CHF") });
    const bad = registrationEligibility(wonDeal({ estimatedValue: { amountMinor: 100_000_000, currency: "EUR" } }), {
      usdRatePerUnit: () => "1,08",
    });
    expect(bad.rules.find((r) => r.rule === "MIN_VALUE")?.passed).toBe(false);
  });

  it("USD needs no rate", () => {
    expect(registrationEligibility(wonDeal(), { usdRatePerUnit: () => null }).eligible).toBe(true);
  });

  it("convertToUsdCents", () => {
    expect(convertToUsdCents(2_314_815, "EUR", "1.080000")).toBe(2_500_000n);
    expect(convertToUsdCents(100, "JPY", "0.0067")).toBe(67n);
    expect(convertToUsdCents(1, "USD", "1")).toBe(1n);
    expect(convertToUsdCents(9_007_199_254_740_991, "USD", "1.000001")).toBe(9_007_208_261_940_246n);
    expect(() => convertToUsdCents(1, "EUR", "-1")).toThrow(RangeError);
    expect(() => convertToUsdCents(-1, "EUR", "1")).toThrow(RangeError);
    expect(() => convertToUsdCents(1.5, "EUR", "1")).toThrow(RangeError);
  });
});

describe("WON_AFTER_72H: the boundary", () => {
  const at = (ms: number) => failed(wonDeal({ wonAt: new Date(createdAt.getTime() + ms) }));
  it("exactly 72 hours passes", () => expect(at(72 * H)).toEqual([]));
  it("72 hours minus 1 ms fails", () => expect(at(72 * H - 1)).toEqual(["WON_AFTER_72H"]));
  it("the reason says how long it took", () => {
    const rule = registrationEligibility(wonDeal({ wonAt: new Date(createdAt.getTime() + 71.5 * H) }), ctx).rules.find(
      (r) => r.rule === "WON_AFTER_72H",
    )!;
    expect(rule.reason).toContain("71 hours");
    expect(rule.reason).toContain("72 hours");
  });
});

describe("registration status machine", () => {
  const events: RegistrationEventType[] = ["SUBMIT", "START_VALIDATION", "VALIDATE", "REQUEST_ACTION", "REJECT", "RESUBMIT"];
  const ALLOWED: Record<string, Partial<Record<RegistrationEventType, RegistrationStatus>>> = {
    null: { SUBMIT: "SUBMITTED" },
    SUBMITTED: { START_VALIDATION: "IN_VALIDATION" },
    IN_VALIDATION: { VALIDATE: "VALIDATED", REQUEST_ACTION: "ACTION_REQUIRED", REJECT: "REJECTED" },
    ACTION_REQUIRED: { RESUBMIT: "SUBMITTED" },
    VALIDATED: {},
    REJECTED: {},
  };
  const now = new Date("2026-11-23T10:00:00Z");
  const cases = [null, ...REGISTRATION_STATUSES].flatMap((status) =>
    events.map((event) => ({ status, event, expected: ALLOWED[String(status)][event] ?? null })),
  );
  it.each(cases)("$status + $event → $expected", ({ status, event, expected }) => {
    const result = registrationTransition(status, { type: event }, { now, eligible: true });
    if (expected === null) expect(result.ok).toBe(false);
    else expect(result).toMatchObject({ ok: true, to: expected });
  });
  it("SUBMIT and RESUBMIT need an eligible deal", () => {
    expect(registrationTransition(null, { type: "SUBMIT" }, { now, eligible: false })).toMatchObject({ ok: false, code: "GUARD" });
    expect(registrationTransition(null, { type: "SUBMIT" }, { now })).toMatchObject({ ok: false, code: "GUARD" });
    expect(registrationTransition("ACTION_REQUIRED", { type: "RESUBMIT" }, { now, eligible: false })).toMatchObject({ ok: false });
    expect(allowedRegistrationEvents(null, { now, eligible: false })).toEqual([]);
    expect(allowedRegistrationEvents(null, { now, eligible: true })).toEqual(["SUBMIT"]);
  });
  it("validation completes at VALIDATED or REJECTED", () => {
    expect(REGISTRATION_STATUSES.filter(isRegistrationComplete)).toEqual(["VALIDATED", "REJECTED"]);
    expect(registrationTransition("VALIDATED", { type: "RESUBMIT" }, { now, eligible: true })).toMatchObject({ code: "TERMINAL" });
  });
});
