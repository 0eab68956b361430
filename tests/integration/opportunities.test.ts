/**
 * Opportunity services: visibility, create, list / totals / export, history.
 * Lifecycle operations: opportunities-lifecycle.test.ts; transfer and provider side:
 * opportunities-transfer.test.ts.
 */
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorOf, createOrganization, createUser, createWorld } from "../factories";
import {
  createOpportunity,
  exportOpportunitiesCsv,
  getOpportunity,
  listOpportunities,
  opportunityHistory,
  opportunityVisible,
  pipelineTotals,
  setProviderTeam,
  submittedPartnerOrganizations,
  updateOpportunity,
} from "@/lib/data/opportunities";
import { TEMPLATE_HEADER } from "@/lib/domain/opportunity";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { body, countStatements, history, inDays, opportunityIn } from "./opportunities-helpers";

const fieldErrors = async (p: Promise<unknown>) => {
  const e = await p.catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).errors;
};
const paths = async (p: Promise<unknown>) => (await fieldErrors(p)).map((e) => e.path).sort();

describe("visibility (§1)", () => {
  it("shows each role exactly what it may see, and answers not found otherwise", async () => {
    const w = await createWorld();
    const { actors: a, users: u } = w;
    const mine = await opportunityIn(w, "SUBMITTED", a.user); // created and owned by Uma
    const draft = await opportunityIn(w, "DRAFT", a.user);
    const other = await opportunityIn(w, "APPROVED", a.user2); // Ugo's
    const forUma = await createOpportunity(a.lead, body({ ownerId: u.user.id }), { submit: false }); // owned, not created, by Uma
    const leads = await opportunityIn(w, "DRAFT", a.lead);
    const bolts = await opportunityIn(w, "SUBMITTED", a.boltLead);

    const ids = async (actor: (typeof a)[keyof typeof a]) => (await listOpportunities(actor, { pageSize: 200 })).rows.map((r) => r.id).sort();
    const sorted = (...list: { id: string }[]) => list.map((o) => o.id).sort();

    expect(await ids(a.user)).toEqual(sorted(mine, draft, forUma));
    expect(await ids(a.user2)).toEqual(sorted(other));
    for (const orgWide of [a.lead, a.team, a.manager]) expect(await ids(orgWide)).toEqual(sorted(mine, draft, other, forUma, leads));
    expect(await ids(a.noAce)).toEqual([]);
    expect(await ids(a.boltLead)).toEqual(sorted(bolts));
    // Validators: everything submitted at least once, never drafts, across organisations.
    expect(await ids(a.validator)).toEqual(sorted(mine, other, bolts));
    // Sellers: nothing until they are on the provider team of an approved opportunity.
    expect(await ids(a.seller)).toEqual([]);

    await expect(getOpportunity(a.user, other.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOpportunity(a.noAce, mine.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOpportunity(a.validator, draft.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOpportunity(a.boltLead, mine.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOpportunity(a.lead, bolts.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOpportunity(a.lead, "no-such-id")).rejects.toBeInstanceOf(NotFoundError);
    // Writes are "not found" too, never "forbidden", for what the actor cannot see.
    await expect(updateOpportunity(a.boltLead, mine.id, { version: 1, project: { title: "x" } })).rejects.toBeInstanceOf(NotFoundError);

    const team = [{ role: "ACCOUNT_MANAGER", name: "Sam Seller", email: u.seller.email }];
    await setProviderTeam(a.admin, other.id, team);
    await setProviderTeam(a.admin, mine.id, team); // submitted, not approved: still invisible to the seller
    expect(await ids(a.seller)).toEqual(sorted(other));
    const seen = await getOpportunity(a.seller, other.id);
    expect(seen.providerTeam).toMatchObject([{ role: "ACCOUNT_MANAGER", email: u.seller.email }]);
    expect(seen.can).toMatchObject({ edit: false, editProviderFields: true, reviewEvents: [] });
    await expect(getOpportunity(a.seller, mine.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("opportunityVisible", () => {
  it("answers the actor's scope (the detail layouts' 404) without loading the row", async () => {
    const w = await createWorld();
    const { actors: a } = w;
    const draft = await opportunityIn(w, "DRAFT", a.lead);
    const submitted = await opportunityIn(w, "SUBMITTED", a.user2);
    expect(await opportunityVisible(a.lead, draft.id)).toBe(true);
    expect(await opportunityVisible(a.user, draft.id)).toBe(false); // a teammate's
    expect(await opportunityVisible(a.validator, draft.id)).toBe(false); // never submitted
    expect(await opportunityVisible(a.validator, submitted.id)).toBe(true);
    expect(await opportunityVisible(a.user2, submitted.id)).toBe(true);
    expect(await opportunityVisible(a.boltLead, submitted.id)).toBe(false);
    expect(await opportunityVisible(a.noAce, submitted.id)).toBe(false);
    for (const id of ["no-such-id", "", "x".repeat(65)]) expect(await opportunityVisible(a.lead, id)).toBe(false);
  });
});

describe("submittedPartnerOrganizations", () => {
  it("lists each partner with submitted (non-draft) opportunities once, by name, in the actor's scope", async () => {
    const w = await createWorld();
    const { actors: a } = w;
    const cobalt = await createOrganization({ name: "Cobalt" });
    const cobaltLead = await actorOf((await createUser(cobalt.id, { aceRole: "ALLIANCE_LEAD" })).id);
    await opportunityIn(w, "ACTION_REQUIRED", a.lead);
    await opportunityIn(w, "APPROVED", a.user2);
    await opportunityIn(w, "DRAFT", a.user);
    await opportunityIn(w, "DRAFT", a.boltLead); // Bolt has drafts only
    await opportunityIn(w, "REJECTED", cobaltLead);

    const names = async (actor: (typeof a)[keyof typeof a]) => (await submittedPartnerOrganizations(actor)).map((o) => o.name);
    expect(await submittedPartnerOrganizations(a.validator)).toEqual([
      { id: w.acme.id, name: "Acme" },
      { id: cobalt.id, name: "Cobalt" },
    ]);
    expect(await names(a.lead)).toEqual(["Acme"]);
    expect(await names(a.user)).toEqual([]); // Uma's own one is a draft
    expect(await names(a.boltLead)).toEqual([]);
    expect(await names(a.seller)).toEqual([]);
  });
});

describe("createOpportunity", () => {
  it("saves a draft with defaults: owner = creator, sales contact = owner, stage PROSPECT", async () => {
    const { actors, users } = await createWorld();
    const o = await createOpportunity(actors.user, { customer: { companyName: "Initech" } }, { submit: false });
    expect(o).toMatchObject({ status: "DRAFT", stage: "PROSPECT", version: 1, customerName: "Initech", title: "", submittedAt: null });
    expect(o.owner.id).toBe(users.user.id);
    expect(o.data.partnerSalesContact).toEqual({ firstName: "Test", lastName: "User", email: users.user.email });
    expect(o.data.ownerId).toBe(users.user.id);
    expect(o.can).toMatchObject({ edit: true, delete: true, submit: true, clone: false, changeStage: false, addNextStep: false });
    const row = await db().opportunity.findUniqueOrThrow({ where: { id: o.id } });
    expect(row.firstSubmittedAt).toBeNull();
    const rows = await history(o.id);
    expect(rows.map((r) => r.action)).toEqual(["created"]);
    expect(rows[0].changes).toEqual(
      expect.arrayContaining([
        { field: "status", from: null, to: "DRAFT" },
        { field: "customer.companyName", from: null, to: "Initech" },
      ]),
    );
  });

  it("submits at once with every rule checked, the given stage and the denormalised columns", async () => {
    const { actors } = await createWorld();
    const o = await createOpportunity(actors.manager, body({ stage: "TECHNICAL_VALIDATION" }), { submit: true });
    expect(o).toMatchObject({
      status: "SUBMITTED",
      stage: "TECHNICAL_VALIDATION",
      customerName: "Globex Retail GmbH",
      title: "Store analytics platform",
      expectedMonthlyRevenue: { amountMinor: 1_250_000, currency: "USD" },
      targetCloseDate: inDays(120),
    });
    expect(o.reference).toMatch(/^O-\d+$/);
    const row = await db().opportunity.findUniqueOrThrow({ where: { id: o.id } });
    expect(row.firstSubmittedAt).not.toBeNull();
    expect(row.submittedAt).toEqual(row.firstSubmittedAt);
    expect(row.countryCode).toBe("DE");
  });

  it("refuses bad input with every broken field and writes nothing", async () => {
    const { actors } = await createWorld();
    const bad = body({ stage: "LAUNCHED", coSellWithProvider: "YES", primaryNeedsFromProvider: [] });
    (bad.customer as Record<string, unknown>).websiteUrl = "not a url";
    (bad.project as Record<string, unknown>).targetCloseDate = inDays(-3);
    expect(await paths(createOpportunity(actors.user, bad, { submit: true }))).toEqual([
      "customer.websiteUrl",
      "primaryNeedsFromProvider",
      "project.targetCloseDate",
      "stage",
    ]);
    expect(await paths(createOpportunity(actors.user, {}, { submit: false }))).toEqual(["customer.companyName"]);
    expect(await paths(createOpportunity(actors.user, { bogus: 1, customer: { companyName: "X" } }, { submit: false }))).toEqual(["bogus"]);
    expect(await db().opportunity.count()).toBe(0);
    expect(await db().historyEntry.count()).toBe(0);
  });

  it("checks the owner, the parent and the partner CRM id against the database", async () => {
    const w = await createWorld();
    const { actors, users, acme } = w;
    const inactive = await createUser(acme.id, { aceRole: "ACE_USER", status: "INACTIVE" });
    const bolts = await opportunityIn(w, "DRAFT", actors.boltLead);
    for (const ownerId of [inactive.id, users.noAce.id, users.boltLead.id, users.validator.id]) {
      expect(await paths(createOpportunity(actors.lead, body({ ownerId }), { submit: false }))).toEqual(["ownerId"]);
    }
    const parent = await opportunityIn(w, "APPROVED", actors.lead, { partnerCrmId: "CRM-PARENT" });
    expect(
      await paths(createOpportunity(actors.lead, body({ opportunityType: "EXPANSION", parentOpportunityId: bolts.id }), { submit: true })),
    ).toEqual(["parentOpportunityId"]);
    expect(
      await paths(createOpportunity(actors.lead, body({ opportunityType: "NET_NEW_BUSINESS", parentOpportunityId: parent.id }), { submit: true })),
    ).toEqual(["parentOpportunityId"]);
    const child = await createOpportunity(actors.lead, body({ opportunityType: "EXPANSION", parentOpportunityId: parent.id }), { submit: true });
    expect(child.parentOpportunityId).toBe(parent.id);
    // Unique within the organisation: another organisation may use the same CRM id.
    const taken = await fieldErrors(createOpportunity(actors.manager, body({ partnerCrmId: "CRM-PARENT" }), { submit: false }));
    expect(taken).toEqual([{ path: "partnerCrmId", message: expect.stringContaining("already") }]);
    await createOpportunity(actors.boltLead, body({ partnerCrmId: "CRM-PARENT" }), { submit: false });
  });

  it("turns a race on the partner CRM id into a field error (unique index)", async () => {
    const { actors } = await createWorld();
    const results = await Promise.allSettled(
      [actors.lead, actors.manager, actors.team].map((actor) => createOpportunity(actor, body({ partnerCrmId: "CRM-RACE" }), { submit: false })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      expect(r.reason).toBeInstanceOf(ValidationError);
      expect((r.reason as ValidationError).errors.map((e) => e.path)).toEqual(["partnerCrmId"]);
    }
    expect(await db().opportunity.count()).toBe(1);
  });

  it("refuses users without ACE access and ACE users submitting for someone else", async () => {
    const { actors, users } = await createWorld();
    await expect(createOpportunity(actors.noAce, body(), { submit: false })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createOpportunity(actors.validator, body(), { submit: false })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createOpportunity(actors.seller, body(), { submit: true })).rejects.toBeInstanceOf(ForbiddenError);
    // An ACE user may create a draft owned by a colleague but only the owner (or an org-wide role) submits.
    await expect(createOpportunity(actors.user, body({ ownerId: users.user2.id }), { submit: true })).rejects.toBeInstanceOf(ForbiddenError);
    const draft = await createOpportunity(actors.user, body({ ownerId: users.user2.id }), { submit: false });
    expect(draft.owner.id).toBe(users.user2.id);
    expect(draft.data.partnerSalesContact?.email).toBe(users.user2.email);
    expect(await db().opportunity.count()).toBe(1);
  });

  it("applies the training-partner rule with the organisation's flag", async () => {
    const { actors, bolt, users } = await createWorld();
    await db().organization.update({ where: { id: bolt.id }, data: { trainingPartner: true } });
    const boltLead = await actorOf(users.boltLead.id);
    expect(await paths(createOpportunity(boltLead, body(), { submit: true }))).toEqual(["project.customerUseCase"]);
    const ok = await createOpportunity(boltLead, body({ project: { ...(body().project as object), customerUseCase: "Training" } }), { submit: true });
    expect(ok.status).toBe("SUBMITTED");
    void actors;
  });
});

describe("listOpportunities", () => {
  it("filters, searches, sorts and pages in SQL", async () => {
    const w = await createWorld();
    const { actors, users } = w;
    const make = (name: string, over: Record<string, unknown> = {}, submit = true) =>
      createOpportunity(
        actors.lead,
        body({ customer: { ...(body().customer as object), companyName: name }, ...over }),
        { submit },
      );
    const alpha = await make("Alpha Foods", { stage: "PROSPECT" });
    const beta = await make("Beta Metals", { ownerId: users.manager.id, stage: "COMMITTED" });
    const gamma = await make("Gamma Bank", {}, false);
    const delta = await opportunityIn(w, "ACTION_REQUIRED", actors.lead);
    await db().opportunity.update({ where: { id: gamma.id }, data: { targetCloseDate: new Date("2030-01-15T00:00:00Z") } });

    const names = async (q: Parameters<typeof listOpportunities>[1]) =>
      (await listOpportunities(actors.lead, q)).rows.map((r) => r.customerName);
    expect(await names({ sort: "customerName" })).toEqual(["Alpha Foods", "Beta Metals", "Gamma Bank", "Globex Retail GmbH"]);
    expect(await names({ sort: "-customerName", pageSize: 2, page: 2 })).toEqual(["Beta Metals", "Alpha Foods"]);
    expect(await names({ status: ["DRAFT"] })).toEqual(["Gamma Bank"]);
    expect(await names({ actionRequired: true })).toEqual(["Globex Retail GmbH"]);
    expect(await names({ stage: ["COMMITTED", "PROSPECT"], sort: "customerName" })).toEqual(["Alpha Foods", "Beta Metals"]);
    expect(await names({ ownerId: users.manager.id })).toEqual(["Beta Metals"]);
    expect(await names({ q: "meta" })).toEqual(["Beta Metals"]);
    expect(await names({ q: "ANALYTICS", sort: "customerName" })).toHaveLength(4);
    expect(await names({ q: delta.reference })).toEqual(["Globex Retail GmbH"]);
    expect(await names({ q: alpha.reference.toLowerCase() })).toEqual(["Alpha Foods"]);
    expect(await names({ closeFrom: "2029-12-31" })).toEqual(["Gamma Bank"]);
    expect(await names({ closeTo: "2029-12-31", sort: "customerName" })).toEqual(["Alpha Foods", "Beta Metals", "Globex Retail GmbH"]);
    expect(await names({ origin: "BULK_IMPORT" })).toEqual([]);
    // Strings as they come from a URL.
    const fromUrl = await listOpportunities(actors.lead, { page: "1", pageSize: "3", status: "SUBMITTED,DRAFT", sort: "-number" } as never);
    expect(fromUrl).toMatchObject({ page: 1, pageSize: 3, total: 3 });
    expect(fromUrl.rows.map((r) => r.id)).toEqual([gamma.id, beta.id, alpha.id]);

    const page = await listOpportunities(actors.lead, { pageSize: 2 });
    expect(page.total).toBe(4);
    expect(page.rows[0]).toMatchObject({
      owner: { id: users.lead.id },
      organization: { id: w.acme.id, name: "Acme" },
      expectedMonthlyRevenue: { amountMinor: 1_250_000, currency: "USD" },
    });
    expect(await paths(listOpportunities(actors.lead, { sort: "password" }))).toEqual(["sort"]);
    expect(await paths(listOpportunities(actors.lead, { pageSize: 201 }))).toEqual(["pageSize"]);
    expect(await paths(listOpportunities(actors.lead, { status: ["NOPE"] } as never))).toEqual(["status.0"]);
  });

  it("sends the same number of SQL statements whatever the page size (relations batched, not per row)", async () => {
    const w = await createWorld();
    const owners = [w.actors.lead, w.actors.team, w.actors.manager, w.actors.user, w.actors.user2];
    for (let i = 0; i < 30; i++) await createOpportunity(owners[i % owners.length], body(), { submit: i % 2 === 0 });
    const small = await countStatements(() => listOpportunities(w.actors.lead, { pageSize: 2, status: ["SUBMITTED"] }));
    const large = await countStatements(() => listOpportunities(w.actors.lead, { pageSize: 30 }));
    expect(small.result.rows).toHaveLength(2);
    expect(large.result.rows).toHaveLength(30);
    expect(large.statements.length).toBe(small.statements.length);
    // Rows, count, and one batched query each for owners and organisations.
    expect(large.statements.length).toBeLessThanOrEqual(4);
  });
});

describe("pipelineTotals", () => {
  it("counts and sums expected monthly revenue per stage and currency", async () => {
    const { actors } = await createWorld();
    const money = (amount: string, currency: string) => ({ ...(body().project as object), expectedMonthlyRevenue: { amount, currency } });
    await createOpportunity(actors.lead, body({ stage: "QUALIFIED", project: money("100.50", "USD") }), { submit: true });
    await createOpportunity(actors.lead, body({ stage: "QUALIFIED", project: money("200.00", "USD") }), { submit: true });
    await createOpportunity(actors.lead, body({ stage: "QUALIFIED", project: money("1000", "EUR") }), { submit: true });
    await createOpportunity(actors.lead, { customer: { companyName: "No money yet" }, stage: "COMMITTED" }, { submit: false });
    await createOpportunity(actors.boltLead, body({ stage: "QUALIFIED" }), { submit: true }); // another org: not counted

    const totals = await pipelineTotals(actors.lead);
    expect(totals.count).toBe(4);
    expect(totals.byStage.map((s) => s.stage)).toEqual([
      "PROSPECT",
      "QUALIFIED",
      "TECHNICAL_VALIDATION",
      "BUSINESS_VALIDATION",
      "COMMITTED",
      "LAUNCHED",
      "CLOSED_LOST",
    ]);
    expect(totals.byStage[1]).toEqual({
      stage: "QUALIFIED",
      count: 3,
      revenue: [
        { amountMinor: 100_000, currency: "EUR" },
        { amountMinor: 30_050, currency: "USD" },
      ],
    });
    expect(totals.byStage[4]).toEqual({ stage: "COMMITTED", count: 1, revenue: [] });
    expect((await pipelineTotals(actors.lead, { status: ["DRAFT"] })).count).toBe(1);
    expect((await pipelineTotals(actors.noAce)).count).toBe(0);
  });
});

describe("exportOpportunitiesCsv", () => {
  it("exports the filtered list (or the selected ids) in the import template's columns", async () => {
    const w = await createWorld();
    const a = await createOpportunity(w.actors.lead, body({ project: { ...(body().project as object), title: "=HYPERLINK(\"x\")" } }), {
      submit: true,
    });
    const b = await createOpportunity(w.actors.lead, { customer: { companyName: "Draft Co" } }, { submit: false });
    await opportunityIn(w, "SUBMITTED", w.actors.boltLead);

    const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    const all = parse(await exportOpportunitiesCsv(w.actors.lead, { sort: "number" }));
    expect(all.meta.fields).toEqual(["reference", "status", "owner", "ownerEmail", ...TEMPLATE_HEADER]);
    expect(all.data.map((r) => r.reference)).toEqual([a.reference, b.reference]);
    expect(all.data[0]).toMatchObject({
      status: "SUBMITTED",
      "customer.companyName": "Globex Retail GmbH",
      "project.expectedMonthlyRevenue.amount": "12500.00",
      "project.expectedMonthlyRevenue.currency": "USD",
      "project.deliveryModels": "SaaS or PaaS",
      "customerContact.phone": "+49301234567",
      "project.title": "'=HYPERLINK(\"x\")",
      action: "submit",
      ownerEmail: w.users.lead.email,
    });
    expect(all.data[1]).toMatchObject({ status: "DRAFT", action: "draft" });
    const drafts = parse(await exportOpportunitiesCsv(w.actors.lead, { status: ["DRAFT"] }));
    expect(drafts.data.map((r) => r.reference)).toEqual([b.reference]);
    const selected = parse(await exportOpportunitiesCsv(w.actors.lead, {}, [a.id]));
    expect(selected.data.map((r) => r.reference)).toEqual([a.reference]);
    expect(parse(await exportOpportunitiesCsv(w.actors.user, {})).data).toEqual([]);
  });
});

describe("opportunityHistory", () => {
  it("lists every change newest first with the actors' names", async () => {
    const w = await createWorld();
    const o = await createOpportunity(w.actors.user, body(), { submit: false });
    await updateOpportunity(w.actors.user, o.id, { version: 1, project: { title: "Bigger platform" } });
    const items = await opportunityHistory(w.actors.user, o.id);
    expect(items.map((i) => i.action)).toEqual(["updated", "created"]);
    expect(items[0]).toMatchObject({
      actor: { id: w.users.user.id, name: "Test User" },
      changes: [{ field: "project.title", from: "Store analytics platform", to: "Bigger platform" }],
    });
    await expect(opportunityHistory(w.actors.user2, o.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
