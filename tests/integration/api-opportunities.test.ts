/**
 * /api/v1/opportunities*: contract tests through the route handlers (same services,
 * authorization and validation as the web pages).
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import * as list from "@/app/api/v1/opportunities/route";
import * as one from "@/app/api/v1/opportunities/[id]/route";
import { POST as submit } from "@/app/api/v1/opportunities/[id]/submit/route";
import { POST as review } from "@/app/api/v1/opportunities/[id]/review/route";
import { POST as nextSteps } from "@/app/api/v1/opportunities/[id]/next-steps/route";
import { POST as clone } from "@/app/api/v1/opportunities/[id]/clone/route";
import { POST as transfer } from "@/app/api/v1/opportunities/[id]/transfer/route";
import { POST as bulkTransfer } from "@/app/api/v1/opportunities/transfer/route";
import { GET as history } from "@/app/api/v1/opportunities/[id]/history/route";
import { createWorld } from "../factories";
import { call, expectContract, expectProblem, responseSchema, tokenFor } from "../api/client";
import { opportunityBody } from "../api/opportunity-body";

type Page<T> = { items: T[]; nextCursor: string | null };
type Item = { id: string; updatedAt: string; status: string; expectedMonthlyRevenue: { amount: string; currency: string } | null };

async function setup() {
  const world = await createWorld();
  const tokens = {
    lead: await tokenFor(world.users.lead),
    user: await tokenFor(world.users.user),
    user2: await tokenFor(world.users.user2),
    boltLead: await tokenFor(world.users.boltLead),
    validator: await tokenFor(world.users.validator),
  };
  return { ...world, tokens };
}

const create = (token: string, b: Record<string, unknown>, headers?: Record<string, string>) => call(list.POST, "/opportunities", { token, body: b, headers });

describe("POST /opportunities", () => {
  it("creates and submits with the api.md body, money and dates in the api.md shapes, idempotently", async () => {
    const { tokens, users, acme } = await setup();
    const b = opportunityBody({ submit: true });
    const headers = { "idempotency-key": "crm-0042-v1" };
    const res = await create(tokens.user, b, headers);
    const opp = expectContract(res, 201, responseSchema(list.POST, 201));
    expect(opp).toMatchObject({
      status: "SUBMITTED",
      stage: "QUALIFIED",
      origin: "PARTNER_CREATED",
      version: 1,
      organization: { id: acme.id, name: "Acme" },
      owner: { id: users.user.id },
      customer: { companyName: "Globex Retail GmbH", countryCode: "DE" },
      project: { expectedMonthlyRevenue: { amount: "12500.00", currency: "USD" }, targetCloseDate: (b.project as { targetCloseDate: string }).targetCloseDate },
      reviewComments: [],
      nextSteps: [],
      providerFields: { providerStage: null, version: 1 },
    });
    expect(opp.reference).toMatch(/^O-\d+$/);
    expect(opp.submittedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(opp).not.toHaveProperty("submit");
    expect(opp).not.toHaveProperty("ownerId");

    const replay = await create(tokens.user, b, headers);
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.json.id).toBe(opp.id);
    expect(await db().opportunity.count()).toBe(1);
    expectProblem(await create(tokens.user, { ...b, partnerCrmId: "OTHER" }, headers), 422, "idempotency-key-reuse");
  });

  it("lists every broken field, and nothing is created", async () => {
    const { tokens } = await setup();
    const noSubmit = await create(tokens.user, opportunityBody({ colour: "red" }));
    expectProblem(noSubmit, 400, "validation");
    expect(noSubmit.json.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: "submit" }), { path: "colour", message: expect.any(String) }]));
    const bad = opportunityBody({ submit: true });
    (bad.customer as Record<string, unknown>).websiteUrl = "not a url";
    delete (bad.project as Record<string, unknown>).title;
    const res = await create(tokens.user, bad);
    expectProblem(res, 400, "validation");
    const paths = res.json.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["customer.websiteUrl", "project.title"]));
    expect(res.json.detail).toBe(`${paths.length} fields are invalid`);
    expectProblem(await create(tokens.validator, opportunityBody({ submit: false })), 403, "forbidden");
    expect(await db().opportunity.count()).toBe(0);
  });
});

describe("GET, PATCH, DELETE /opportunities/{id}", () => {
  it("reads within the actor's visibility only (404 otherwise)", async () => {
    const { tokens } = await setup();
    const { json: opp } = await create(tokens.user, opportunityBody({ submit: false }));
    const get = (token: string) => call(one.GET, `/opportunities/${opp.id}`, { token, params: { id: opp.id } });
    expectContract(await get(tokens.user), 200, responseSchema(one.GET, 200));
    expect((await get(tokens.lead)).status).toBe(200);
    expectProblem(await get(tokens.user2), 404, "not-found"); // ACE user, neither creator nor owner
    expectProblem(await get(tokens.boltLead), 404, "not-found"); // another organisation
    expectProblem(await get(tokens.validator), 404, "not-found"); // drafts are never seen by validators
    expectProblem(await call(one.GET, "/opportunities/nope", { token: tokens.user, params: { id: "nope" } }), 404, "not-found");
    expectProblem(await call(one.GET, "/opportunities/x", { token: tokens.user, params: { id: "x".repeat(500) } }), 404, "not-found");
  });

  it("edits with a version; a stale version answers 409 with the current opportunity in API shape", async () => {
    const { tokens } = await setup();
    const { json: opp } = await create(tokens.user, opportunityBody({ submit: false }));
    const patch = (b: unknown) => call(one.PATCH, `/opportunities/${opp.id}`, { token: tokens.user, params: { id: opp.id }, body: b });
    const updated = await patch({ version: 1, project: { title: "Store analytics v2" } });
    expectContract(updated, 200, responseSchema(one.PATCH, 200));
    expect(updated.json).toMatchObject({ version: 2, project: { title: "Store analytics v2" } });
    const stale = await patch({ version: 1, project: { title: "Late" } });
    expectProblem(stale, 409, "stale-version");
    expect(stale.json.current).toMatchObject({ id: opp.id, version: 2, project: { title: "Store analytics v2", expectedMonthlyRevenue: { amount: "12500.00", currency: "USD" } } });
    expectProblem(await patch({ project: { title: "No version" } }), 400, "validation");
  });

  it("deletes drafts only", async () => {
    const { tokens } = await setup();
    const { json: draft } = await create(tokens.user, opportunityBody({ submit: false }));
    const { json: submitted } = await create(tokens.user, opportunityBody({ submit: true }));
    const del = (id: string) => call(one.DELETE, `/opportunities/${id}`, { token: tokens.user, params: { id } });
    const refused = await del(submitted.id);
    expectProblem(refused, 409, "invalid-transition");
    const gone = await del(draft.id);
    expect(gone.status).toBe(204);
    expect(gone.text).toBe("");
    expectProblem(await del(draft.id), 404, "not-found");
  });
});

describe("review, next steps, clone, transfer, history", () => {
  it("goes through review as the validator; the partner reads the status and comment", async () => {
    const { tokens } = await setup();
    const { json: draft } = await create(tokens.user, opportunityBody({ submit: false }));
    const submitted = await call(submit, `/opportunities/${draft.id}/submit`, { token: tokens.user, params: { id: draft.id } });
    expect(submitted.json.status).toBe("SUBMITTED");
    const decide = (b: unknown, token = tokens.validator) => call(review, `/opportunities/${draft.id}/review`, { token, params: { id: draft.id }, body: b });
    expect((await decide({ decision: "START" })).json.status).toBe("IN_REVIEW");
    const noComment = await decide({ decision: "ACTION_REQUIRED" });
    expectProblem(noComment, 400, "validation");
    expect(noComment.json.errors).toEqual([{ path: "comment", message: expect.any(String) }]);
    expectProblem(await decide({ decision: "APPROVE" }, tokens.user), 403, "forbidden");
    const ar = await decide({ decision: "ACTION_REQUIRED", comment: "Add the customer's DUNS" });
    expect(ar.json.status).toBe("ACTION_REQUIRED");

    const mine = await call(one.GET, `/opportunities/${draft.id}`, { token: tokens.user, params: { id: draft.id } });
    expect(mine.json.status).toBe("ACTION_REQUIRED");
    expect(mine.json.reviewComments[0]).toMatchObject({ decision: "ACTION_REQUIRED", comment: "Add the customer's DUNS" });
    const waiting = await call<Page<Item>>(list.GET, "/opportunities?actionRequired=true", { token: tokens.user });
    expect(waiting.json.items.map((i) => i.id)).toEqual([draft.id]);
    expectProblem(await decide({ decision: "START" }), 409, "invalid-transition");

    const h = await call(history, `/opportunities/${draft.id}/history?limit=2`, { token: tokens.user, params: { id: draft.id } });
    expectContract(h, 200, responseSchema(history, 200));
    expect(h.json.items).toHaveLength(2);
    expect(h.json.nextCursor).toEqual(expect.any(String));
    const rest = await call(history, `/opportunities/${draft.id}/history?limit=50&cursor=${h.json.nextCursor}`, { token: tokens.user, params: { id: draft.id } });
    const ids = [...h.json.items, ...rest.json.items].map((x: { id: string }) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rest.json.items.at(-1).action).toBe("created");
  });

  it("adds next steps on approved opportunities, clones, transfers one and many", async () => {
    const { tokens, users } = await setup();
    const { json: opp } = await create(tokens.lead, opportunityBody({ submit: true }));
    for (const decision of ["START", "APPROVE"]) await call(review, "/", { token: tokens.validator, params: { id: opp.id }, body: { decision } });
    const step = await call(nextSteps, "/", { token: tokens.lead, params: { id: opp.id }, body: { text: "Workshop on 3 Dec" } });
    expectContract(step, 201, responseSchema(nextSteps, 201));
    expect(step.json.nextSteps[0]).toMatchObject({ text: "Workshop on 3 Dec", author: { id: users.lead.id } });

    const copy = await call(clone, "/", { token: tokens.lead, params: { id: opp.id } });
    expectContract(copy, 201, responseSchema(clone, 201));
    expect(copy.json).toMatchObject({ status: "DRAFT" });
    expect(copy.json.id).not.toBe(opp.id);

    const moved = await call(transfer, "/", { token: tokens.lead, params: { id: copy.json.id }, body: { assigneeId: users.manager.id } });
    expect(moved.status).toBe(200);
    expect(moved.json.owner.id).toBe(users.manager.id);

    const bulkBad = await call(bulkTransfer, "/opportunities/transfer", { token: tokens.lead, body: { ids: [opp.id, "missing"], assigneeId: users.user.id } });
    expectProblem(bulkBad, 400, "validation");
    expect(bulkBad.json.errors.map((e: { path: string }) => e.path)).toContain("ids.1");
    const bulk = await call(bulkTransfer, "/opportunities/transfer", { token: tokens.lead, body: { ids: [opp.id, copy.json.id], assigneeId: users.user.id } });
    expect(bulk.status).toBe(200);
    expect(bulk.json.transferred.sort()).toEqual([opp.id, copy.json.id].sort());
  });
});

describe("GET /opportunities/{id}/history", () => {
  it("pages by keyset in the database: every entry of a long history is reached once while entries are added", async () => {
    const { tokens, users } = await setup();
    const { json: opp } = await create(tokens.user, opportunityBody({ submit: false }));
    // 1,200 older entries (more than any in-memory cap), some sharing a timestamp.
    const base = Date.now() - 10 * 86_400_000;
    await db().historyEntry.createMany({
      data: Array.from({ length: 1200 }, (_, i) => ({
        entityType: "OPPORTUNITY",
        entityId: opp.id,
        organizationId: opp.organization.id,
        actorId: users.user.id,
        action: "updated",
        changes: [{ field: "project.title", from: `v${i}`, to: `v${i + 1}` }],
        at: new Date(base + Math.floor(i / 3) * 1000),
      })),
    });
    const expected = (await db().historyEntry.findMany({ where: { entityId: opp.id }, select: { id: true } })).map((h) => h.id);
    expect(expected).toHaveLength(1201);

    const get = (q: string) => call(history, `/opportunities/${opp.id}/history${q}`, { token: tokens.user, params: { id: opp.id } });
    const seen: { id: string; at: string }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: Awaited<ReturnType<typeof get>> = await get(`?limit=200${cursor ? `&cursor=${cursor}` : ""}`);
      const page = expectContract(res, 200, responseSchema(history, 200));
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
      // New entries (newer than every page read so far) appear meanwhile.
      if (pages <= 2) await call(one.PATCH, `/opportunities/${opp.id}`, { token: tokens.user, params: { id: opp.id }, body: { version: pages, project: { title: `Edit ${pages}` } } });
    } while (cursor && pages < 20);
    expect(pages).toBe(7);
    const ids = seen.map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...expected].sort());
    for (let i = 1; i < seen.length; i++) expect(seen[i - 1]!.at >= seen[i]!.at).toBe(true);
    expect(seen.at(-1)).toMatchObject({ action: "updated", at: new Date(base).toISOString() }); // the oldest, out of reach of a 1,000-entry cap

    // The entries written meanwhile are on a fresh first page.
    const fresh = await get("?limit=2");
    expect(fresh.json.items.map((h: { action: string }) => h.action)).toEqual(["updated", "updated"]);
    expect(fresh.json.items.map((h: { id: string }) => h.id).some((id: string) => ids.includes(id))).toBe(false);
    expectProblem(await get("?cursor=bogus!"), 400, "validation");
    const forged = (v: string) => Buffer.from(JSON.stringify({ s: "-at", v, i: "x" })).toString("base64url");
    for (const v of ["-271821-04-20T00:00:00.000Z", "+275760-09-13T00:00:00.000Z", "not a date"]) {
      const res = await get(`?cursor=${forged(v)}`);
      expectProblem(res, 400, "validation");
      expect(res.json.errors).toEqual([{ path: "cursor", message: expect.any(String) }]);
    }
    expectProblem(await call(history, `/opportunities/${opp.id}/history`, { token: tokens.boltLead, params: { id: opp.id } }), 404, "not-found");
  });
});

describe("GET /opportunities", () => {
  it("pages with a cursor, filters by updatedSince, and neither skips nor repeats while rows are added", async () => {
    const { tokens } = await setup();
    for (let i = 0; i < 7; i++) await create(tokens.lead, opportunityBody({ submit: i % 2 === 0 }));
    const since = new Date().toISOString();
    const before = await db().opportunity.findMany({ select: { id: true } });
    for (const sort of ["-updatedAt", "updatedAt", "number", "-customerName"]) {
      const seen: Item[] = [];
      let cursor: string | null = null;
      for (let n = 0; n < 20; n++) {
        if (n > 0 && n < 3) await create(tokens.lead, opportunityBody({ submit: false }));
        const res: { json: Page<Item> } = await call<Page<Item>>(list.GET, `/opportunities?limit=3&sort=${sort}${cursor ? `&cursor=${cursor}` : ""}`, { token: tokens.lead });
        expectContract(res as never, 200, responseSchema(list.GET, 200));
        seen.push(...res.json.items);
        cursor = res.json.nextCursor;
        if (!cursor) break;
      }
      const ids = seen.map((i) => i.id);
      expect(new Set(ids).size, sort).toBe(ids.length);
      for (const o of before) expect(ids, sort).toContain(o.id);
    }
    const changed = await call<Page<Item>>(list.GET, `/opportunities?updatedSince=${encodeURIComponent(since)}&sort=updatedAt&limit=200`, { token: tokens.lead });
    expect(changed.json.items.length).toBe((await db().opportunity.count()) - 7);
    expect(changed.json.items.every((i) => i.updatedAt >= since)).toBe(true);
    const first = changed.json.items[0];
    expect(first.expectedMonthlyRevenue).toEqual({ amount: "12500.00", currency: "USD" });
    const filtered = await call<Page<Item>>(list.GET, "/opportunities?status=SUBMITTED,DRAFT&status=APPROVED&limit=200", { token: tokens.lead });
    expect(filtered.status).toBe(200);
    for (const q of ["status=NOPE", "sort=stage", "updatedSince=yesterday", "actionRequired=maybe", "limit=500"]) expectProblem(await call(list.GET, `/opportunities?${q}`, { token: tokens.lead }), 400, "validation");
    // Others see nothing of Acme's.
    expect((await call<Page<Item>>(list.GET, "/opportunities", { token: tokens.boltLead })).json.items).toEqual([]);
  });
});
