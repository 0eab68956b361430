/**
 * Co-sell deal lifecycle against PostgreSQL (§4.3, §4.4, §5): accept/decline, stages,
 * won/lost/error, edits, upgrades, invitations, the provider seller's answer, the sweep.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  acceptDeal,
  closeAsError,
  coSellRequests,
  createReferral,
  dealHistory,
  declineDeal,
  getDeal,
  inviteToDeal,
  markLost,
  markStage,
  markWon,
  providerDecision,
  providerMarkWon,
  sweepDeals,
  updateDeal,
  upgradeDeal,
} from "@/lib/data/referrals";
import { ForbiddenError, InvalidTransitionError, NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import { assessmentBody, backdate, body, coSellBody, DAY, historyOf, inDays, privateBody, setupReferrals, type Setup } from "./referrals-helpers";

const paths = (e: unknown) => (e as ValidationError).errors.map((x) => x.path).sort();
/** The accept dialog's body: the accepting user (Lena) joins the team with her phone. */
const acceptBody = (t: Setup, over: Record<string, unknown> = {}) => ({
  name: "Accepted deal",
  estimatedValue: { amount: "30000.00", currency: "EUR" },
  estimatedCloseDate: inDays(45),
  notes: "We take it",
  team: [{ name: "Lena Lead", phone: "+49 30 555", email: t.users.lead.email }],
  ...over,
});
const sendToAcme = (t: Setup, over: Record<string, unknown> = {}) =>
  createReferral(t.actors.seller, body(t, { recipientOrganizationId: t.acme.id, team: [{ name: "Sam", phone: "+1 206 555 0100", email: "sam@nimbus.example" }], ...over }));

describe("answering an inbound deal", () => {
  it("accepts with the required fields, names the team, and records the change", async () => {
    const t = await setupReferrals();
    const sent = await sendToAcme(t);
    const missing = await acceptDeal(t.actors.lead, sent.id, { name: "" }).catch((e) => e);
    expect(paths(missing)).toEqual(["estimatedCloseDate", "estimatedValue", "name", "notes"]);
    const accepted = await acceptDeal(t.actors.lead, sent.id, acceptBody(t, { crmId: "SF-1", team: [{ name: "Uma", phone: "+49 1", email: t.users.user.email }] }));
    expect(accepted).toMatchObject({
      status: "ACCEPTED",
      percent: 10,
      name: "Accepted deal",
      estimatedValue: { amountMinor: 3_000_000, currency: "EUR" },
      crmId: "SF-1",
      version: 2,
    });
    expect(accepted.team.map((m) => [m.email, m.userId])).toEqual([[t.users.user.email, t.users.user.id]]);
    expect(accepted.acceptedAt).not.toBeNull();
    const history = await historyOf(sent.id);
    expect(history.map((h) => h.action)).toEqual(["received", "accepted"]);
    expect(history[1].changes).toEqual(
      expect.arrayContaining([
        { field: "status", from: "RECEIVED", to: "ACCEPTED" },
        { field: "name", from: "Initech data platform", to: "Accepted deal" },
      ]),
    );
    // Uma (DE scope) is on the team but the deal is US: still not visible to her.
    await expect(getDeal(t.actors.user, sent.id)).rejects.toBeInstanceOf(NotFoundError);
    // Accepting twice is refused.
    await expect(acceptDeal(t.actors.lead, sent.id, acceptBody(t))).rejects.toBeInstanceOf(InvalidTransitionError);
  });

  it("without a team, the accepting user becomes the team with the phone they last gave; a later team edit keeps working", async () => {
    const t = await setupReferrals();
    // Lena was on a deal team before, with her phone.
    await createReferral(t.actors.lead, body(t));
    const sent = await sendToAcme(t);
    const accepted = await acceptDeal(t.actors.lead, sent.id, acceptBody(t, { team: undefined }));
    expect(accepted.team.map((m) => [m.userId, m.phone])).toEqual([[t.users.lead.id, "+49 30 555"]]);
    // The whole team goes through the team schema again: every row has a phone.
    const team = [...accepted.team.map(({ name, email, phone }) => ({ name, email, phone })), { name: "Mia", phone: "+49 30 2", email: t.users.manager.email }];
    const edited = await updateDeal(t.actors.lead, sent.id, { team, version: accepted.version });
    expect(edited.team.map((m) => m.email)).toEqual([t.users.lead.email, t.users.manager.email]);
  });

  it("without a team and no known phone, the team is required: nothing is written", async () => {
    const t = await setupReferrals();
    const sent = await sendToAcme(t);
    const err = await acceptDeal(t.actors.lead, sent.id, acceptBody(t, { team: undefined })).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(paths(err)).toEqual(["team"]);
    const stored = await db().deal.findUniqueOrThrow({ where: { id: sent.id }, include: { team: true } });
    expect(stored).toMatchObject({ status: "RECEIVED", version: 1, team: [] });
    expect((await historyOf(sent.id)).map((h) => h.action)).toEqual(["received"]);
    // A member without a phone is refused too (the dialog sends the accepting user with the phone field).
    const blank = await acceptDeal(t.actors.lead, sent.id, acceptBody(t, { team: [{ name: "Lena Lead", phone: "", email: t.users.lead.email }] })).catch((e) => e);
    expect(paths(blank)).toEqual(["team.0.phone"]);
    const accepted = await acceptDeal(t.actors.lead, sent.id, acceptBody(t));
    expect(accepted.team.map((m) => [m.userId, m.phone])).toEqual([[t.users.lead.id, "+49 30 555"]]);
  });

  it("two users accepting at once: exactly one wins, the other gets a conflict", async () => {
    const t = await setupReferrals();
    const sent = await sendToAcme(t);
    const { createUser, actorOf } = await import("../factories");
    const admin2 = await actorOf((await createUser(t.acme.id, { referralRole: "REFERRAL_ADMIN" })).id);
    const results = await Promise.allSettled([
      acceptDeal(t.actors.lead, sent.id, acceptBody(t, { name: "First" })),
      acceptDeal(admin2, sent.id, acceptBody(t, { name: "Second" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(InvalidTransitionError);
    const history = await historyOf(sent.id);
    expect(history.filter((h) => h.action === "accepted")).toHaveLength(1);
    expect((await db().deal.findUniqueOrThrow({ where: { id: sent.id } })).version).toBe(2);
  });

  it("refuses to accept or decline an expired deal", async () => {
    const t = await setupReferrals();
    const sent = await sendToAcme(t);
    await backdate(sent.id, { expiresAt: new Date(Date.now() - 1) });
    const err = await acceptDeal(t.actors.lead, sent.id, acceptBody(t)).catch((e) => e);
    expect(err).toBeInstanceOf(InvalidTransitionError);
    expect(err.message).toMatch(/expired/i);
    await expect(declineDeal(t.actors.lead, sent.id, { reason: "NO_CAPACITY" })).rejects.toBeInstanceOf(InvalidTransitionError);
    await expect(closeAsError(t.actors.lead, sent.id, { reason: "DUPLICATE_DEAL" })).rejects.toBeInstanceOf(InvalidTransitionError);
    expect((await db().deal.findUniqueOrThrow({ where: { id: sent.id } })).status).toBe("RECEIVED");
  });

  it("declines with a reason (notes required with OTHER); the deal is closed", async () => {
    const t = await setupReferrals();
    const sent = await sendToAcme(t);
    expect(paths(await declineDeal(t.actors.lead, sent.id, { reason: "OTHER" }).catch((e) => e))).toEqual(["notes"]);
    const declined = await declineDeal(t.actors.lead, sent.id, { reason: "NOT_A_FIT", notes: "Outside our focus" });
    expect(declined).toMatchObject({ status: "DECLINED", closed: true, declineReason: "NOT_A_FIT", declineNotes: "Outside our focus" });
    expect(declined.abilities.edit).toBe(false);
    // The seller who sent it still sees it, declined.
    expect((await getDeal(t.actors.seller, sent.id)).status).toBe("DECLINED");
  });
});

describe("stages and closing", () => {
  it("marks sales stages forward only; won after any open stage; nothing changes afterwards", async () => {
    const t = await setupReferrals();
    const deal = await createReferral(t.actors.lead, body(t));
    const developed = await markStage(t.actors.lead, deal.id, { stage: "DEVELOPED" });
    expect(developed).toMatchObject({ status: "DEVELOPED", percent: 40 });
    expect(developed.abilities.markStages).toEqual(["PROPOSED", "NEGOTIATED"]);
    await expect(markStage(t.actors.lead, deal.id, { stage: "QUALIFIED" })).rejects.toBeInstanceOf(InvalidTransitionError);
    // Assessment stages do not apply to an ordinary deal.
    await expect(markStage(t.actors.lead, deal.id, { stage: "COLLECT_DATA" })).rejects.toBeInstanceOf(InvalidTransitionError);
    const won = await markWon(t.actors.lead, deal.id);
    expect(won).toMatchObject({ status: "WON", percent: 100, closed: true });
    expect(won.wonAt).not.toBeNull();
    // Terminal: edits, stages and closing are refused.
    const edit = await updateDeal(t.actors.lead, deal.id, { name: "Later", version: won.version }).catch((e) => e);
    expect(edit).toBeInstanceOf(InvalidTransitionError);
    await expect(markStage(t.actors.lead, deal.id, { stage: "NEGOTIATED" })).rejects.toBeInstanceOf(InvalidTransitionError);
    await expect(markLost(t.actors.lead, deal.id, { reason: "PRICE" })).rejects.toBeInstanceOf(InvalidTransitionError);
    await expect(closeAsError(t.actors.lead, deal.id, { reason: "OTHER" })).rejects.toBeInstanceOf(InvalidTransitionError);
    await expect(upgradeDeal(t.actors.lead, deal.id, { to: "CO_SELL", helpFromProvider: ["x"] })).rejects.toBeInstanceOf(InvalidTransitionError);
    expect((await historyOf(deal.id)).map((h) => h.action)).toEqual(["created", "stage_marked", "won"]);
  });

  it("marks lost with a reason, and closes as error from any non-terminal status", async () => {
    const t = await setupReferrals();
    const a = await createReferral(t.actors.lead, body(t));
    expect(paths(await markLost(t.actors.lead, a.id, {}).catch((e) => e))).toEqual(["reason"]);
    expect(await markLost(t.actors.lead, a.id, { reason: "LOST_TO_COMPETITOR", notes: "Went elsewhere" })).toMatchObject({ status: "LOST", lostReason: "LOST_TO_COMPETITOR" });
    const b = await createReferral(t.actors.lead, body(t));
    expect(await closeAsError(t.actors.lead, b.id, { reason: "WRONG_CUSTOMER" })).toMatchObject({ status: "ERROR", errorReason: "WRONG_CUSTOMER", closed: true });
    const received = await sendToAcme(t);
    expect((await closeAsError(t.actors.lead, received.id, { reason: "DUPLICATE_DEAL" })).status).toBe("ERROR");
  });

  it("solution assessments: stages strictly in order, won only after all four", async () => {
    const t = await setupReferrals();
    const sa = await createReferral(t.actors.lead, assessmentBody(t));
    expect(sa.abilities).toMatchObject({ markStages: ["SECURE_CUSTOMER_LOE"], markWon: false, markWonBlockedReason: expect.any(String) });
    const skip = await markStage(t.actors.lead, sa.id, { stage: "COLLECT_DATA" }).catch((e) => e);
    expect(skip).toBeInstanceOf(InvalidTransitionError);
    expect(skip.message).toMatch(/in order/);
    const early = await markWon(t.actors.lead, sa.id).catch((e) => e);
    expect(early).toBeInstanceOf(InvalidTransitionError);
    expect(early.message).toMatch(/Mark every stage first/);
    // Sales stages do not apply to an assessment.
    await expect(markStage(t.actors.lead, sa.id, { stage: "QUALIFIED" })).rejects.toBeInstanceOf(InvalidTransitionError);
    let current = sa;
    for (const [stage, percent] of [["SECURE_CUSTOMER_LOE", 20], ["COLLECT_DATA", 40], ["PREPARE_REPORT", 60]] as const) {
      current = await markStage(t.actors.lead, sa.id, { stage });
      expect(current).toMatchObject({ status: stage, percent });
      expect(current.abilities.markWon).toBe(false);
      await expect(markStage(t.actors.lead, sa.id, { stage })).rejects.toBeInstanceOf(InvalidTransitionError);
    }
    await expect(markWon(t.actors.lead, sa.id)).rejects.toBeInstanceOf(InvalidTransitionError);
    current = await markStage(t.actors.lead, sa.id, { stage: "PRESENT_TO_CUSTOMER" });
    expect(current.abilities).toMatchObject({ markStages: [], markWon: true, markWonBlockedReason: null });
    expect((await markWon(t.actors.lead, sa.id)).status).toBe("WON");
  });

  it("assessments: lost from any open stage; solution and location read-only, details editable", async () => {
    const t = await setupReferrals();
    const sa = await createReferral(t.actors.lead, assessmentBody(t));
    const sol = await updateDeal(t.actors.lead, sa.id, { solutions: [{ solutionId: t.solutions.assessment2.id }], version: 1 }).catch((e) => e);
    expect(paths(sol)).toEqual(["solutions"]);
    const loc = await updateDeal(t.actors.lead, sa.id, { assessmentLocation: "DE", version: 1 }).catch((e) => e);
    expect(paths(loc)).toEqual(["assessmentLocation"]);
    const renamed = await updateDeal(t.actors.lead, sa.id, { name: "Renamed assessment", version: 1 });
    expect(renamed.name).toBe("Renamed assessment");
    await markStage(t.actors.lead, sa.id, { stage: "SECURE_CUSTOMER_LOE" });
    expect((await markLost(t.actors.lead, sa.id, { reason: "NO_BUDGET" })).status).toBe("LOST");
  });
});

describe("a referral user keeps the deals they work within their reach (§1)", () => {
  it("cannot remove themself from the team: refused at `team`, nothing written", async () => {
    const t = await setupReferrals();
    const uma = { name: "Uma", phone: "+49 30 1", email: t.users.user.email };
    const mia = { name: "Mia", phone: "+49 30 2", email: t.users.manager.email };
    const deal = await createReferral(t.actors.user, body(t, { location: "DE", customer: { accountId: t.customers.managedDe.id }, team: [uma] }));
    const err = await updateDeal(t.actors.user, deal.id, { team: [mia], name: "Renamed", version: 1 }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.errors).toEqual([{ path: "team", message: expect.stringMatching(/yourself/) }]);
    const stored = await db().deal.findUniqueOrThrow({ where: { id: deal.id }, include: { team: true } });
    expect([stored.version, stored.name, stored.team.map((m) => m.email)]).toEqual([1, deal.name, [t.users.user.email]]);
    expect((await historyOf(deal.id)).map((h) => h.action)).toEqual(["created"]);
    // Adding a colleague while staying on the team is fine; an admin may take her off.
    const both = await updateDeal(t.actors.user, deal.id, { team: [uma, mia], version: 1 });
    expect(both.team.map((m) => m.email)).toEqual([t.users.user.email, t.users.manager.email]);
    const offTeam = await updateDeal(t.actors.lead, deal.id, { team: [mia], version: 2 });
    expect(offTeam.team.map((m) => m.email)).toEqual([t.users.manager.email]);
    await expect(getDeal(t.actors.user, deal.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("editing", () => {
  it("edits open deals with the version; never the location or the customer; stale versions are refused with the fresh deal", async () => {
    const t = await setupReferrals();
    const deal = await createReferral(t.actors.lead, body(t));
    const updated = await updateDeal(t.actors.lead, deal.id, {
      version: 1,
      name: "Initech lakehouse",
      estimatedValue: { amount: "45000.00", currency: "USD" },
      team: [
        { name: "Lena Lead", phone: "+49 30 555", email: t.users.lead.email },
        { name: "Ugo", phone: "+1 555 2", email: t.users.user2.email },
      ],
      solutions: [{ solutionId: t.solutions.own.id }, { solutionId: t.solutions.provider.id }],
    });
    expect(updated).toMatchObject({ name: "Initech lakehouse", version: 2, estimatedValue: { amountMinor: 4_500_000 } });
    expect(updated.solutions.map((s) => s.name)).toEqual(["Acme Insights", "Nimbus Data Warehouse"]);
    // Ugo (US) is on the team now: he sees it.
    expect((await getDeal(t.actors.user2, deal.id)).id).toBe(deal.id);
    const history = await historyOf(deal.id);
    expect(history.at(-1)!.changes).toEqual(
      expect.arrayContaining([
        { field: "name", from: "Initech data platform", to: "Initech lakehouse" },
        { field: "estimatedValue", from: { amountMinor: 4_000_000, currency: "USD" }, to: { amountMinor: 4_500_000, currency: "USD" } },
      ]),
    );

    const location = await updateDeal(t.actors.lead, deal.id, { location: "DE", version: 2 }).catch((e) => e);
    expect(location).toBeInstanceOf(ValidationError);
    expect(location.errors).toEqual([{ path: "location", message: "The location cannot be changed after creation" }]);
    const customer = await updateDeal(t.actors.lead, deal.id, { customer: { accountId: t.customers.unmanaged.id }, version: 2 }).catch((e) => e);
    expect(paths(customer)).toEqual(["customer"]);
    const stale = await updateDeal(t.actors.lead, deal.id, { name: "Late", version: 1 }).catch((e) => e);
    expect(stale).toBeInstanceOf(StaleVersionError);
    expect((stale as StaleVersionError).current).toMatchObject({ name: "Initech lakehouse", version: 2 });
    const missingVersion = await updateDeal(t.actors.lead, deal.id, { name: "x" }).catch((e) => e);
    expect(paths(missingVersion)).toEqual(["version"]);
    // An IP co-sell deal keeps at least one solution.
    expect(paths(await updateDeal(t.actors.lead, deal.id, { solutions: [], version: 2 }).catch((e) => e))).toEqual(["solutions"]);
    // Nothing changed → no new version, no history row.
    const same = await updateDeal(t.actors.lead, deal.id, { name: "Initech lakehouse", version: 2 });
    expect(same.version).toBe(2);
    expect(await historyOf(deal.id)).toHaveLength(2);
  });

  it("refuses edits of a received deal (the recipient accepts first)", async () => {
    const t = await setupReferrals();
    const sent = await sendToAcme(t);
    await expect(updateDeal(t.actors.lead, sent.id, { name: "x", version: 1 })).rejects.toBeInstanceOf(InvalidTransitionError);
  });
});

describe("sale type: upgrades and invitations later", () => {
  it("upgrades a private deal one way; provider sellers see it only from then on", async () => {
    const t = await setupReferrals();
    const deal = await createReferral(t.actors.lead, privateBody(t));
    expect(deal.abilities.upgradeTo).toEqual(["PARTNER_LED", "CO_SELL"]);
    await expect(getDeal(t.actors.seller, deal.id)).rejects.toBeInstanceOf(NotFoundError);
    const led = await upgradeDeal(t.actors.lead, deal.id, { to: "PARTNER_LED" });
    expect(led).toMatchObject({ dealType: "PARTNER_LED", visibleToProvider: true });
    expect((await getDeal(t.actors.seller, deal.id)).dealType).toBe("PARTNER_LED");
    expect(paths(await upgradeDeal(t.actors.lead, deal.id, { to: "CO_SELL" }).catch((e) => e))).toEqual(["helpFromProvider"]);
    const co = await upgradeDeal(t.actors.lead, deal.id, { to: "CO_SELL", helpFromProvider: ["Pricing assistance"] });
    expect(co).toMatchObject({ dealType: "CO_SELL", provider: { coSellRequestState: "REQUESTED" }, helpFromProvider: ["Pricing assistance"] });
    expect(co.abilities.upgradeTo).toEqual([]);
    // Never back.
    await expect(upgradeDeal(t.actors.lead, deal.id, { to: "PARTNER_LED" })).rejects.toBeInstanceOf(InvalidTransitionError);
    expect((await historyOf(deal.id)).map((h) => h.action)).toEqual(["created", "upgraded", "upgraded"]);
  });

  it("invites the provider later (private → co-sell) and partners later (each receives an inbound deal)", async () => {
    const t = await setupReferrals();
    const deal = await createReferral(t.actors.lead, privateBody(t));
    const invited = await inviteToDeal(t.actors.lead, deal.id, { provider: true });
    expect(invited).toMatchObject({ dealType: "CO_SELL", visibleToProvider: true, provider: { coSellRequestState: "REQUESTED" } });
    await expect(inviteToDeal(t.actors.lead, deal.id, { provider: true })).rejects.toBeInstanceOf(InvalidTransitionError);
    const invitation = {
      partnerOrganizationId: t.bolt.id,
      estimatedCloseDate: inDays(30),
      estimatedValue: { amount: "12000.00", currency: "USD" },
      notes: "Streaming part",
      teamMemberEmails: [t.users.lead.email],
      solutions: [{ solutionId: t.solutions.boltOwn.id }],
      helpWanted: ["DEPLOYMENT_SERVICES"],
    };
    const notOnTeam = await inviteToDeal(t.actors.lead, deal.id, { partners: [{ ...invitation, teamMemberEmails: ["x@y.example"] }] }).catch((e) => e);
    expect(paths(notOnTeam)).toEqual(["partners.0.teamMemberEmails.0"]);
    const withPartner = await inviteToDeal(t.actors.lead, deal.id, { partners: [invitation] });
    expect(withPartner.dealType).toBe("CO_SELL");
    expect(withPartner.invitations.map((i) => i.organization.name)).toEqual(["Bolt"]);
    const again = await inviteToDeal(t.actors.lead, deal.id, { partners: [invitation] }).catch((e) => e);
    expect(paths(again)).toEqual(["partners.0.partnerOrganizationId"]);
    // A private deal that invites partners becomes P2P.
    const priv = await createReferral(t.actors.lead, privateBody(t));
    expect((await inviteToDeal(t.actors.lead, priv.id, { partners: [invitation] })).dealType).toBe("P2P");
  });
});

describe("the provider seller on a co-sell deal", () => {
  it("joins within 14 days (added to the provider card); partners may not answer for the provider", async () => {
    const t = await setupReferrals();
    const deal = await createReferral(t.actors.lead, coSellBody(t));
    expect((await getDeal(t.actors.seller, deal.id)).abilities.providerDecision).toBe(true);
    await expect(providerDecision(t.actors.lead, deal.id, { decision: "JOIN" })).rejects.toBeInstanceOf(ForbiddenError);
    const joined = await providerDecision(t.actors.seller, deal.id, { decision: "JOIN" });
    expect(joined.provider).toMatchObject({ coSellRequestState: "JOINED", seller: { id: t.users.seller.id } });
    expect(joined.abilities.providerDecision).toBe(false);
    await expect(providerDecision(t.actors.seller, deal.id, { decision: "DECLINE" })).rejects.toBeInstanceOf(InvalidTransitionError);
    expect(await coSellRequests(t.actors.seller)).toEqual([]);
    expect((await coSellRequests(t.actors.seller, { view: "joined" })).map((r) => r.id)).toEqual([deal.id]);
    expect((await historyOf(deal.id)).map((h) => h.action)).toEqual(["created", "provider_joined"]);
  });

  it("cannot answer after 14 days: the request has lapsed (at read time and after the sweep); the deal counts as partner-led", async () => {
    const t = await setupReferrals();
    const deal = await createReferral(t.actors.lead, coSellBody(t));
    await backdate(deal.id, { coSellRequestedAt: new Date(Date.now() - 14 * DAY - 1000) });
    const seen = await getDeal(t.actors.seller, deal.id);
    expect(seen.provider.coSellRequestState).toBe("LAPSED");
    expect(seen.effectiveDealType).toBe("PARTNER_LED");
    expect(seen.abilities.providerDecision).toBe(false);
    const late = await providerDecision(t.actors.seller, deal.id, { decision: "JOIN" }).catch((e) => e);
    expect(late).toBeInstanceOf(InvalidTransitionError);
    expect(late.message).toMatch(/lapsed/);
    expect(await coSellRequests(t.actors.seller)).toEqual([]);
    // The partner may ask again: a new 14-day clock.
    expect((await getDeal(t.actors.lead, deal.id)).abilities.inviteProvider).toBe(true);
  });

  it("declines; marks won on the provider side once", async () => {
    const t = await setupReferrals();
    const deal = await createReferral(t.actors.lead, coSellBody(t));
    expect((await providerDecision(t.actors.seller, deal.id, { decision: "DECLINE" })).provider.coSellRequestState).toBe("DECLINED");
    const won = await providerMarkWon(t.actors.seller, deal.id);
    expect(won.provider.markedWonBy?.id).toBe(t.users.seller.id);
    expect(won.status).toBe("CREATED");
    await expect(providerMarkWon(t.actors.seller, deal.id)).rejects.toBeInstanceOf(InvalidTransitionError);
    await expect(providerMarkWon(t.actors.lead, deal.id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("sweepDeals", () => {
  it("expires overdue received deals and lapses overdue requests exactly once, with history rows", async () => {
    const t = await setupReferrals();
    const overdue = await sendToAcme(t);
    const fresh = await sendToAcme(t);
    const accepted = await sendToAcme(t);
    await acceptDeal(t.actors.lead, accepted.id, acceptBody(t));
    await backdate(overdue.id, { expiresAt: new Date(Date.now() - 1000) });
    await backdate(accepted.id, { expiresAt: new Date(Date.now() - 1000) });
    const co = await createReferral(t.actors.lead, coSellBody(t));
    const coFresh = await createReferral(t.actors.lead, coSellBody(t));
    await backdate(co.id, { coSellRequestedAt: new Date(Date.now() - 15 * DAY) });

    const first = await sweepDeals(new Date());
    expect(first.expired.map((d) => d.id)).toEqual([overdue.id]);
    expect(first.expired[0]).toMatchObject({ organizationId: t.acme.id, senderUserId: t.users.seller.id });
    expect(first.lapsed.map((d) => d.id)).toEqual([co.id]);
    const second = await sweepDeals(new Date());
    expect(second).toEqual({ expired: [], lapsed: [] });

    expect((await db().deal.findUniqueOrThrow({ where: { id: overdue.id } })).status).toBe("EXPIRED");
    expect((await db().deal.findUniqueOrThrow({ where: { id: fresh.id } })).status).toBe("RECEIVED");
    expect((await db().deal.findUniqueOrThrow({ where: { id: accepted.id } })).status).toBe("ACCEPTED");
    expect((await db().deal.findUniqueOrThrow({ where: { id: co.id } })).coSellRequestState).toBe("LAPSED");
    expect((await db().deal.findUniqueOrThrow({ where: { id: coFresh.id } })).coSellRequestState).toBe("REQUESTED");
    expect((await dealHistory(t.actors.lead, overdue.id)).map((h) => [h.action, h.actor])).toEqual([
      ["expired", null],
      ["received", { id: t.users.seller.id, name: "Test User" }],
    ]);
    expect((await historyOf(co.id)).map((h) => h.action)).toEqual(["created", "co_sell_lapsed"]);
    // A simulated later time expires the rest.
    const later = await sweepDeals(new Date(Date.now() + 15 * DAY));
    expect(later.expired.map((d) => d.id)).toEqual([fresh.id]);
    expect(later.lapsed.map((d) => d.id)).toEqual([coFresh.id]);
  });
});

describe("closed deals and their co-sell request", () => {
  it("the sweep never touches a closed deal: no lapse, no version, no history row", async () => {
    const t = await setupReferrals();
    const won = await createReferral(t.actors.lead, coSellBody(t));
    await markWon(t.actors.lead, won.id);
    const lost = await createReferral(t.actors.lead, coSellBody(t));
    await markLost(t.actors.lead, lost.id, { reason: "PRICE" });
    const error = await createReferral(t.actors.lead, coSellBody(t));
    await closeAsError(t.actors.lead, error.id, { reason: "DUPLICATE_DEAL" });
    const open = await createReferral(t.actors.lead, coSellBody(t));
    const closed = [won.id, lost.id, error.id];
    const before = await db().deal.findMany({ where: { id: { in: closed } }, select: { id: true, version: true, updatedAt: true }, orderBy: { id: "asc" } });

    const swept = await sweepDeals(new Date(Date.now() + 15 * DAY));
    expect(swept.lapsed.map((d) => d.id)).toEqual([open.id]);
    const after = await db().deal.findMany({
      where: { id: { in: closed } },
      select: { id: true, version: true, updatedAt: true, coSellRequestState: true, coSellDecidedAt: true },
      orderBy: { id: "asc" },
    });
    expect(after.map((d) => [d.id, d.version, d.updatedAt, d.coSellRequestState, d.coSellDecidedAt])).toEqual(
      before.map((d) => [d.id, d.version, d.updatedAt, "REQUESTED", null]),
    );
    for (const id of closed) expect((await historyOf(id)).map((h) => h.action)).not.toContain("co_sell_lapsed");
  });

  it("a request pending when the deal closed stays as it stood then: not in the seller's queue, not answerable", async () => {
    const t = await setupReferrals();
    const deal = await createReferral(t.actors.lead, coSellBody(t));
    expect((await coSellRequests(t.actors.seller)).map((r) => r.id)).toEqual([deal.id]);
    await markWon(t.actors.lead, deal.id);
    expect(await coSellRequests(t.actors.seller)).toEqual([]);
    await expect(providerDecision(t.actors.seller, deal.id, { decision: "JOIN" })).rejects.toBeInstanceOf(InvalidTransitionError);
    // Closed 10 days after the request, looked at 20 days after: still REQUESTED (frozen at closing).
    await backdate(deal.id, { coSellRequestedAt: new Date(Date.now() - 20 * DAY), closedAt: new Date(Date.now() - 10 * DAY), wonAt: new Date(Date.now() - 10 * DAY) });
    const frozen = await getDeal(t.actors.lead, deal.id);
    expect(frozen.provider.coSellRequestState).toBe("REQUESTED");
    expect(frozen.effectiveDealType).toBe("CO_SELL");
    // Closed after the 14 days were over (the sweep had not run yet): it had lapsed.
    await backdate(deal.id, { closedAt: new Date(Date.now() - 5 * DAY), wonAt: new Date(Date.now() - 5 * DAY) });
    const lapsed = await getDeal(t.actors.lead, deal.id);
    expect(lapsed.provider.coSellRequestState).toBe("LAPSED");
    expect(lapsed.effectiveDealType).toBe("PARTNER_LED");
  });
});

describe("the provider seller's queue (§4.4)", () => {
  it("lists every co-sell help request: asked at creation, by inviting the provider later, by upgrading; none for private deals", async () => {
    const t = await setupReferrals();
    const created = await createReferral(t.actors.lead, coSellBody(t));
    const later = await createReferral(t.actors.lead, privateBody(t));
    await inviteToDeal(t.actors.lead, later.id, { provider: true });
    const upgraded = await createReferral(t.actors.lead, body(t));
    await upgradeDeal(t.actors.lead, upgraded.id, { to: "CO_SELL", helpFromProvider: ["Pricing assistance"] });
    await createReferral(t.actors.lead, privateBody(t));
    const queue = await coSellRequests(t.actors.seller);
    expect(queue.map((r) => r.id).sort()).toEqual([created.id, later.id, upgraded.id].sort());
    expect(queue.find((r) => r.id === created.id)).toMatchObject({ organization: { id: t.acme.id }, helpFromProvider: ["Architecture review"] });
  });
});

describe("notifications", () => {
  it("tells the recipient's admins about an inbound deal, the sender about the answer, the team about the provider's decision", async () => {
    const t = await setupReferrals();
    const kinds = async (userId: string) => (await db().notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } })).map((n) => n.kind);
    const sent = await sendToAcme(t);
    expect(await kinds(t.users.lead.id)).toEqual(["INBOUND_DEAL_RECEIVED"]);
    await acceptDeal(t.actors.lead, sent.id, acceptBody(t));
    expect(await kinds(t.users.seller.id)).toEqual(["INBOUND_DEAL_ANSWERED"]);
    const co = await createReferral(t.actors.lead, coSellBody(t, { team: [{ name: "Mia", phone: "+49 1", email: t.users.manager.email }] }));
    await providerDecision(t.actors.seller, co.id, { decision: "JOIN" });
    expect(await kinds(t.users.manager.id)).toEqual(["CO_SELL_REQUEST_ANSWERED"]);
    // The creator (Lena) hears too; the acting seller does not notify himself.
    expect(await kinds(t.users.lead.id)).toEqual(["INBOUND_DEAL_RECEIVED", "CO_SELL_REQUEST_ANSWERED"]);
    expect(await kinds(t.users.seller.id)).toEqual(["INBOUND_DEAL_ANSWERED"]);
  });
});
