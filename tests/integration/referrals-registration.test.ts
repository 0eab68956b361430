/**
 * Deal registration against PostgreSQL (§4.6): the six eligibility rules with monthly
 * exchange rates (a foreign currency just below / above 25,000 USD, the 72-hour rule),
 * registering, and the provider admin's validation.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  createReferral,
  decideRegistration,
  getDeal,
  listRegistrations,
  markWon,
  providerDecision,
  registerDeal,
  registrationEligibilityOf,
} from "@/lib/data/referrals";
import { listExchangeRates, monthOf, setExchangeRate } from "@/lib/data/catalog";
import { InvalidTransitionError, NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import { backdate, body, coSellBody, DAY, historyOf, setupReferrals, type Setup } from "./referrals-helpers";

const HOUR = 3_600_000;
const thisMonth = () => monthOf(new Date());

/** A deal created `hoursAgo` hours ago and won now. */
async function wonDeal(t: Setup, over: Record<string, unknown> = {}, hoursAgo = 100) {
  const deal = await createReferral(t.actors.lead, body(t, over));
  await backdate(deal.id, { createdAt: new Date(Date.now() - hoursAgo * HOUR) });
  return markWon(t.actors.lead, deal.id);
}

const rule = (e: Awaited<ReturnType<typeof registrationEligibilityOf>>, name: string) => e.rules.find((r) => r.rule === name)!;

describe("exchange rates (provider admin)", () => {
  it("sets a month's rate per currency, with history and versions; nobody else can", async () => {
    const t = await setupReferrals();
    const month = thisMonth();
    const eur = await setExchangeRate(t.actors.admin, { month, currency: "eur", usdRate: "1.0870" });
    expect(eur).toMatchObject({ month, currency: "EUR", usdRate: "1.087", version: 1 });
    const jpy = await setExchangeRate(t.actors.admin, { month, currency: "JPY", usdRate: "0.0067" });
    expect(jpy.usdRate).toBe("0.0067");
    const changed = await setExchangeRate(t.actors.admin, { month, currency: "EUR", usdRate: "1.09", version: 1 });
    expect(changed).toMatchObject({ usdRate: "1.09", version: 2 });
    await expect(setExchangeRate(t.actors.admin, { month, currency: "EUR", usdRate: "1.1", version: 1 })).rejects.toBeInstanceOf(StaleVersionError);
    expect((await listExchangeRates(t.actors.admin, { month })).map((r) => [r.currency, r.usdRate])).toEqual([
      ["EUR", "1.09"],
      ["JPY", "0.0067"],
    ]);
    const bad = await setExchangeRate(t.actors.admin, { month: "2026-13", currency: "USD", usdRate: "-1" }).catch((e) => e);
    expect((bad as ValidationError).errors.map((e) => e.path).sort()).toEqual(["currency", "month", "usdRate"]);
    await expect(setExchangeRate(t.actors.lead, { month, currency: "GBP", usdRate: "1.27" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listExchangeRates(t.actors.seller)).rejects.toBeInstanceOf(NotFoundError);
    const history = await db().historyEntry.findMany({ where: { entityType: "EXCHANGE_RATE", entityId: eur.id }, orderBy: { at: "asc" } });
    expect(history.map((h) => h.action)).toEqual(["created", "updated"]);
  });
});

describe("registration eligibility", () => {
  it("passes every rule for a won, partner-led, IP co-sell deal of a managed customer over 25,000 USD won after 72 h", async () => {
    const t = await setupReferrals();
    const deal = await wonDeal(t);
    const e = await registrationEligibilityOf(t.actors.lead, deal.id);
    expect(e).toMatchObject({ eligible: true, reasons: [] });
    expect(e.rules.map((r) => r.rule)).toEqual(["STATUS_WON", "IP_COSELL_SOLUTION", "DEAL_TYPE", "MIN_VALUE", "MANAGED_CUSTOMER", "WON_AFTER_72H"]);
    expect(deal.abilities.register).toBe(true);
  });

  it("converts a foreign currency at the month's rate: just below 25,000 USD fails, just above passes", async () => {
    const t = await setupReferrals();
    await setExchangeRate(t.actors.admin, { month: thisMonth(), currency: "EUR", usdRate: "1.087" });
    // 22,998.00 EUR × 1.087 = 24,998.826 USD → 24,998.83 < 25,000.
    const below = await wonDeal(t, { estimatedValue: { amount: "22998.00", currency: "EUR" } });
    const eBelow = await registrationEligibilityOf(t.actors.lead, below.id);
    expect(eBelow.eligible).toBe(false);
    expect(rule(eBelow, "MIN_VALUE")).toMatchObject({ passed: false, reason: "The value (24,998.83 USD) is below 25,000.00 USD" });
    expect(eBelow.reasons).toEqual(["The value (24,998.83 USD) is below 25,000.00 USD"]);
    // 23,000.00 EUR × 1.087 = 25,001.00 USD.
    const above = await wonDeal(t, { estimatedValue: { amount: "23000.00", currency: "EUR" } });
    expect(rule(await registrationEligibilityOf(t.actors.lead, above.id), "MIN_VALUE")).toMatchObject({ passed: true });
    // No rate for the currency: the rule fails and says why.
    const gbp = await wonDeal(t, { estimatedValue: { amount: "90000.00", currency: "GBP" } });
    expect(rule(await registrationEligibilityOf(t.actors.lead, gbp.id), "MIN_VALUE").reason).toMatch(/No exchange rate from GBP/);
    // Registering the one below is refused with the reason.
    const refused = await registerDeal(t.actors.lead, below.id).catch((e) => e);
    expect(refused).toBeInstanceOf(InvalidTransitionError);
    expect(refused.message).toMatch(/below 25,000.00 USD/);
  });

  it("uses the latest earlier month's rate when the month of the win has none", async () => {
    const t = await setupReferrals();
    const last = new Date();
    last.setUTCDate(1);
    last.setUTCMonth(last.getUTCMonth() - 1);
    await setExchangeRate(t.actors.admin, { month: monthOf(last), currency: "JPY", usdRate: "0.0067" });
    // 4,000,000 JPY × 0.0067 = 26,800 USD.
    const deal = await wonDeal(t, { estimatedValue: { amount: "4000000", currency: "JPY" } });
    expect(rule(await registrationEligibilityOf(t.actors.lead, deal.id), "MIN_VALUE")).toMatchObject({ passed: true });
  });

  it("needs 72 hours between creating and winning the deal", async () => {
    const t = await setupReferrals();
    const quick = await wonDeal(t, {}, 71);
    const eQuick = await registrationEligibilityOf(t.actors.lead, quick.id);
    expect(eQuick.eligible).toBe(false);
    expect(rule(eQuick, "WON_AFTER_72H")).toMatchObject({ passed: false, reason: expect.stringMatching(/won 71 hours after it was created; at least 72 hours/) });
    const slow = await wonDeal(t, {}, 73);
    expect(rule(await registrationEligibilityOf(t.actors.lead, slow.id), "WON_AFTER_72H").passed).toBe(true);
  });

  it("lists each failing rule: open deal, no eligible solution, private type, unmanaged customer", async () => {
    const t = await setupReferrals();
    const deal = await createReferral(
      t.actors.lead,
      body(t, {
        dealType: "PRIVATE",
        visibleToProvider: false,
        customer: { accountId: t.customers.unmanaged.id },
        solutions: [{ solutionId: t.solutions.ownNotEligible.id }],
      }),
    );
    const e = await registrationEligibilityOf(t.actors.lead, deal.id);
    expect(e.rules.filter((r) => !r.passed).map((r) => r.rule)).toEqual(["STATUS_WON", "IP_COSELL_SOLUTION", "DEAL_TYPE", "MANAGED_CUSTOMER", "WON_AFTER_72H"]);
    expect(deal.abilities.register).toBe(false);
  });

  it("a co-sell deal registers only once the provider seller joined (or marked it won)", async () => {
    const t = await setupReferrals();
    const co = await createReferral(t.actors.lead, coSellBody(t));
    await backdate(co.id, { createdAt: new Date(Date.now() - 4 * DAY) });
    await markWon(t.actors.lead, co.id);
    expect(rule(await registrationEligibilityOf(t.actors.lead, co.id), "DEAL_TYPE").passed).toBe(false);
    const co2 = await createReferral(t.actors.lead, coSellBody(t));
    await providerDecision(t.actors.seller, co2.id, { decision: "JOIN" });
    await backdate(co2.id, { createdAt: new Date(Date.now() - 4 * DAY) });
    await markWon(t.actors.lead, co2.id);
    expect((await registrationEligibilityOf(t.actors.lead, co2.id)).eligible).toBe(true);
  });

  it("a co-sell deal whose request lapsed, then won, counts as partner-led and registers (§4.4)", async () => {
    const t = await setupReferrals();
    const co = await createReferral(t.actors.lead, coSellBody(t));
    await backdate(co.id, { createdAt: new Date(Date.now() - 20 * DAY), coSellRequestedAt: new Date(Date.now() - 15 * DAY) });
    // Lapsed at read time (the sweep has not run): the deal page shows it partner-led …
    const won = await markWon(t.actors.lead, co.id);
    expect(won).toMatchObject({ dealType: "CO_SELL", effectiveDealType: "PARTNER_LED", provider: { coSellRequestState: "LAPSED" } });
    // … and so does the registration rule.
    const e = await registrationEligibilityOf(t.actors.lead, co.id);
    expect(rule(e, "DEAL_TYPE")).toMatchObject({ passed: true, reason: "Partner-led deals can be registered" });
    expect(e).toMatchObject({ eligible: true, reasons: [] });
    expect(won.abilities.register).toBe(true);
    expect((await registerDeal(t.actors.lead, co.id)).registration).toMatchObject({ status: "SUBMITTED" });
  });

  it("a co-sell deal the provider declined, then won, counts as partner-led and registers (§4.4)", async () => {
    const t = await setupReferrals();
    const co = await createReferral(t.actors.lead, coSellBody(t));
    await providerDecision(t.actors.seller, co.id, { decision: "DECLINE" });
    await backdate(co.id, { createdAt: new Date(Date.now() - 4 * DAY) });
    const won = await markWon(t.actors.lead, co.id);
    expect(won.effectiveDealType).toBe("PARTNER_LED");
    const e = await registrationEligibilityOf(t.actors.lead, co.id);
    expect(rule(e, "DEAL_TYPE")).toMatchObject({ passed: true });
    expect(e.eligible).toBe(true);
    expect((await registerDeal(t.actors.lead, co.id)).registration).toMatchObject({ status: "SUBMITTED" });
  });
});

describe("registering and validating", () => {
  it("registers once; the provider admin validates, asks for action (partner resubmits) or rejects", async () => {
    const t = await setupReferrals();
    const deal = await wonDeal(t);
    const registered = await registerDeal(t.actors.lead, deal.id);
    expect(registered.registration).toMatchObject({ status: "SUBMITTED", errors: [] });
    expect(registered.abilities).toMatchObject({ register: false, resubmitRegistration: false });
    await expect(registerDeal(t.actors.lead, deal.id)).rejects.toBeInstanceOf(InvalidTransitionError);
    // Partners and sellers cannot see the validation queue.
    await expect(listRegistrations(t.actors.lead)).rejects.toBeInstanceOf(NotFoundError);
    await expect(decideRegistration(t.actors.seller, registered.registration!.id, { decision: "VALIDATE", version: 1 })).rejects.toBeInstanceOf(NotFoundError);

    const [item] = await listRegistrations(t.actors.admin, { status: ["SUBMITTED"] });
    expect(item).toMatchObject({ status: "SUBMITTED", deal: { id: deal.id, organization: { name: "Acme" } } });
    expect(item.eligibility.every((r) => r.passed)).toBe(true);
    // Validation starts before a decision.
    await expect(decideRegistration(t.actors.admin, item.id, { decision: "VALIDATE", version: 1 })).rejects.toBeInstanceOf(InvalidTransitionError);
    const started = await decideRegistration(t.actors.admin, item.id, { decision: "START_VALIDATION", version: 1 });
    expect(started.status).toBe("IN_VALIDATION");
    const noErrors = await decideRegistration(t.actors.admin, item.id, { decision: "REQUEST_ACTION", version: 2 }).catch((e) => e);
    expect((noErrors as ValidationError).errors.map((e) => e.path)).toEqual(["errors"]);
    await expect(decideRegistration(t.actors.admin, item.id, { decision: "VALIDATE", version: 1 })).rejects.toBeInstanceOf(StaleVersionError);
    const action = await decideRegistration(t.actors.admin, item.id, { decision: "REQUEST_ACTION", errors: ["Attach the signed order form"], version: 2 });
    expect(action).toMatchObject({ status: "ACTION_REQUIRED", errors: ["Attach the signed order form"] });
    const seen = await getDeal(t.actors.lead, deal.id);
    expect(seen.registration).toMatchObject({ status: "ACTION_REQUIRED", errors: ["Attach the signed order form"] });
    expect(seen.abilities.resubmitRegistration).toBe(true);
    expect((await registerDeal(t.actors.lead, deal.id)).registration).toMatchObject({ status: "SUBMITTED", errors: [] });
    await decideRegistration(t.actors.admin, item.id, { decision: "START_VALIDATION", version: 4 });
    expect((await decideRegistration(t.actors.admin, item.id, { decision: "VALIDATE", version: 5 })).status).toBe("VALIDATED");
    await expect(decideRegistration(t.actors.admin, item.id, { decision: "REJECT", errors: ["x"], version: 6 })).rejects.toBeInstanceOf(InvalidTransitionError);
    expect((await historyOf(deal.id)).map((h) => h.action)).toEqual([
      "created",
      "won",
      "registered",
      "registration_validation_started",
      "registration_action_required",
      "registration_resubmitted",
      "registration_validation_started",
      "registration_validated",
    ]);
  });

  it("rejects with findings; a rejected registration is final", async () => {
    const t = await setupReferrals();
    const deal = await wonDeal(t);
    const reg = (await registerDeal(t.actors.lead, deal.id)).registration!;
    await decideRegistration(t.actors.admin, reg.id, { decision: "START_VALIDATION", version: 1 });
    const rejected = await decideRegistration(t.actors.admin, reg.id, { decision: "REJECT", errors: ["Customer already registered by another partner"], version: 2 });
    expect(rejected.status).toBe("REJECTED");
    await expect(registerDeal(t.actors.lead, deal.id)).rejects.toBeInstanceOf(InvalidTransitionError);
  });
});
