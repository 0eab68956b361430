/**
 * /api/v1/referrals*: contract tests through the route handlers (the same co-sell deal
 * services as the web pages).
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import * as list from "@/app/api/v1/referrals/route";
import * as one from "@/app/api/v1/referrals/[id]/route";
import { POST as accept } from "@/app/api/v1/referrals/[id]/accept/route";
import { POST as decline } from "@/app/api/v1/referrals/[id]/decline/route";
import { POST as stage } from "@/app/api/v1/referrals/[id]/stage/route";
import { POST as won } from "@/app/api/v1/referrals/[id]/won/route";
import { POST as lost } from "@/app/api/v1/referrals/[id]/lost/route";
import { POST as closeAsError } from "@/app/api/v1/referrals/[id]/close-as-error/route";
import * as favorite from "@/app/api/v1/referrals/[id]/favorite/route";
import { POST as invitations } from "@/app/api/v1/referrals/[id]/invitations/route";
import { POST as providerDecision } from "@/app/api/v1/referrals/[id]/provider-decision/route";
import { GET as eligibility } from "@/app/api/v1/referrals/[id]/registration-eligibility/route";
import { POST as registration } from "@/app/api/v1/referrals/[id]/registration/route";
import { call, expectContract, expectProblem, responseSchema, tokenFor } from "../api/client";
import { assessmentBody, backdate, body, DAY, inDays, setupReferrals } from "./referrals-helpers";

type Item = {
  id: string;
  status: string;
  dealType: string;
  direction: string;
  favorite: boolean;
  estimatedValue: { amount: string; currency: string };
};
type Page = { items: Item[]; nextCursor: string | null };

async function setup() {
  const t = await setupReferrals();
  const tokens = {
    lead: await tokenFor(t.users.lead),
    manager: await tokenFor(t.users.manager),
    boltLead: await tokenFor(t.users.boltLead),
    seller: await tokenFor(t.users.seller),
    validator: await tokenFor(t.users.validator),
  };
  const create = (b: Record<string, unknown>, token: string | null = tokens.lead, headers?: Record<string, string>) =>
    call(list.POST, "/referrals", { token, body: b, headers });
  const act = (handler: typeof accept, id: string, b?: unknown, token = tokens.lead) =>
    call(handler, `/referrals/${id}`, { token, params: { id }, body: b });
  return { ...t, tokens, create, act };
}

/** A provider seller's referral received by Acme (INBOUND, RECEIVED). */
async function received(t: Awaited<ReturnType<typeof setup>>) {
  const res = await t.create(
    body(t, { recipientOrganizationId: t.acme.id, team: [{ name: "Sam Seller", phone: "+1 555 0101", email: t.users.seller.email }] }),
    t.tokens.seller,
  );
  expect(res.status, res.text).toBe(201);
  return res.json as { id: string; status: string };
}

describe("POST /referrals", () => {
  it("creates with the api.md body, money in the api.md shape, idempotently", async () => {
    const t = await setup();
    const headers = { "idempotency-key": "deal-1" };
    const res = await t.create(body(t), t.tokens.lead, headers);
    const deal = expectContract(res, 201, responseSchema(list.POST, 201));
    expect(deal).toMatchObject({
      direction: "OUTBOUND",
      dealType: "PARTNER_LED",
      status: "CREATED",
      version: 1,
      estimatedValue: { amount: "40000.00", currency: "USD" },
      customer: { accountId: t.customers.managedUs.id, name: "Initech Inc" },
    });
    const replay = await t.create(body(t), t.tokens.lead, headers);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.json.id).toBe(deal.id);
    expect(await db().deal.count()).toBe(1);
    expectProblem(await t.create(body(t, { name: "Other" }), t.tokens.lead, headers), 422, "idempotency-key-reuse");
  });

  it("lists every broken field (400), refuses roles that may not (403) and no token (401)", async () => {
    const t = await setup();
    const res = await t.create(body(t, { location: "JP", name: "", estimatedValue: { amount: "abc", currency: "USD" }, colour: "red" }));
    expectProblem(res, 400, "validation");
    expect(res.json.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(["name", "estimatedValue.amount", "colour"]),
    );
    const mismatch = await t.create(body(t, { dealType: "CO_SELL" }));
    expectProblem(mismatch, 400, "validation");
    expect(mismatch.json.errors.map((e: { path: string }) => e.path)).toContain("dealType");
    expectProblem(await t.create(body(t), t.tokens.validator), 403, "forbidden");
    expectProblem(await t.create(body(t), null), 401, "unauthorized");
    expectProblem(await t.create(body(t), "cs_not-a-real-token"), 401, "unauthorized");
    expectProblem(
      await call(list.POST, "/referrals", {
        token: t.tokens.lead,
        body: JSON.stringify(body(t)),
        headers: { "content-type": "text/plain" },
      }),
      415,
      "unsupported-media-type",
    );
    expect(await db().deal.count()).toBe(0);
  });
});

describe("GET and PATCH /referrals/{id}", () => {
  it("reads within visibility (404 for another organisation) and edits with a version (409 when stale)", async () => {
    const t = await setup();
    const { json: deal } = await t.create(body(t));
    const get = (token: string) => call(one.GET, "/", { token, params: { id: deal.id } });
    expectContract(await get(t.tokens.lead), 200, responseSchema(one.GET, 200));
    expectProblem(await get(t.tokens.boltLead), 404, "not-found");
    expectProblem(await call(one.GET, "/", { token: t.tokens.lead, params: { id: "missing" } }), 404, "not-found");
    // Text the database cannot compare is not found (path) or refused at its name (query), never a 500.
    for (const id of ["a\u0000b", "x\uD800", "\uDFFF"])
      expectProblem(await call(one.GET, "/", { token: t.tokens.lead, params: { id } }), 404, "not-found");
    const nul = await call(list.GET, "/referrals?q=a%00b", { token: t.tokens.lead });
    expectProblem(nul, 400, "validation");
    expect(nul.json.errors).toEqual([{ path: "q", message: "Must not contain NUL characters" }]);
    const surrogate = await t.create({ ...body(t), name: "Initech \uD800" });
    expectProblem(surrogate, 400, "validation");
    expect(surrogate.json.errors).toEqual([{ path: "name", message: expect.stringMatching(/surrogate/) }]);
    const patch = (b: unknown, token = t.tokens.lead) => call(one.PATCH, "/", { token, params: { id: deal.id }, body: b });
    const updated = await patch({ version: 1, name: "Initech lakehouse", estimatedValue: { amount: "45000.50", currency: "USD" } });
    expectContract(updated, 200, responseSchema(one.PATCH, 200));
    expect(updated.json).toMatchObject({ version: 2, name: "Initech lakehouse", estimatedValue: { amount: "45000.50", currency: "USD" } });
    const stale = await patch({ version: 1, name: "Late" });
    expectProblem(stale, 409, "stale-version");
    expect(stale.json.current).toMatchObject({
      id: deal.id,
      version: 2,
      name: "Initech lakehouse",
      estimatedValue: { amount: "45000.50" },
    });
    const bad = await patch({ version: 2, location: "DE", notes: "" });
    expectProblem(bad, 400, "validation");
    expect(bad.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["location", "notes"]);
    expectProblem(await patch({ version: 2, name: "x" }, t.tokens.boltLead), 404, "not-found");
  });
});

describe("the lifecycle", () => {
  it("accepts a received deal, marks stages, wins; invalid transitions answer 409", async () => {
    const t = await setup();
    const deal = await received(t);
    expect(deal.status).toBe("RECEIVED");
    const acceptBody = {
      name: "Initech (accepted)",
      estimatedValue: { amount: "41000.00", currency: "USD" },
      estimatedCloseDate: inDays(90),
      notes: "We take it.",
      team: [{ name: "Lena Lead", phone: "+49 30 555", email: t.users.lead.email }],
    };
    const missing = await t.act(accept, deal.id, { name: "x" });
    expectProblem(missing, 400, "validation");
    expect(missing.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["estimatedCloseDate", "estimatedValue", "notes"]);
    expectProblem(await t.act(accept, deal.id, acceptBody, t.tokens.boltLead), 404, "not-found");
    const ok = await t.act(accept, deal.id, acceptBody);
    expectContract(ok, 200, responseSchema(accept, 200));
    expect(ok.json).toMatchObject({ status: "ACCEPTED", name: "Initech (accepted)", estimatedValue: { amount: "41000.00" } });
    expectProblem(await t.act(accept, deal.id, acceptBody), 409, "invalid-transition");
    expectProblem(await t.act(decline, deal.id, { reason: "OTHER", notes: "late" }), 409, "invalid-transition");
    expect((await t.act(stage, deal.id, { stage: "QUALIFIED" })).json.status).toBe("QUALIFIED");
    expectProblem(await t.act(stage, deal.id, { stage: "WON" }), 400, "validation");
    const w = await t.act(won, deal.id);
    expect(w.json.status).toBe("WON");
    expectProblem(await t.act(lost, deal.id, { reason: "PRICE" }), 409, "invalid-transition");
  });

  it("declines, loses, closes as error with reasons", async () => {
    const t = await setup();
    const inbound = await received(t);
    const needNotes = await t.act(decline, inbound.id, { reason: "OTHER" });
    expectProblem(needNotes, 400, "validation");
    expect(needNotes.json.errors).toEqual([{ path: "notes", message: expect.any(String) }]);
    expect((await t.act(decline, inbound.id, { reason: "OTHER", notes: "Not our region" })).json.status).toBe("DECLINED");
    const { json: a } = await t.create(body(t));
    expect((await t.act(lost, a.id, { reason: "PRICE", notes: "Too expensive" })).json).toMatchObject({
      status: "LOST",
      lostReason: "PRICE",
    });
    const { json: b } = await t.create(body(t));
    expectProblem(await t.act(closeAsError, b.id, { reason: "TYPO" }), 400, "validation");
    expect((await t.act(closeAsError, b.id, { reason: "DUPLICATE_DEAL" })).json).toMatchObject({
      status: "ERROR",
      errorReason: "DUPLICATE_DEAL",
    });
    expectProblem(await t.act(registration, b.id), 409, "invalid-transition");
  });

  it("invites the provider; the seller joins (a partner may not: 403)", async () => {
    const t = await setup();
    const { json: deal } = await t.create(body(t));
    const invite = (h?: Record<string, string>) => call(invitations, `/referrals/${deal.id}/invitations`, { token: t.tokens.lead, params: { id: deal.id }, body: { provider: true }, headers: h });
    const headers = { "idempotency-key": "ask-provider-1" };
    const inv = await invite(headers);
    expectContract(inv, 200, responseSchema(invitations, 200));
    expect(inv.json.provider.coSellRequestState).toBe("REQUESTED");
    const replay = await invite(headers);
    expect(replay.status).toBe(200);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.json).toEqual(inv.json);
    expect((await db().deal.findUniqueOrThrow({ where: { id: deal.id } })).version).toBe(inv.json.version); // nothing ran again
    expectProblem(await call(invitations, "/", { token: t.tokens.lead, params: { id: deal.id }, body: { partners: [] }, headers }), 422, "idempotency-key-reuse");
    expectProblem(await t.act(invitations, deal.id, {}), 400, "validation");
    expectProblem(await t.act(providerDecision, deal.id, { decision: "JOIN" }), 403, "forbidden");
    expectProblem(await t.act(providerDecision, deal.id, { decision: "MAYBE" }, t.tokens.seller), 400, "validation");
    const joined = await t.act(providerDecision, deal.id, { decision: "JOIN" }, t.tokens.seller);
    expect(joined.status, joined.text).toBe(200);
    expect(joined.json.provider).toMatchObject({ coSellRequestState: "JOINED", seller: { id: t.users.seller.id } });
    expectProblem(await t.act(providerDecision, deal.id, { decision: "DECLINE" }, t.tokens.seller), 409, "invalid-transition");
  });
});

describe("registration (§4.6) through the API", () => {
  it("registers an eligible won deal (SUBMITTED), idempotently with Idempotency-Key; a second registration is 409", async () => {
    const t = await setup();
    // Managed customer, IP co-sell eligible solution, PARTNER_LED, 40,000 USD …
    const { json: deal } = await t.create(body(t));
    expect(deal).toMatchObject({ dealType: "PARTNER_LED", customer: { accountId: t.customers.managedUs.id }, estimatedValue: { amount: "40000.00", currency: "USD" } });
    // … created more than 72 hours ago (moved back in the test database), then won.
    await backdate(deal.id, { createdAt: new Date(Date.now() - 4 * DAY) });
    expect((await t.act(won, deal.id)).json.status).toBe("WON");

    const e = expectContract(await call(eligibility, "/", { token: t.tokens.lead, params: { id: deal.id } }), 200, responseSchema(eligibility, 200));
    expect(e).toMatchObject({ eligible: true, reasons: [] });
    expect(e.rules.every((r: { passed: boolean }) => r.passed)).toBe(true);

    const headers = { "idempotency-key": "register-initech" };
    const register = (h?: Record<string, string>, token = t.tokens.lead) => call(registration, `/referrals/${deal.id}/registration`, { token, params: { id: deal.id }, headers: h });
    expectProblem(await register(undefined, t.tokens.boltLead), 404, "not-found");
    const reg = await register(headers);
    const registered = expectContract(reg, 200, responseSchema(registration, 200));
    expect(registered).toMatchObject({ id: deal.id, status: "WON", registration: { status: "SUBMITTED" } });
    const replay = await register(headers);
    expect(replay.status).toBe(200);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.json).toEqual(reg.json);
    expect(await db().dealRegistration.count({ where: { dealId: deal.id } })).toBe(1);
    expect(await db().historyEntry.count({ where: { entityId: deal.id, action: "registered" } })).toBe(1);
    expectProblem(await register(), 409, "invalid-transition");
    expectProblem(await register({ "idempotency-key": "register-initech-2" }), 409, "invalid-transition");
  });

  it("refuses an ineligible deal with 409 naming each failed rule", async () => {
    const t = await setup();
    // Unmanaged customer, won right after it was created.
    const { json: deal } = await t.create(body(t, { customer: { accountId: t.customers.unmanaged.id } }));
    expect((await t.act(won, deal.id)).json.status).toBe("WON");
    const e = expectContract(await call(eligibility, "/", { token: t.tokens.lead, params: { id: deal.id } }), 200, responseSchema(eligibility, 200));
    expect(e.eligible).toBe(false);
    expect(e.reasons).toEqual([expect.stringMatching(/not managed by the provider/), expect.stringMatching(/at least 72 hours/)]);
    const reg = await t.act(registration, deal.id);
    expectProblem(reg, 409, "invalid-transition");
    for (const reason of e.reasons as string[]) expect(reg.json.detail).toContain(reason);
    expect(await db().dealRegistration.count()).toBe(0);
  });
});

describe("solution assessments through the API", () => {
  it("marks the four stages strictly in order; won only after all four (409 otherwise)", async () => {
    const t = await setup();
    const created = await t.create(assessmentBody(t));
    const sa = expectContract(created, 201, responseSchema(list.POST, 201));
    expect(sa).toMatchObject({ dealType: "SOLUTION_ASSESSMENT", status: "CREATED" });
    const skip = await t.act(stage, sa.id, { stage: "COLLECT_DATA" });
    expectProblem(skip, 409, "invalid-transition");
    expect(skip.json.detail).toMatch(/in order/);
    const early = await t.act(won, sa.id);
    expectProblem(early, 409, "invalid-transition");
    expect(early.json.detail).toMatch(/Mark every stage first/);
    expectProblem(await t.act(stage, sa.id, { stage: "QUALIFIED" }), 409, "invalid-transition"); // a sales stage
    for (const [next, percent] of [
      ["SECURE_CUSTOMER_LOE", 20],
      ["COLLECT_DATA", 40],
      ["PREPARE_REPORT", 60],
    ] as const) {
      const res = await t.act(stage, sa.id, { stage: next });
      expect(expectContract(res, 200, responseSchema(stage, 200))).toMatchObject({ status: next, percent });
      expectProblem(await t.act(stage, sa.id, { stage: next }), 409, "invalid-transition"); // not twice
      expectProblem(await t.act(won, sa.id), 409, "invalid-transition");
    }
    expectProblem(await t.act(stage, sa.id, { stage: "PRESENT_TO_CUSTOMER" }, t.tokens.boltLead), 404, "not-found");
    expect((await t.act(stage, sa.id, { stage: "PRESENT_TO_CUSTOMER" })).json.status).toBe("PRESENT_TO_CUSTOMER");
    expect((await t.act(won, sa.id)).json.status).toBe("WON");
  });
});

describe("GET /referrals", () => {
  it("filters, marks favourites, and pages without skipping or repeating while deals are added", async () => {
    const t = await setup();
    for (let i = 0; i < 5; i++) await t.create(body(t, { name: `Deal ${i}` }));
    const inbound = await received(t);
    const fav = await call(favorite.PUT, "/", { token: t.tokens.lead, params: { id: inbound.id } });
    expect(expectContract(fav, 200, responseSchema(favorite.PUT, 200))).toEqual({ favorite: true });
    expect((await call(favorite.PUT, "/", { token: t.tokens.lead, params: { id: inbound.id } })).json).toEqual({ favorite: true });
    expectProblem(await call(favorite.PUT, "/", { token: t.tokens.boltLead, params: { id: inbound.id } }), 404, "not-found");

    const get = (q: string, token = t.tokens.lead) => call<Page>(list.GET, `/referrals?${q}`, { token });
    const favs = await get("favorite=true");
    expectContract(favs, 200, responseSchema(list.GET, 200));
    expect(favs.json.items.map((i) => i.id)).toEqual([inbound.id]);
    expect((await get("direction=INBOUND")).json.items.map((i) => i.id)).toEqual([inbound.id]);
    expect((await get("direction=OUTBOUND&limit=200")).json.items).toHaveLength(5);
    expect((await get("status=RECEIVED&dealType=PARTNER_LED")).json.items.map((i) => i.id)).toEqual([inbound.id]);
    expect((await get("q=Deal%203")).json.items).toHaveLength(1);
    expect((await get("limit=200")).json.items[0].estimatedValue).toEqual({ amount: "40000.00", currency: "USD" });
    expect((await call(favorite.DELETE, "/", { token: t.tokens.lead, params: { id: inbound.id } })).json).toEqual({ favorite: false });
    expect((await get("favorite=true")).json.items).toEqual([]);
    expect((await get("limit=200", t.tokens.boltLead)).json.items).toEqual([]);
    for (const q of ["direction=SIDEWAYS", "status=NOPE", "sort=colour", "favorite=yes", "limit=201", "cursor=abc", "colour=red"])
      expectProblem(await get(q), 400, "validation");

    const before = (await db().deal.findMany({ where: { organizationId: t.acme.id }, select: { id: true } })).map((d) => d.id);
    for (const sort of ["-updatedAt", "createdAt", "-number", "name", "estimatedCloseDate"]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let n = 0; n < 30; n++) {
        if (n > 0 && n < 3) await t.create(body(t, { name: `Late ${sort} ${n}` }));
        const res: { json: Page; status: number } = await get(`limit=2&sort=${sort}${cursor ? `&cursor=${cursor}` : ""}`);
        expect(res.status).toBe(200);
        seen.push(...res.json.items.map((i) => i.id));
        cursor = res.json.nextCursor;
        if (!cursor) break;
      }
      expect(new Set(seen).size, sort).toBe(seen.length);
      for (const id of before) expect(seen, sort).toContain(id);
      expectProblem(await get(`sort=name&cursor=${cursor ?? "x"}`), 400, "validation");
    }
  });
});
