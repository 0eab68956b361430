/**
 * /api/v1 sharing and collaboration channels (api.md "ACE opportunities"): contract tests
 * through the route handlers against PostgreSQL — same services, authorization and
 * validation as the web pages.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as listShares, POST as shares } from "@/app/api/v1/opportunities/[id]/shares/route";
import { GET as listInvitations } from "@/app/api/v1/share-invitations/route";
import { DELETE as withdraw } from "@/app/api/v1/share-invitations/[id]/route";
import { POST as accept } from "@/app/api/v1/share-invitations/[id]/accept/route";
import { POST as reject } from "@/app/api/v1/share-invitations/[id]/reject/route";
import { POST as requestChannel } from "@/app/api/v1/opportunities/[id]/collaboration-channel/route";
import { POST as channelCreated } from "@/app/api/v1/opportunities/[id]/collaboration-channel/created/route";
import * as opportunityList from "@/app/api/v1/opportunities/route";
import { GET as getOpportunity, PATCH as patchOpportunity } from "@/app/api/v1/opportunities/[id]/route";
import { createOrganization, createUser, createWorld } from "../factories";
import { setProviderTeam, shareOpportunity } from "@/lib/data/opportunities";
import { call, expectContract, expectProblem, responseSchema, tokenFor } from "../api/client";
import { history, opportunityIn } from "./opportunities-helpers";

/** Success or problem+json bodies, read loosely. */
type ProblemBody = { errors: { path: string; message: string }[]; current?: Record<string, unknown>; detail?: string };
type Page<T> = { items: T[]; nextCursor: string | null } & ProblemBody;
type Invitation = { id: string; status: string; opportunityId: string; invitedAt: string; version: number; can: { accept: boolean; reject: boolean } } & ProblemBody;
type Collaborators = { collaborators: { invitationId: string; organization: { id: string }; status: string; canWithdraw: boolean }[] } & ProblemBody;

async function connect(a: string, b: string) {
  await db().partnerConnection.create({ data: { requesterOrgId: a, addresseeOrgId: b, status: "ACTIVE" } });
}

async function setup() {
  const world = await createWorld();
  await connect(world.acme.id, world.bolt.id);
  const boltUser = await createUser(world.bolt.id, { aceRole: "ACE_USER" });
  const boltManager = await createUser(world.bolt.id, { aceRole: "ACE_MANAGER" });
  const tokens = {
    lead: await tokenFor(world.users.lead),
    user: await tokenFor(world.users.user),
    user2: await tokenFor(world.users.user2),
    boltLead: await tokenFor(world.users.boltLead),
    boltUser: await tokenFor(boltUser),
    boltManager: await tokenFor(boltManager),
    validator: await tokenFor(world.users.validator),
    seller: await tokenFor(world.users.seller),
    admin: await tokenFor(world.users.admin),
  };
  return { ...world, boltUser, boltManager, tokens };
}

const shareBody = (ids: string[], over: Record<string, unknown> = {}) => ({
  partnerOrganizationIds: ids,
  message: "Let's win Globex together",
  fields: ["STAGE", "PROJECT"],
  ...over,
});

const share = (token: string | null, id: string, body: unknown, headers?: Record<string, string>) =>
  call<Collaborators>(shares, `/opportunities/${id}/shares`, { token, params: { id }, body, headers });
const answer = (handler: typeof accept, token: string, id: string, body?: unknown) =>
  call<Invitation>(handler, `/share-invitations/${id}/${handler === accept ? "accept" : "reject"}`, { token, params: { id }, body });
const invitations = (token: string, query = "") => call<Page<Invitation>>(listInvitations, `/share-invitations${query}`, { token });

describe("POST /opportunities/{id}/shares", () => {
  it("shares with a connected partner in the api.md body, idempotently with Idempotency-Key", async () => {
    const w = await setup();
    const { tokens, bolt, users } = w;
    const o = await opportunityIn(w, "APPROVED");
    const headers = { "idempotency-key": "share-globex-1" };
    const res = await share(tokens.user, o.id, shareBody([bolt.id]), headers);
    const body = expectContract(res, 201, responseSchema(shares, 201));
    expect(body.collaborators).toEqual([expect.objectContaining({ organization: { id: bolt.id, name: "Bolt" }, status: "PENDING", canWithdraw: true })]);
    expect(body.collaborators[0]).toMatchObject({ fields: ["PROJECT", "STAGE"], message: "Let's win Globex together", invitedBy: { id: users.user.id } });

    const replay = await share(tokens.user, o.id, shareBody([bolt.id]), headers);
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.json).toEqual(body);
    expect(await db().shareInvitation.count({ where: { opportunityId: o.id } })).toBe(1);
    expect((await history(o.id)).filter((h) => h.action === "shared")).toHaveLength(1);
    expectProblem(await share(tokens.user, o.id, shareBody([bolt.id], { message: "Other" }), headers), 422, "idempotency-key-reuse");

    // The sender side reads the same list; the invited organisation and strangers get 404.
    const get = (token: string, id = o.id) => call<Collaborators>(listShares, `/opportunities/${id}/shares`, { token, params: { id } });
    expect(expectContract(await get(tokens.lead), 200, responseSchema(listShares, 200))).toEqual(body);
    expectProblem(await get(tokens.boltLead), 404, "not-found");
    expectProblem(await get(tokens.user2), 404, "not-found");
    expectProblem(await get(tokens.user, "a\u0000b"), 404, "not-found");
  });

  it("answers 400 with every broken field at its path, and creates nothing", async () => {
    const w = await setup();
    const { tokens, bolt, users } = w;
    const stranger = await createOrganization({ name: "Stranger" });
    const o = await opportunityIn(w, "APPROVED");

    const empty = await share(tokens.user, o.id, {});
    expectProblem(empty, 400, "validation");
    expect(empty.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["fields", "message", "partnerOrganizationIds"]);

    const bad = await share(tokens.user, o.id, shareBody([bolt.id, bolt.id], { fields: ["PROJECT", "NOPE"], message: "x".repeat(256), colour: "red" }));
    expectProblem(bad, 400, "validation");
    expect(bad.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["colour", "fields.1", "message", "partnerOrganizationIds"]);

    const tooMany = await share(tokens.user, o.id, shareBody(Array.from({ length: 10 }, (_, i) => `org-${i}`)));
    expectProblem(tooMany, 400, "validation");
    expect(tooMany.json.errors).toEqual([{ path: "partnerOrganizationIds", message: expect.stringContaining("at most 9") }]);

    // Rules that need the database: an unconnected partner, the own organisation.
    const unconnected = await share(tokens.user, o.id, shareBody([bolt.id, stranger.id, users.user.organizationId]));
    expectProblem(unconnected, 400, "validation");
    expect(unconnected.json.errors.map((e: { path: string }) => e.path)).toEqual(["partnerOrganizationIds.1", "partnerOrganizationIds.2"]);

    const malformed = await share(tokens.user, o.id, "{ not json");
    expectProblem(malformed, 400, "malformed-json");
    expect(await db().shareInvitation.count()).toBe(0);
  });

  it("401 without or with a bad token; 404 outside the actor's scope; 403 for a role that may not", async () => {
    const w = await setup();
    const { tokens, bolt } = w;
    const o = await opportunityIn(w, "APPROVED");
    expectProblem(await share(null, o.id, shareBody([bolt.id])), 401, "unauthorized");
    expectProblem(await share("cosell_pat_nope", o.id, shareBody([bolt.id])), 401, "unauthorized");
    expectProblem(await share(tokens.user2, o.id, shareBody([bolt.id])), 404, "not-found"); // ACE user, not the owner
    expectProblem(await share(tokens.boltLead, o.id, shareBody([bolt.id])), 404, "not-found"); // another organisation
    expectProblem(await share(tokens.user, "nope", shareBody([bolt.id])), 404, "not-found");
    expectProblem(await share(tokens.validator, o.id, shareBody([bolt.id])), 403, "forbidden"); // sees it, may not share
    expect(await db().shareInvitation.count()).toBe(0);
  });

  it("409: sharing twice with a partner, a 10th partner, an opportunity that cannot be shared now", async () => {
    const w = await setup();
    const { tokens, bolt, acme } = w;
    const o = await opportunityIn(w, "APPROVED");
    expectContract(await share(tokens.user, o.id, shareBody([bolt.id])), 201, responseSchema(shares, 201));
    const twice = await share(tokens.lead, o.id, shareBody([bolt.id]));
    expectProblem(twice, 409, "invalid-transition");
    expect(twice.json.errors).toEqual([{ path: "partnerOrganizationIds.0", message: expect.stringContaining("already has a pending or accepted invitation") }]);

    const others = [];
    for (let i = 0; i < 9; i++) {
      const org = await createOrganization({ name: `Partner ${i + 1}` });
      await connect(org.id, acme.id);
      others.push(org.id);
    }
    expectContract(await share(tokens.lead, o.id, shareBody(others.slice(0, 8))), 201, responseSchema(shares, 201));
    const tenth = await share(tokens.lead, o.id, shareBody([others[8]!]));
    expectProblem(tenth, 409, "invalid-transition");
    expect(tenth.json.errors).toEqual([{ path: "partnerOrganizationIds", message: expect.stringContaining("already shared with 9 partners") }]);
    expect(await db().shareInvitation.count({ where: { opportunityId: o.id } })).toBe(9);

    const submitted = await opportunityIn(w, "SUBMITTED");
    expectProblem(await share(tokens.user, submitted.id, shareBody([bolt.id])), 409, "invalid-transition");
  });
});

describe("/share-invitations", () => {
  it("lists the invitations received by my organisation, a cursor page at a time", async () => {
    const w = await setup();
    const { tokens, bolt, actors } = w;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const o = await opportunityIn(w, "APPROVED");
      await shareOpportunity(actors.user, o.id, shareBody([bolt.id]));
      ids.push((await db().shareInvitation.findFirstOrThrow({ where: { opportunityId: o.id } })).id);
    }
    const expected = await db().shareInvitation.findMany({ where: { invitedOrganizationId: bolt.id }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], select: { id: true } });
    expect(expected.map((e) => e.id).sort()).toEqual([...ids].sort());

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await invitations(tokens.boltUser, `?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      const page = expectContract(res, 200, responseSchema(listInvitations, 200));
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(expected.map((e) => e.id));

    const first = (await invitations(tokens.boltUser)).json;
    expect(first.nextCursor).toBeNull();
    expect(first.items[0]).toMatchObject({ status: "PENDING", invitingOrganization: { name: "Acme" }, can: { accept: false, reject: false } }); // an ACE user sees, does not answer
    expect((await invitations(tokens.boltLead)).json.items[0]!.can).toEqual({ accept: true, reject: true });

    // Filters and bad parameters.
    await shareOpportunity(actors.user, (await opportunityIn(w, "APPROVED")).id, shareBody([bolt.id]));
    const newest = (await invitations(tokens.boltLead, "?limit=1")).json.items[0]!;
    expectContract(await answer(reject, tokens.boltLead, newest.id), 200, responseSchema(reject, 200));
    const rejected = (await invitations(tokens.boltLead, "?status=REJECTED")).json;
    expect(rejected.items.map((i) => i.id)).toEqual([newest.id]);
    expect((await invitations(tokens.boltLead, "?status=PENDING")).json.items).toHaveLength(5);
    for (const [query, path] of [
      ["?limit=0", "limit"],
      ["?limit=201", "limit"],
      ["?cursor=bogus!", "cursor"],
      ["?status=OPEN", "status"],
      ["?colour=red", "colour"],
    ] as const) {
      const res = await invitations(tokens.boltLead, query);
      expectProblem(res, 400, "validation");
      expect(res.json.errors.map((e: { path: string }) => e.path)).toEqual([path]);
    }
    // The sending organisation receives nothing; no token is 401.
    expect((await invitations(tokens.lead)).json).toEqual({ items: [], nextCursor: null });
    expectProblem(await call(listInvitations, "/share-invitations"), 401, "unauthorized");
  });

  it("accept: alliance leads and ACE managers of the invited org (403 for an ACE user, 404 elsewhere, 409 twice)", async () => {
    const w = await setup();
    const { tokens, bolt, users, actors } = w;
    const o = await opportunityIn(w, "APPROVED");
    await shareOpportunity(actors.user, o.id, shareBody([bolt.id]));
    const inv = await db().shareInvitation.findFirstOrThrow({ where: { opportunityId: o.id } });

    expectProblem(await answer(accept, tokens.boltUser, inv.id), 403, "forbidden");
    expectProblem(await answer(accept, tokens.lead, inv.id), 404, "not-found"); // the sender's organisation
    expectProblem(await answer(accept, tokens.validator, inv.id), 404, "not-found");
    expectProblem(await answer(accept, tokens.boltLead, "nope"), 404, "not-found");
    expectProblem(await answer(accept, tokens.boltLead, "x\u0000"), 404, "not-found");
    const unknownField = await answer(accept, tokens.boltLead, inv.id, { version: 1, note: "hi" });
    expectProblem(unknownField, 400, "validation");
    expect(unknownField.json.errors).toEqual([{ path: "note", message: expect.any(String) }]);
    const badVersion = await answer(accept, tokens.boltLead, inv.id, { version: "one" });
    expectProblem(badVersion, 400, "validation");
    expect(badVersion.json.errors.map((e: { path: string }) => e.path)).toEqual(["version"]);
    const stale = await answer(accept, tokens.boltLead, inv.id, { version: inv.version + 3 });
    expectProblem(stale, 409, "stale-version");
    expect(stale.json.current).toMatchObject({ id: inv.id, status: "PENDING", version: inv.version });

    const accepted = expectContract(await answer(accept, tokens.boltLead, inv.id, { version: inv.version }), 200, responseSchema(accept, 200));
    expect(accepted).toMatchObject({ id: inv.id, status: "ACCEPTED", opportunityId: o.id, answeredBy: { id: users.boltLead.id }, version: inv.version + 1 });
    expectProblem(await answer(accept, tokens.boltManager, inv.id), 409, "invalid-transition");
    expectProblem(await answer(reject, tokens.boltManager, inv.id), 409, "invalid-transition");
    expect((await history(o.id)).at(-1)).toMatchObject({ action: "share_accepted", actorId: users.boltLead.id });
  });

  it("reject (ACE manager, no body) and withdraw (sender): 403, 404 and 409 as for accept", async () => {
    const w = await setup();
    const { tokens, bolt, actors } = w;
    const o = await opportunityIn(w, "APPROVED");
    await shareOpportunity(actors.user, o.id, shareBody([bolt.id]));
    const inv = await db().shareInvitation.findFirstOrThrow({ where: { opportunityId: o.id } });
    expectProblem(await answer(reject, tokens.boltUser, inv.id), 403, "forbidden");
    const rejected = expectContract(await answer(reject, tokens.boltManager, inv.id), 200, responseSchema(reject, 200));
    expect(rejected).toMatchObject({ status: "REJECTED", can: { accept: false, reject: false } });
    expectProblem(await answer(reject, tokens.boltLead, inv.id), 409, "invalid-transition");

    // Withdraw: a new pending invitation (the rejected one freed the place).
    await shareOpportunity(actors.user, o.id, shareBody([bolt.id]));
    const pending = await db().shareInvitation.findFirstOrThrow({ where: { opportunityId: o.id, status: "PENDING" } });
    const del = (token: string, id: string, query = "") => call<Collaborators>(withdraw, `/share-invitations/${id}${query}`, { token, params: { id } });
    expectProblem(await del(tokens.boltLead, pending.id), 404, "not-found"); // the invited side cannot withdraw
    expectProblem(await del(tokens.user2, pending.id), 404, "not-found"); // does not see the opportunity
    expectProblem(await del(tokens.validator, pending.id), 403, "forbidden"); // sees it, may not edit
    expectProblem(await del(tokens.user, pending.id, `?version=${pending.version + 1}`), 409, "stale-version");
    const badQuery = await del(tokens.user, pending.id, "?version=abc");
    expectProblem(badQuery, 400, "validation");
    expect(badQuery.json.errors.map((e: { path: string }) => e.path)).toEqual(["version"]);
    const done = expectContract(await del(tokens.lead, pending.id, `?version=${pending.version}`), 200, responseSchema(withdraw, 200));
    expect(done.collaborators.map((c) => [c.invitationId, c.status])).toEqual([
      [pending.id, "WITHDRAWN"],
      [inv.id, "REJECTED"],
    ]);
    expectProblem(await del(tokens.lead, pending.id), 409, "invalid-transition");
    expectProblem(await answer(accept, tokens.boltLead, pending.id), 409, "invalid-transition");
  });
});

describe("GET /opportunities/{id} for an organisation the opportunity is shared with", () => {
  it("is 404 before acceptance; after it, only the shared field groups (SharedOpportunity)", async () => {
    const w = await setup();
    const { tokens, bolt, acme, actors } = w;
    const o = await opportunityIn(w, "APPROVED");
    await shareOpportunity(actors.user, o.id, shareBody([bolt.id], { fields: ["STAGE", "PROJECT"] }));
    const inv = await db().shareInvitation.findFirstOrThrow({ where: { opportunityId: o.id } });
    const get = (token: string) => call(getOpportunity, `/opportunities/${o.id}`, { token, params: { id: o.id } });

    expectProblem(await get(tokens.boltLead), 404, "not-found"); // pending: nothing but the invitation itself
    expectProblem(await get(tokens.boltUser), 404, "not-found");
    expectContract(await answer(accept, tokens.boltLead, inv.id), 200, responseSchema(accept, 200));

    const res = await get(tokens.boltUser);
    const shared = expectContract(res, 200, responseSchema(getOpportunity, 200));
    expect(shared).toMatchObject({
      access: "SHARED",
      id: o.id,
      reference: o.reference,
      organization: { id: acme.id, name: "Acme" },
      invitationId: inv.id,
      message: "Let's win Globex together",
      fields: ["PROJECT", "STAGE"],
      status: "APPROVED",
      stage: "QUALIFIED",
      latestNextStep: null,
      opportunityType: "NET_NEW_BUSINESS",
      project: { title: "Store analytics platform", customerUseCase: "Database", deliveryModels: ["SaaS or PaaS"] },
      collaborators: [
        { organization: { id: acme.id, name: "Acme" }, role: "OWNER", status: null },
        { organization: { id: bolt.id, name: "Bolt" }, role: "PARTNER", status: "ACCEPTED" },
      ],
    });
    expect(shared.acceptedAt).toEqual(expect.any(String));
    // Groups not shared (CUSTOMER, REVENUE) and fields never shared are absent.
    expect(shared).not.toHaveProperty("customer");
    expect(shared.project).not.toHaveProperty("expectedMonthlyRevenue");
    expect(shared.project).not.toHaveProperty("targetCloseDate");
    for (const key of ["customerContact", "partnerCrmId", "providerAccountId", "owner", "version", "reviewComments", "nextSteps", "providerFields", "providerTeam"])
      expect(shared, key).not.toHaveProperty(key);
    expect(res.text).not.toContain("Globex Retail GmbH");
    expect(res.text).not.toContain("greta@globex.example");

    // The owning side still reads the whole opportunity; the shared side never writes.
    const full = expectContract(await get(tokens.user), 200, responseSchema(getOpportunity, 200));
    expect(full).toMatchObject({ id: o.id, customer: { companyName: "Globex Retail GmbH" }, version: expect.any(Number) });
    expect(full).not.toHaveProperty("access");
    expect((await call(opportunityList.GET, "/opportunities", { token: tokens.boltLead })).json.items).toEqual([]);
    expectProblem(await call(patchOpportunity, `/opportunities/${o.id}`, { token: tokens.boltLead, params: { id: o.id }, body: { version: full.version, project: { title: "Ours now" } } }), 404, "not-found");
  });
});

describe("POST /opportunities/{id}/collaboration-channel[/created]", () => {
  it("requests a channel idempotently; the provider account manager records it as created", async () => {
    const w = await setup();
    const { tokens, users, actors } = w;
    const o = await opportunityIn(w, "APPROVED");
    await setProviderTeam(actors.admin, o.id, [{ role: "ACCOUNT_MANAGER", name: "Sam Seller", email: users.seller.email }]);
    const req = (token: string | null, body: unknown, headers?: Record<string, string>) =>
      call(requestChannel, `/opportunities/${o.id}/collaboration-channel`, { token, params: { id: o.id }, body, headers });
    const headers = { "idempotency-key": "channel-1" };
    const body = { inviteeIds: [users.user.id, users.manager.id] };

    const res = await req(tokens.user, body, headers);
    const channel = expectContract(res, 201, responseSchema(requestChannel, 201));
    expect(channel).toMatchObject({ opportunityId: o.id, status: "REQUESTED", requestedBy: { id: users.user.id }, name: null, url: null });
    expect(channel.invitees.map((i: { user: { id: string }; status: string }) => [i.user.id, i.status])).toEqual([
      [users.user.id, "PENDING"],
      [users.manager.id, "PENDING"],
    ]);
    const replay = await req(tokens.user, body, headers);
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.json).toEqual(channel);
    expect(await db().collaborationChannel.count({ where: { opportunityId: o.id } })).toBe(1);
    expectProblem(await req(tokens.lead, { inviteeIds: [users.lead.id] }), 409, "invalid-transition"); // one open channel

    const rec = (token: string | null, b: unknown) => call(channelCreated, `/opportunities/${o.id}/collaboration-channel/created`, { token, params: { id: o.id }, body: b });
    const created = { name: "globex-deal-room", url: "https://chat.nimbus.example/c/globex" };
    expectProblem(await rec(null, created), 401, "unauthorized");
    expectProblem(await rec(tokens.user, created), 403, "forbidden"); // the partner cannot record it
    const otherSeller = await tokenFor(await createUser(users.seller.organizationId, { providerRole: "PROVIDER_SELLER" }));
    expectProblem(await rec(otherSeller, created), 404, "not-found"); // not on the provider team
    const bad = await rec(tokens.seller, { name: "", url: "javascript:alert(1)", extra: 1 });
    expectProblem(bad, 400, "validation");
    expect(bad.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["extra", "name", "url"]);
    const stale = await rec(tokens.seller, { ...created, version: channel.version + 5 });
    expectProblem(stale, 409, "stale-version");
    expect(stale.json.current).toMatchObject({ id: channel.id, status: "REQUESTED", version: channel.version });

    const done = expectContract(await rec(tokens.seller, { ...created, version: channel.version }), 200, responseSchema(channelCreated, 200));
    expect(done).toMatchObject({ id: channel.id, status: "CREATED", name: created.name, url: created.url, createdBy: { id: users.seller.id } });
    expectProblem(await rec(tokens.admin, created), 409, "invalid-transition");
    expect((await history(o.id)).at(-1)).toMatchObject({ action: "channel_created", actorId: users.seller.id });
  });

  it("400 per invitee, 401, 403, 404 and 409 (not approved); nothing is requested", async () => {
    const w = await setup();
    const { tokens, users, boltUser } = w;
    const o = await opportunityIn(w, "APPROVED");
    const req = (token: string | null, id: string, body: unknown) => call(requestChannel, `/opportunities/${id}/collaboration-channel`, { token, params: { id }, body });

    const empty = await req(tokens.user, o.id, {});
    expectProblem(empty, 400, "validation");
    expect(empty.json.errors.map((e: { path: string }) => e.path)).toEqual(["inviteeIds"]);
    const dup = await req(tokens.user, o.id, { inviteeIds: [users.user.id, users.user.id] });
    expectProblem(dup, 400, "validation");
    expect(dup.json.errors.map((e: { path: string }) => e.path)).toEqual(["inviteeIds"]);
    const refused = await req(tokens.user, o.id, { inviteeIds: [users.user.id, boltUser.id, users.noAce.id] });
    expectProblem(refused, 400, "validation");
    expect(refused.json.errors.map((e: { path: string }) => e.path)).toEqual(["inviteeIds.1", "inviteeIds.2"]);

    const ok = { inviteeIds: [users.user.id] };
    expectProblem(await req(null, o.id, ok), 401, "unauthorized");
    expectProblem(await req(tokens.validator, o.id, ok), 403, "forbidden"); // sees it, may not edit
    expectProblem(await req(tokens.seller, o.id, ok), 404, "not-found"); // not on the provider team
    expectProblem(await req(tokens.user2, o.id, ok), 404, "not-found");
    expectProblem(await req(tokens.boltLead, o.id, ok), 404, "not-found");
    const draft = await opportunityIn(w, "DRAFT");
    const early = await req(tokens.user, draft.id, ok);
    expectProblem(early, 409, "invalid-transition");
    expect(early.json.detail).toMatch(/approved/);
    expect(await db().collaborationChannel.count()).toBe(0);
  });
});

describe("NUL characters in the path or query (lib/api/handler.ts)", () => {
  it("answer 404 / 400, never 500 (PostgreSQL text cannot hold NUL)", async () => {
    const { tokens } = await setup();
    expectProblem(await call(getOpportunity, "/opportunities/x", { token: tokens.user, params: { id: "a\u0000b" } }), 404, "not-found");
    const q = await call(opportunityList.GET, "/opportunities?q=a%00b", { token: tokens.user });
    expectProblem(q, 400, "validation");
    expect(q.json.errors).toEqual([{ path: "q", message: "Must not contain NUL characters" }]);
    const inv = await invitations(tokens.boltLead, "?cursor=%00");
    expectProblem(inv, 400, "validation");
    expect(inv.json.errors.map((e: { path: string }) => e.path)).toEqual(["cursor"]);
  });
});
