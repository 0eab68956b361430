/**
 * /api/v1/opportunities/{id}/… actions, status by status (api.md's error table): the stage
 * change and the provider-side fields, then submit, next steps, clone, transfer, PATCH and
 * DELETE — 400 with `errors[].path`, 403 (sees it, may not), 404 (another organisation or
 * out of scope), 409 `/invalid-transition` and `/stale-version` with `current`.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import * as one from "@/app/api/v1/opportunities/[id]/route";
import { POST as stage } from "@/app/api/v1/opportunities/[id]/stage/route";
import { PATCH as providerFields } from "@/app/api/v1/opportunities/[id]/provider-fields/route";
import { POST as submit } from "@/app/api/v1/opportunities/[id]/submit/route";
import { POST as nextSteps } from "@/app/api/v1/opportunities/[id]/next-steps/route";
import { POST as clone } from "@/app/api/v1/opportunities/[id]/clone/route";
import { POST as transfer } from "@/app/api/v1/opportunities/[id]/transfer/route";
import { createOpportunity, setProviderTeam } from "@/lib/data/opportunities";
import type { RouteHandler } from "@/lib/api/handler";
import { createUser, createWorld } from "../factories";
import { call, expectContract, expectProblem, responseSchema, tokenFor, type ApiResponse } from "../api/client";
import { inDays, opportunityIn } from "./opportunities-helpers";

async function setup() {
  const world = await createWorld();
  const otherSeller = await createUser(world.provider.id, { providerRole: "PROVIDER_SELLER" });
  const tokens = {
    lead: await tokenFor(world.users.lead),
    user: await tokenFor(world.users.user),
    user2: await tokenFor(world.users.user2),
    boltLead: await tokenFor(world.users.boltLead),
    validator: await tokenFor(world.users.validator),
    seller: await tokenFor(world.users.seller),
    otherSeller: await tokenFor(otherSeller),
  };
  return { ...world, tokens };
}

/** Calls `handler` on opportunity `id` (path parameter and URL). */
const on = (handler: RouteHandler, id: string, token: string, body?: unknown, query = "", headers?: Record<string, string>) =>
  call(handler, `/opportunities/${id}${query}`, { token, params: { id }, body, headers });

const pathsOf = (res: ApiResponse) => (res.json as { errors: { path: string }[] }).errors.map((e) => e.path).sort();
const today = () => new Date().toISOString().slice(0, 10);

describe("POST /opportunities/{id}/stage", () => {
  it("moves between open stages (200), with the close details a terminal stage needs (400 at their paths), then never again (409)", async () => {
    const w = await setup();
    const { tokens } = w;
    const o = await opportunityIn(w, "APPROVED");
    expect(o.stage).toBe("QUALIFIED");

    const moved = await on(stage, o.id, tokens.user, { stage: "TECHNICAL_VALIDATION", version: o.version });
    expect(expectContract(moved, 200, responseSchema(stage, 200))).toMatchObject({
      id: o.id,
      stage: "TECHNICAL_VALIDATION",
      version: o.version + 1,
    });
    expectProblem(await on(stage, o.id, tokens.user, { stage: "TECHNICAL_VALIDATION" }), 409, "invalid-transition"); // already there

    const stale = await on(stage, o.id, tokens.user, { stage: "BUSINESS_VALIDATION", version: o.version });
    expectProblem(stale, 409, "stale-version");
    expect(stale.json.current).toMatchObject({ id: o.id, stage: "TECHNICAL_VALIDATION", version: o.version + 1 });

    const bare = await on(stage, o.id, tokens.user, { stage: "CLOSED_LOST" });
    expectProblem(bare, 400, "validation");
    expect(pathsOf(bare)).toEqual(["closeDate", "closedLostReason"]);
    const future = await on(stage, o.id, tokens.user, { stage: "CLOSED_LOST", closeDate: inDays(3), closedLostReason: "Price" });
    expectProblem(future, 400, "validation");
    expect(pathsOf(future)).toEqual(["closeDate"]); // not in the future
    const unknownReason = await on(stage, o.id, tokens.user, {
      stage: "CLOSED_LOST",
      closeDate: today(),
      closedLostReason: "Too expensive",
    });
    expectProblem(unknownReason, 400, "validation");
    expect(pathsOf(unknownReason)).toEqual(["closedLostReason"]); // not in the picklist
    const misplaced = await on(stage, o.id, tokens.user, {
      stage: "COMMITTED",
      closeDate: today(),
      closedLostReason: "Customer Deficiency",
      colour: "red",
    });
    expectProblem(misplaced, 400, "validation");
    expect(pathsOf(misplaced)).toEqual(["closeDate", "closedLostReason", "colour"]);
    const noStage = await on(stage, o.id, tokens.user, { stage: "DONE" });
    expectProblem(noStage, 400, "validation");
    expect(pathsOf(noStage)).toEqual(["stage"]);
    const badVersion = await on(stage, o.id, tokens.user, { stage: "COMMITTED", version: "two" });
    expectProblem(badVersion, 400, "validation");
    expect(pathsOf(badVersion)).toEqual(["version"]);

    const lost = await on(stage, o.id, tokens.user, { stage: "CLOSED_LOST", closeDate: today(), closedLostReason: "Customer Deficiency" });
    expect(expectContract(lost, 200, responseSchema(stage, 200))).toMatchObject({
      stage: "CLOSED_LOST",
      closeDate: today(),
      closedLostReason: "Customer Deficiency",
    });
    const after = await on(stage, o.id, tokens.user, { stage: "COMMITTED" });
    expectProblem(after, 409, "invalid-transition");
    expect(after.json.detail).toMatch(/closed/);
    expect(await db().historyEntry.count({ where: { entityId: o.id, action: "stage_changed" } })).toBe(2);
  });

  it("409 before approval and under review; 403 for the validator who sees it; 404 outside the actor's scope", async () => {
    const w = await setup();
    const { tokens } = w;
    const draft = await opportunityIn(w, "DRAFT");
    const early = await on(stage, draft.id, tokens.user, { stage: "COMMITTED" });
    expectProblem(early, 409, "invalid-transition");
    expect(early.json.detail).toMatch(/Before approval/);
    const submitted = await opportunityIn(w, "SUBMITTED");
    expectProblem(await on(stage, submitted.id, tokens.user, { stage: "COMMITTED" }), 409, "invalid-transition");

    const o = await opportunityIn(w, "APPROVED");
    const body = { stage: "COMMITTED" };
    expectProblem(await on(stage, o.id, tokens.validator, body), 403, "forbidden"); // sees approved ones, never changes them
    expectProblem(await on(stage, draft.id, tokens.validator, body), 404, "not-found"); // drafts are invisible to validators
    expectProblem(await on(stage, o.id, tokens.boltLead, body), 404, "not-found"); // another organisation
    expectProblem(await on(stage, o.id, tokens.user2, body), 404, "not-found"); // ACE user, not the owner
    expectProblem(await on(stage, o.id, tokens.seller, body), 404, "not-found"); // not on the provider team
    expect((await db().opportunity.findUniqueOrThrow({ where: { id: o.id } })).stage).toBe("QUALIFIED");
  });
});

describe("PATCH /opportunities/{id}/provider-fields", () => {
  it("a provider seller on the team edits with providerFields.version; 409 stale with current; 400 at the paths", async () => {
    const w = await setup();
    const { tokens, users, actors } = w;
    const o = await opportunityIn(w, "APPROVED");
    const withTeam = await setProviderTeam(actors.admin, o.id, [
      { role: "ACCOUNT_MANAGER", name: "Sam Seller", email: users.seller.email },
    ]);
    const patch = (token: string, body: unknown) => on(providerFields, o.id, token, body);
    const version = withTeam!.providerFields.version;

    const res = await patch(tokens.seller, { providerStage: "Technical Validation", providerCloseDate: inDays(30), version });
    const updated = expectContract(res, 200, responseSchema(providerFields, 200));
    expect(updated.providerFields).toEqual({
      providerStage: "Technical Validation",
      providerCloseDate: inDays(30),
      providerClosedLostReason: null,
      version: version + 1,
    });
    expect(updated.version).toBe(o.version); // the partner-side version is untouched

    const stale = await patch(tokens.seller, { providerStage: "Committed", version });
    expectProblem(stale, 409, "stale-version");
    expect(stale.json.current).toMatchObject({ id: o.id, providerFields: { providerStage: "Technical Validation", version: version + 1 } });

    const noVersion = await patch(tokens.seller, { providerStage: "Committed" });
    expectProblem(noVersion, 400, "validation");
    expect(pathsOf(noVersion)).toEqual(["version"]);
    const bad = await patch(tokens.seller, {
      providerCloseDate: "2027-02-30",
      providerClosedLostReason: "x".repeat(256),
      colour: 1,
      version: version + 1,
    });
    expectProblem(bad, 400, "validation");
    expect(pathsOf(bad)).toEqual(["colour", "providerCloseDate", "providerClosedLostReason"]);
    expectProblem(await call(providerFields, "/", { token: tokens.seller, params: { id: o.id }, body: "{ nope" }), 400, "malformed-json");

    const again = { providerStage: "Committed", version: version + 1 };
    expectProblem(await patch(tokens.user, again), 403, "forbidden"); // the partner sees it, may not
    expectProblem(await patch(tokens.validator, again), 403, "forbidden");
    expectProblem(await patch(tokens.otherSeller, again), 404, "not-found"); // a seller not on the team
    expectProblem(await patch(tokens.boltLead, again), 404, "not-found");
    const row = await db().opportunity.findUniqueOrThrow({ where: { id: o.id } });
    expect([row.providerStage, row.providerVersion]).toEqual(["Technical Validation", version + 1]);
  });
});

describe("POST /opportunities/{id}/submit", () => {
  it("submits a draft once (409 from SUBMITTED), lists the missing fields (400), refuses a stale version with current", async () => {
    const w = await setup();
    const { tokens, actors } = w;
    const partial = await createOpportunity(actors.user, { customer: { companyName: "Half Done AG" } }, { submit: false });
    const missing = await on(submit, partial.id, tokens.user);
    expectProblem(missing, 400, "validation");
    expect(pathsOf(missing)).toEqual(expect.arrayContaining(["project.title", "project.customerBusinessProblem", "customer.countryCode"]));
    const malformed = await on(submit, partial.id, tokens.user, { version: "1", colour: "red" });
    expectProblem(malformed, 400, "validation");
    expect(pathsOf(malformed)).toEqual(["colour", "version"]);

    const draft = await opportunityIn(w, "DRAFT");
    const stale = await on(submit, draft.id, tokens.user, { version: draft.version + 4 });
    expectProblem(stale, 409, "stale-version");
    expect(stale.json.current).toMatchObject({ id: draft.id, status: "DRAFT", version: draft.version });
    expectProblem(await on(submit, draft.id, tokens.boltLead), 404, "not-found");
    expectProblem(await on(submit, draft.id, tokens.validator), 404, "not-found");

    const done = await on(submit, draft.id, tokens.user, { version: draft.version });
    expect(expectContract(done, 200, responseSchema(submit, 200))).toMatchObject({ status: "SUBMITTED", version: draft.version + 1 });
    const twice = await on(submit, draft.id, tokens.user);
    expectProblem(twice, 409, "invalid-transition");
    expectProblem(await on(submit, draft.id, tokens.validator), 403, "forbidden"); // sees submitted ones, may not submit
    expect(await db().historyEntry.count({ where: { entityId: draft.id, action: "submitted" } })).toBe(1);
  });
});

describe("POST /opportunities/{id}/next-steps", () => {
  it("only on approved opportunities (409 before), 400 at text, 403 for the validator, 404 elsewhere", async () => {
    const w = await setup();
    const { tokens } = w;
    for (const status of ["DRAFT", "SUBMITTED"] as const) {
      const o = await opportunityIn(w, status);
      const res = await on(nextSteps, o.id, tokens.user, { text: "Call the CTO" });
      expectProblem(res, 409, "invalid-transition");
      expect(res.json.detail).toMatch(/once the opportunity is approved/);
    }
    const o = await opportunityIn(w, "APPROVED");
    for (const [body, paths] of [
      [{}, ["text"]],
      [{ text: "   " }, ["text"]],
      [{ text: 42 }, ["text"]],
      [{ text: "x".repeat(5000) }, ["text"]],
      [{ text: "ok", colour: "red" }, ["colour"]],
    ] as const) {
      const res = await on(nextSteps, o.id, tokens.user, body);
      expectProblem(res, 400, "validation");
      expect(pathsOf(res), JSON.stringify(body).slice(0, 40)).toEqual(paths);
    }
    expectProblem(await on(nextSteps, o.id, tokens.validator, { text: "Call" }), 403, "forbidden");
    expectProblem(await on(nextSteps, o.id, tokens.boltLead, { text: "Call" }), 404, "not-found");
    expectProblem(await on(nextSteps, o.id, tokens.user2, { text: "Call" }), 404, "not-found");
    expect(await db().nextStep.count()).toBe(0);

    const headers = { "idempotency-key": "step-1" };
    const first = await on(nextSteps, o.id, tokens.user, { text: "Workshop on Monday" }, "", headers);
    expect(expectContract(first, 201, responseSchema(nextSteps, 201)).nextSteps).toHaveLength(1);
    const replay = await on(nextSteps, o.id, tokens.user, { text: "Workshop on Monday" }, "", headers);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await db().nextStep.count()).toBe(1);
  });
});

describe("POST /opportunities/{id}/clone", () => {
  it("clones a submitted opportunity into a new draft, not a draft (409); 403 for the validator; 404 elsewhere", async () => {
    const w = await setup();
    const { tokens, users } = w;
    const draft = await opportunityIn(w, "DRAFT");
    const refused = await on(clone, draft.id, tokens.user);
    expectProblem(refused, 409, "invalid-transition");
    expect(refused.json.detail).toMatch(/draft cannot be cloned/);
    const o = await opportunityIn(w, "APPROVED");
    expectProblem(await on(clone, o.id, tokens.validator), 403, "forbidden");
    expectProblem(await on(clone, o.id, tokens.boltLead), 404, "not-found");
    expectProblem(await on(clone, o.id, tokens.user2), 404, "not-found");
    const headers = { "idempotency-key": "clone-1" };
    const copy = await on(clone, o.id, tokens.user, undefined, "", headers);
    expect(expectContract(copy, 201, responseSchema(clone, 201))).toMatchObject({
      status: "DRAFT",
      owner: { id: users.user.id },
      version: 1,
    });
    expect(copy.json.id).not.toBe(o.id);
    const replay = await on(clone, o.id, tokens.user, undefined, "", headers);
    expect(replay.json.id).toBe(copy.json.id);
    expect(await db().opportunity.count()).toBe(3);
  });
});

describe("POST /opportunities/{id}/transfer", () => {
  it("transfers to an ACE user of the organisation; 400 at assigneeId; stale version 409 with current; 403 and 404", async () => {
    const w = await setup();
    const { tokens, users } = w;
    const o = await opportunityIn(w, "APPROVED");
    for (const [body, paths] of [
      [{}, ["assigneeId"]],
      [{ assigneeId: users.boltLead.id }, ["assigneeId"]], // another organisation
      [{ assigneeId: users.noAce.id }, ["assigneeId"]], // no ACE role
      [{ assigneeId: users.manager.id, version: 0, colour: 1 }, ["colour", "version"]],
    ] as const) {
      const res = await on(transfer, o.id, tokens.user, body);
      expectProblem(res, 400, "validation");
      expect(pathsOf(res), JSON.stringify(body)).toEqual(paths);
    }
    const stale = await on(transfer, o.id, tokens.user, { assigneeId: users.manager.id, version: o.version + 1 });
    expectProblem(stale, 409, "stale-version");
    expect(stale.json.current).toMatchObject({ id: o.id, version: o.version, owner: { id: users.user.id } });
    expectProblem(await on(transfer, o.id, tokens.validator, { assigneeId: users.manager.id }), 403, "forbidden");
    expectProblem(await on(transfer, o.id, tokens.boltLead, { assigneeId: users.manager.id }), 404, "not-found");
    expectProblem(await on(transfer, o.id, tokens.user2, { assigneeId: users.manager.id }), 404, "not-found");

    const moved = await on(transfer, o.id, tokens.lead, { assigneeId: users.manager.id, version: o.version });
    expect(expectContract(moved, 200, responseSchema(transfer, 200))).toMatchObject({
      owner: { id: users.manager.id },
      version: o.version + 1,
    });
  });
});

describe("PATCH and DELETE /opportunities/{id}", () => {
  it("PATCH: 400 at each path, locked fields refused by name, 403 for the validator, 404 elsewhere, stale 409 with current", async () => {
    const w = await setup();
    const { tokens } = w;
    const draft = await opportunityIn(w, "DRAFT");
    const patch = (id: string, token: string, body: unknown) => on(one.PATCH, id, token, body);
    const bad = await patch(draft.id, tokens.user, {
      version: draft.version,
      customer: { websiteUrl: "not a url", countryCode: "XX" },
      project: { expectedMonthlyRevenue: { amount: "1.234", currency: "USD" } },
      colour: "red",
    });
    expectProblem(bad, 400, "validation");
    expect(pathsOf(bad)).toEqual(["colour", "customer.countryCode", "customer.websiteUrl", "project.expectedMonthlyRevenue.amount"]);
    const noVersion = await patch(draft.id, tokens.user, { project: { title: "x" } });
    expectProblem(noVersion, 400, "validation");
    expect(pathsOf(noVersion)).toEqual(["version"]);
    const stale = await patch(draft.id, tokens.user, { version: draft.version + 1, project: { title: "Late" } });
    expectProblem(stale, 409, "stale-version");
    expect(stale.json.current).toMatchObject({
      id: draft.id,
      version: draft.version,
      status: "DRAFT",
      project: { title: "Store analytics platform" },
    });
    expectProblem(await patch(draft.id, tokens.boltLead, { version: draft.version, project: { title: "x" } }), 404, "not-found");
    expectProblem(await patch(draft.id, tokens.validator, { version: draft.version, project: { title: "x" } }), 404, "not-found");

    // Under review nothing is editable: the state refuses (409), naming the field; nothing changes.
    const submitted = await opportunityIn(w, "SUBMITTED");
    const locked = await patch(submitted.id, tokens.user, { version: submitted.version, customer: { city: "Bonn" } });
    expectProblem(locked, 409, "invalid-transition");
    expect(locked.json.errors).toEqual([{ path: "customer.city", message: "This field cannot be changed now" }]);
    expectProblem(
      await patch(submitted.id, tokens.validator, { version: submitted.version, customer: { city: "Bonn" } }),
      403,
      "forbidden",
    );
    expect((await db().opportunity.findUniqueOrThrow({ where: { id: submitted.id } })).version).toBe(submitted.version);
  });

  it("DELETE: drafts only (409), 400 at version, stale 409 with current, 403 for the validator, 404 elsewhere", async () => {
    const w = await setup();
    const { tokens } = w;
    const draft = await opportunityIn(w, "DRAFT");
    const del = (id: string, token: string, query = "") => on(one.DELETE, id, token, undefined, query);
    const badVersion = await del(draft.id, tokens.user, "?version=abc");
    expectProblem(badVersion, 400, "validation");
    expect(pathsOf(badVersion)).toEqual(["version"]);
    const stale = await del(draft.id, tokens.user, `?version=${draft.version + 1}`);
    expectProblem(stale, 409, "stale-version");
    expect(stale.json.current).toMatchObject({ id: draft.id, version: draft.version, status: "DRAFT" });
    expectProblem(await del(draft.id, tokens.boltLead), 404, "not-found");
    expectProblem(await del(draft.id, tokens.user2), 404, "not-found");
    const submitted = await opportunityIn(w, "SUBMITTED");
    expectProblem(await del(submitted.id, tokens.validator), 403, "forbidden");
    const refused = await del(submitted.id, tokens.user);
    expectProblem(refused, 409, "invalid-transition");
    expect(refused.json.detail).toMatch(/Only drafts/);
    expect((await del(draft.id, tokens.user, `?version=${draft.version}`)).status).toBe(204);
    expect(await db().opportunity.count()).toBe(1);
  });
});
