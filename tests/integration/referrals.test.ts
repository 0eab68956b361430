/**
 * Co-sell deals against PostgreSQL: creation (outbound, inbound from a provider seller,
 * P2P, partner to partner), visibility (§1), catalogue search, favourites and the list.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  coSellRequests,
  createReferral,
  dealHistory,
  getDeal,
  listDeals,
  organizationLocations,
  recentTeamMembers,
  setFavorite,
  updateDeal,
} from "@/lib/data/referrals";
import { coSellDirectory, searchCustomers, searchSolutions } from "@/lib/data/catalog";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { assessmentBody, backdate, body, coSellBody, DAY, historyOf, inDays, privateBody, setupReferrals } from "./referrals-helpers";

const paths = (e: unknown) => (e as ValidationError).errors.map((x) => x.path).sort();

describe("creating deals", () => {
  it("creates an outbound deal in CREATED with its team, solutions and a history row", async () => {
    const t = await setupReferrals();
    const deal = await createReferral(t.actors.lead, body(t));
    expect(deal).toMatchObject({
      direction: "OUTBOUND",
      dealType: "PARTNER_LED",
      status: "CREATED",
      percent: 10,
      version: 1,
      location: "US",
      estimatedValue: { amountMinor: 4_000_000, currency: "USD" },
      customer: { accountId: t.customers.managedUs.id, name: "Initech Inc", management: "MANAGED" },
      visibleToProvider: true,
    });
    expect(deal.reference).toMatch(/^D-\d+$/);
    expect(deal.team.map((m) => m.email)).toEqual([t.users.lead.email]);
    expect(deal.team[0].userId).toBe(t.users.lead.id);
    expect(deal.solutions.map((s) => s.name)).toEqual(["Acme Insights"]);
    const history = await historyOf(deal.id);
    expect(history.map((h) => h.action)).toEqual(["created"]);
    expect(history[0].changes).toEqual([
      { field: "status", from: null, to: "CREATED" },
      { field: "dealType", from: null, to: "PARTNER_LED" },
    ]);
  });

  it("asks the provider for help on a co-sell deal (REQUESTED, 14 days to decide)", async () => {
    const t = await setupReferrals();
    const deal = await createReferral(t.actors.lead, coSellBody(t));
    expect(deal.provider.coSellRequestState).toBe("REQUESTED");
    expect(new Date(deal.provider.decisionDeadline!).getTime() - new Date(deal.provider.requestedAt!).getTime()).toBe(14 * DAY);
    expect(deal.helpFromProvider).toEqual(["Architecture review"]);
  });

  it("refuses bad input per field and writes nothing", async () => {
    const t = await setupReferrals();
    const err = await createReferral(t.actors.lead, body(t, { location: "JP", name: "", estimatedValue: { amount: "0", currency: "USD" }, team: [] })).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(paths(err)).toEqual(["estimatedValue.amount", "location", "name", "team"]);
    expect(await db().deal.count()).toBe(0);
    expect(await db().historyEntry.count()).toBe(0);
  });

  it("a referral user creates only deals they will see: their location, themself on the team (per field, nothing written)", async () => {
    const t = await setupReferrals();
    const uma = { name: "Uma", phone: "+49 30 1", email: t.users.user.email };
    const de = { location: "DE", customer: { accountId: t.customers.managedDe.id } };
    // Uma (DE scope): a US deal without her on the team → both refused.
    const both = await createReferral(t.actors.user, body(t)).catch((e) => e);
    expect(both).toBeInstanceOf(ValidationError);
    expect(paths(both)).toEqual(["location", "team"]);
    expect(paths(await createReferral(t.actors.user, body(t, { ...de })).catch((e) => e))).toEqual(["team"]);
    expect(paths(await createReferral(t.actors.user, body(t, { team: [uma] })).catch((e) => e))).toEqual(["location"]);
    expect(await db().deal.count()).toBe(0);
    expect(await db().historyEntry.count()).toBe(0);
    // In scope and on the team (email matched case-insensitively): created, and she sees it.
    const ok = await createReferral(t.actors.user, body(t, { ...de, team: [{ ...uma, email: uma.email.toUpperCase() }] }));
    expect((await getDeal(t.actors.user, ok.id)).location).toBe("DE");
    // GLOBAL scope: any location, still on the team; admins: no such limit.
    expect(paths(await createReferral(t.actors.manager, body(t)).catch((e) => e))).toEqual(["team"]);
    expect((await createReferral(t.actors.manager, body(t, { team: [{ name: "Mia", phone: "+49 30 2", email: t.users.manager.email }] }))).location).toBe("US");
    expect((await createReferral(t.actors.lead, body(t, { ...de, team: [uma] }))).location).toBe("DE");
    expect(await db().deal.count()).toBe(3);
  });

  it("the wizard offers a referral user their scope's location and themself first on the team", async () => {
    const t = await setupReferrals();
    expect(await organizationLocations(t.actors.user)).toEqual(["DE"]);
    expect(await organizationLocations(t.actors.manager)).toEqual(["US", "DE"]);
    expect(await organizationLocations(t.actors.lead)).toEqual(["US", "DE"]);
    expect(await organizationLocations(t.actors.seller)).toEqual([]);
    // No phone known yet: offered with an empty phone; after a deal, with the phone she gave.
    expect((await recentTeamMembers(t.actors.user))[0]).toEqual({ name: t.actors.user.name, email: t.actors.user.email, phone: "" });
    await createReferral(t.actors.user, body(t, { location: "DE", customer: { accountId: t.customers.managedDe.id }, team: [{ name: "Uma", phone: "+49 30 1", email: t.users.user.email }] }));
    expect((await recentTeamMembers(t.actors.user))[0]).toEqual({ name: t.actors.user.name, email: t.actors.user.email, phone: "+49 30 1" });
  });

  it("refuses a sale type that contradicts the two answers", async () => {
    const t = await setupReferrals();
    const err = await createReferral(t.actors.lead, body(t, { dealType: "CO_SELL" })).catch((e) => e);
    expect(paths(err)).toEqual(["dealType"]);
  });

  it("takes a customer not in the directory as management OTHER, but never a federal account", async () => {
    const t = await setupReferrals();
    const manual = { name: "Umbrella Corp", countryCode: "US", city: "Raccoon City", postalCode: "12345" };
    const deal = await createReferral(t.actors.lead, body(t, { customer: manual }));
    expect(deal.customer).toMatchObject({ accountId: null, name: "Umbrella Corp", management: "OTHER" });
    const err = await createReferral(t.actors.lead, body(t, { customer: { ...manual, name: "department of examples" } })).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).errors[0]).toMatchObject({ path: "customer.name", message: expect.stringMatching(/DUNS list/) });
    const unknown = await createReferral(t.actors.lead, body(t, { customer: { accountId: "nope" } })).catch((e) => e);
    expect(paths(unknown)).toEqual(["customer.accountId"]);
  });

  it("creates a solution assessment only in an approved organisation, with exactly one assessment type", async () => {
    const t = await setupReferrals();
    const deal = await createReferral(t.actors.lead, assessmentBody(t));
    expect(deal).toMatchObject({ dealType: "SOLUTION_ASSESSMENT", status: "CREATED", assessmentLocation: "US", visibleToProvider: true });
    const second = await createReferral(
      t.actors.lead,
      assessmentBody(t, { solutions: [{ solutionId: t.solutions.assessment.id }, { solutionId: t.solutions.assessment2.id }] }),
    ).catch((e) => e);
    expect(second).toBeInstanceOf(ValidationError);
    expect(paths(second)).toEqual(["solutions"]);
    const wrongKind = await createReferral(t.actors.lead, assessmentBody(t, { solutions: [{ solutionId: t.solutions.own.id }] })).catch((e) => e);
    expect(paths(wrongKind)).toEqual(["solutions.0.solutionId"]);
    // Bolt is not approved for assessments.
    const bolt = await createReferral(t.actors.boltLead, assessmentBody(t, { team: [{ name: "Bob", phone: "+1 555 1", email: "bob@bolt.example" }] })).catch((e) => e);
    expect(bolt).toBeInstanceOf(ForbiddenError);
  });

  it("lets a provider seller send an inbound deal: RECEIVED, expiring after 14 days, seen by the seller and the recipient's admin", async () => {
    const t = await setupReferrals();
    const sent = await createReferral(
      t.actors.seller,
      coSellBody(t, { recipientOrganizationId: t.acme.id, team: [{ name: "Sam Seller", phone: "+1 206 555 0100", email: "sam@nimbus.example" }] }),
    );
    expect(sent).toMatchObject({ direction: "INBOUND", status: "RECEIVED", organization: { id: t.acme.id } });
    expect(sent.provider.coSellRequestState).toBe("JOINED");
    expect(sent.provider.seller?.id).toBe(t.users.seller.id);
    expect(sent.team).toEqual([]);
    expect(sent.sender?.contacts).toEqual([{ name: "Sam Seller", email: "sam@nimbus.example", phone: "+1 206 555 0100" }]);
    expect(new Date(sent.expiresAt!).getTime() - new Date(sent.receivedAt!).getTime()).toBe(14 * DAY);
    const inbound = await listDeals(t.actors.lead, { direction: "INBOUND" });
    expect(inbound.rows.map((r) => r.id)).toEqual([sent.id]);
    expect(inbound.rows[0].sender?.organizationName).toBe("Nimbus Cloud");
    // Not on the team yet: referral users do not see it.
    await expect(getDeal(t.actors.manager, sent.id)).rejects.toBeInstanceOf(NotFoundError);
    // A seller must name a recipient from the co-sell directory, and never sends a private deal.
    expect(paths(await createReferral(t.actors.seller, body(t)).catch((e) => e))).toEqual(["recipientOrganizationId"]);
    const priv = await createReferral(t.actors.seller, privateBody(t, { recipientOrganizationId: t.acme.id })).catch((e) => e);
    expect(paths(priv)).toEqual(["dealType"]);
    // Locations are the recipient's: Bolt has only US.
    const de = await createReferral(t.actors.seller, body(t, { recipientOrganizationId: t.bolt.id, location: "DE" })).catch((e) => e);
    expect(paths(de)).toEqual(["location"]);
  });

  it("P2P: every invited partner receives an inbound deal; the inviter sees their answers", async () => {
    const t = await setupReferrals();
    const invitation = (orgId: string, amount: string) => ({
      partnerOrganizationId: orgId,
      estimatedCloseDate: inDays(90),
      estimatedValue: { amount, currency: "USD" },
      notes: "Bring your streaming expertise",
      teamMemberEmails: [t.users.lead.email],
      solutions: [{ solutionId: t.solutions.boltOwn.id }],
      helpWanted: ["SOLUTION_DESIGN"],
    });
    const deal = await createReferral(
      t.actors.lead,
      body(t, { dealType: "P2P", visibleToProvider: false, partnerInvitations: [invitation(t.bolt.id, "15000.00"), invitation(t.cirrus.id, "5000.00")] }),
    );
    expect(deal.dealType).toBe("P2P");
    expect(deal.invitations.map((i) => [i.organization.name, i.status])).toEqual([
      ["Bolt", "RECEIVED"],
      ["Cirrus", "RECEIVED"],
    ]);
    const boltInbound = await listDeals(t.actors.boltLead, { direction: "INBOUND" });
    expect(boltInbound.rows).toHaveLength(1);
    const child = await getDeal(t.actors.boltLead, boltInbound.rows[0].id);
    expect(child).toMatchObject({
      dealType: "P2P",
      status: "RECEIVED",
      location: "US",
      estimatedValue: { amountMinor: 1_500_000, currency: "USD" },
      helpWanted: ["SOLUTION_DESIGN"],
      parentDealId: deal.id,
      solutions: [expect.objectContaining({ name: "Bolt Stream" })],
    });
    // Cirrus has only JP: the invitee's deal takes its own location.
    const cirrusDeal = (await listDeals(t.cirrusLead, {})).rows[0];
    expect(cirrusDeal.location).toBe("JP");
    // The inviter's deal is not visible to the invitee, and the P2P deal not to provider sellers.
    await expect(getDeal(t.actors.boltLead, deal.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDeal(t.actors.seller, deal.id)).rejects.toBeInstanceOf(NotFoundError);
    // Only partners of the co-sell directory, never the own organisation.
    const self = await createReferral(t.actors.lead, body(t, { dealType: "P2P", partnerInvitations: [invitation(t.acme.id, "1.00")] })).catch((e) => e);
    expect(paths(self)).toEqual(["partnerInvitations.0.partnerOrganizationId"]);
  });

  it("a partner sending a deal to another partner keeps its outbound deal; the recipient gets an inbound one", async () => {
    const t = await setupReferrals();
    const deal = await createReferral(t.actors.lead, body(t, { recipientOrganizationId: t.bolt.id }));
    expect(deal.direction).toBe("OUTBOUND");
    expect(deal.invitations).toHaveLength(1);
    const inbound = (await listDeals(t.actors.boltLead, {})).rows;
    expect(inbound.map((r) => [r.direction, r.status, r.dealType])).toEqual([["INBOUND", "RECEIVED", "P2P"]]);
    const history = await historyOf(deal.id);
    expect(history.map((h) => h.action)).toEqual(["created", "invited_partners"]);
  });
});

describe("visibility (§1)", () => {
  it("referral users see deals of their location on whose team they are; admins see all", async () => {
    const t = await setupReferrals();
    const umaTeam = [{ name: "Uma", phone: "+49 30 1", email: t.users.user.email }];
    const deUma = await createReferral(t.actors.lead, body(t, { location: "DE", customer: { accountId: t.customers.managedDe.id }, team: umaTeam }));
    const deOther = await createReferral(t.actors.lead, body(t, { location: "DE", customer: { accountId: t.customers.managedDe.id } }));
    const usUma = await createReferral(t.actors.lead, body(t, { team: umaTeam }));
    const usManager = await createReferral(t.actors.lead, body(t, { team: [{ name: "Mia", phone: "+49 30 2", email: t.users.manager.email.toUpperCase() }] }));

    // Uma: DE scope, on the team of deUma and usUma → sees only deUma.
    expect((await listDeals(t.actors.user, {})).rows.map((r) => r.id)).toEqual([deUma.id]);
    await expect(getDeal(t.actors.user, deOther.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDeal(t.actors.user, usUma.id)).rejects.toBeInstanceOf(NotFoundError);
    // Writes answer "not found" too, never "forbidden".
    await expect(updateDeal(t.actors.user, deOther.id, { name: "x", version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    // Mia: GLOBAL, on one team (matched by email, case-insensitively).
    expect((await listDeals(t.actors.manager, {})).rows.map((r) => r.id)).toEqual([usManager.id]);
    // Ugo (US) is on no team.
    expect((await listDeals(t.actors.user2, {})).total).toBe(0);
    // The admin sees all four; Bolt none; ACE-only users, validators and provider admins nothing.
    expect((await listDeals(t.actors.lead, {})).total).toBe(4);
    expect((await listDeals(t.actors.boltLead, {})).total).toBe(0);
    await expect(getDeal(t.actors.boltLead, deUma.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listDeals(t.actors.team, {})).total).toBe(0);
    expect((await listDeals(t.actors.validator, {})).total).toBe(0);
    expect((await listDeals(t.actors.admin, {})).total).toBe(0);
  });

  it("a private deal is invisible to provider sellers; partner-led, co-sell and assessments are visible", async () => {
    const t = await setupReferrals();
    const priv = await createReferral(t.actors.lead, privateBody(t));
    const led = await createReferral(t.actors.lead, body(t));
    const co = await createReferral(t.actors.lead, coSellBody(t));
    const sa = await createReferral(t.actors.lead, assessmentBody(t));
    await expect(getDeal(t.actors.seller, priv.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setFavorite(t.actors.seller, priv.id, true)).rejects.toBeInstanceOf(NotFoundError);
    const seen = (await listDeals(t.actors.seller, { sort: "number" })).rows.map((r) => r.id);
    expect(seen).toEqual([led.id, co.id, sa.id]);
    // The seller sees the deal but may not edit it: 403.
    await expect(updateDeal(t.actors.seller, led.id, { name: "Mine now", version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await coSellRequests(t.actors.seller)).map((r) => r.id)).toEqual([co.id]);
  });
});

describe("list", () => {
  it("filters by tab, closed view, type (assessment), location, value range, close date and text; pages and sorts in SQL", async () => {
    const t = await setupReferrals();
    const a = await createReferral(t.actors.lead, body(t, { name: "Alpha", estimatedValue: { amount: "10000.00", currency: "USD" }, estimatedCloseDate: inDays(10) }));
    await createReferral(t.actors.lead, body(t, { name: "Bravo", estimatedValue: { amount: "50000.00", currency: "USD" }, estimatedCloseDate: inDays(40), crmId: "SF-99" }));
    await createReferral(t.actors.lead, body(t, { name: "Charlie", location: "DE", estimatedValue: { amount: "50000.00", currency: "EUR" } }));
    await createReferral(t.actors.lead, assessmentBody(t, { name: "Delta assessment" }));
    const inbound = await createReferral(t.actors.seller, body(t, { name: "Echo", recipientOrganizationId: t.acme.id }));
    await backdate(inbound.id, { expiresAt: new Date(Date.now() - 1000) });

    const ids = async (q: Parameters<typeof listDeals>[1]) => (await listDeals(t.actors.lead, q)).rows.map((r) => r.name);
    expect(await ids({ direction: "OUTBOUND", sort: "name" })).toEqual(["Alpha", "Bravo", "Charlie", "Delta assessment"]);
    // The overdue inbound deal counts as EXPIRED: closed, not open.
    expect(await ids({ direction: "INBOUND", closed: false })).toEqual([]);
    expect(await ids({ closed: true })).toEqual(["Echo"]);
    const closed = await listDeals(t.actors.lead, { closed: true });
    expect(closed.rows[0]).toMatchObject({ status: "EXPIRED", closed: true });
    expect(await ids({ status: ["EXPIRED"] })).toEqual(["Echo"]);
    expect(await ids({ status: ["RECEIVED"] })).toEqual([]);
    expect(await ids({ dealType: ["SOLUTION_ASSESSMENT"] })).toEqual(["Delta assessment"]);
    expect(await ids({ location: "DE" })).toEqual(["Charlie"]);
    expect(await ids({ currency: "USD", valueMin: "20000", valueMax: "60000", sort: "name" })).toEqual(["Bravo", "Delta assessment", "Echo"]);
    expect(await ids({ closeFrom: inDays(30), closeTo: inDays(45) })).toEqual(["Bravo"]);
    expect(await ids({ q: "sf-99" })).toEqual(["Bravo"]);
    expect(await ids({ q: a.reference })).toEqual(["Alpha"]);
    // Value sorts by amount (ties: newest first); it does not convert currencies.
    expect(await ids({ q: "initech", direction: "OUTBOUND", sort: "-estimatedValue" })).toEqual(["Charlie", "Bravo", "Delta assessment", "Alpha"]);
    const page2 = await listDeals(t.actors.lead, { sort: "name", page: 2, pageSize: 2 });
    expect(page2).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page2.rows.map((r) => r.name)).toEqual(["Charlie", "Delta assessment"]);
    // Bad query values are a 400, not a crash.
    const bad = await listDeals(t.actors.lead, { sort: "-password", valueMin: "abc", currency: "USD" }).catch((e) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    const noCurrency = await listDeals(t.actors.lead, { valueMin: "1" }).catch((e) => e);
    expect(paths(noCurrency)).toEqual(["currency"]);
  });

  it("keeps favourites per user (the heart), idempotently", async () => {
    const t = await setupReferrals();
    const a = await createReferral(t.actors.lead, body(t, { name: "Alpha", team: [{ name: "Mia", phone: "+49 30 2", email: t.users.manager.email }] }));
    await createReferral(t.actors.lead, body(t, { name: "Bravo" }));
    await setFavorite(t.actors.lead, a.id, true);
    await setFavorite(t.actors.lead, a.id, true);
    expect((await listDeals(t.actors.lead, { favorite: true })).rows.map((r) => [r.name, r.favorite])).toEqual([["Alpha", true]]);
    expect((await getDeal(t.actors.lead, a.id)).favorite).toBe(true);
    expect((await listDeals(t.actors.manager, { favorite: true })).total).toBe(0);
    await setFavorite(t.actors.lead, a.id, false);
    expect((await listDeals(t.actors.lead, { favorite: true })).total).toBe(0);
    // A favourite is a preference, not a change of the deal: no history row.
    expect((await dealHistory(t.actors.lead, a.id)).map((h) => h.action)).toEqual(["created"]);
  });
});

describe("catalogues", () => {
  it("searches customers by name and country per management tab, and solutions by kind", async () => {
    const t = await setupReferrals();
    expect((await searchCustomers(t.actors.lead, { q: "glob", countryCode: "de" })).map((c) => c.name)).toEqual(["Globex GmbH"]);
    expect((await searchCustomers(t.actors.lead, { management: "OTHER" })).map((c) => [c.name, c.federal])).toEqual([["Department of Examples", true]]);
    expect((await searchCustomers(t.actors.lead, { countryCode: "US", management: "MANAGED" })).map((c) => c.name)).toEqual(["Initech Inc"]);
    // A partner's OWN tab lists its own solutions; another publisher's on request (P2P).
    expect((await searchSolutions(t.actors.lead, { kind: "OWN" })).map((s) => s.name)).toEqual(["Acme Helpdesk", "Acme Insights"]);
    expect((await searchSolutions(t.actors.lead, { kind: "OWN", publisherOrganizationId: t.bolt.id })).map((s) => s.name)).toEqual(["Bolt Stream"]);
    expect((await searchSolutions(t.actors.lead, { kind: "ASSESSMENT", q: "data" })).map((s) => s.name)).toEqual(["Data estate assessment"]);
    // Users without a referral role cannot search.
    await expect(searchCustomers(t.actors.team, {})).rejects.toBeInstanceOf(NotFoundError);
    expect((await coSellDirectory(t.actors.lead)).map((o) => o.name)).toEqual(["Bolt", "Cirrus"]);
  });
});

describe("timestamps and expiry at read time", () => {
  it("shows an overdue received deal as EXPIRED before the sweep ran", async () => {
    const t = await setupReferrals();
    const sent = await createReferral(t.actors.seller, body(t, { recipientOrganizationId: t.acme.id }));
    await backdate(sent.id, { receivedAt: new Date(Date.now() - 15 * DAY), expiresAt: new Date(Date.now() - DAY) });
    const deal = await getDeal(t.actors.lead, sent.id);
    expect(deal).toMatchObject({ status: "EXPIRED", storedStatus: "RECEIVED", closed: true });
    expect(deal.abilities).toMatchObject({ accept: false, decline: false, closeAsError: false });
  });
});
