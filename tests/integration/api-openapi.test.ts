/**
 * The OpenAPI registry and the route files under app/api/v1 describe the same API: every
 * route file's exported method serves a registered operation of its path, and every
 * registered operation is served. Also checks the document itself and /api/docs, and walks
 * every operation of the document: 401 without a token, 404 for an unknown `{id}`, and a
 * problem+json 404 for paths no operation serves (app/api/v1/[...path]).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument, operations } from "@/lib/api/v1";
import { routeFolderOf } from "@/lib/api/operation";
import type { RouteHandler } from "@/lib/api/handler";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { GET as docsRoute } from "@/app/api/docs/route";
import * as catchAll from "@/app/api/v1/[...path]/route";
import { BASE, call, expectProblem, tokenFor } from "../api/client";
import { createWorld } from "../factories";

const ROOT = path.resolve("app/api/v1");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
/** Route folders that serve no operation of the document on purpose. */
const NOT_OPERATIONS = new Set(["[...path]"]);

function routeFiles(dir = ROOT): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(p);
    return /^route\.(ts|tsx|js)$/.test(e.name) ? [p] : [];
  });
}

describe("OpenAPI coverage", () => {
  it("has an operation for every route file's method and a route for every operation", async () => {
    const served = new Set<string>();
    const problems: string[] = [];
    for (const file of routeFiles()) {
      const folder = path.relative(ROOT, path.dirname(file)).split(path.sep).join("/");
      if (NOT_OPERATIONS.has(folder)) continue;
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      const methods = Object.keys(mod).filter((k) => HTTP_METHODS.includes(k));
      if (!methods.length) problems.push(`${folder}: exports no HTTP method`);
      for (const m of methods) {
        const op = (mod[m] as Partial<RouteHandler>).operation;
        if (!op) {
          problems.push(`${folder} ${m}: not made with apiHandler (no OpenAPI operation)`);
          continue;
        }
        if (op.method !== m) problems.push(`${folder} ${m}: serves operation ${op.operationId} of method ${op.method}`);
        if (routeFolderOf(op.path) !== folder) problems.push(`${folder} ${m}: serves operation ${op.operationId} of path ${op.path}`);
        if (!operations.includes(op)) problems.push(`${folder} ${m}: operation ${op.operationId} is missing from the registry (lib/api/v1/index.ts)`);
        served.add(`${op.method} ${op.path}`);
      }
    }
    for (const op of operations) if (!served.has(`${op.method} ${op.path}`)) problems.push(`${op.method} ${op.path} (${op.operationId}): registered but no route file serves it`);
    expect(problems).toEqual([]);
  });

  it("registers each method and path once, with unique operation ids and matching path parameters", () => {
    const keys = operations.map((o) => `${o.method} ${o.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    const ids = operations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const doc = openApiDocument() as { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> };
    for (const [p, methods] of Object.entries(doc.paths)) {
      const names = [...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
      for (const op of Object.values(methods)) expect((op.parameters ?? []).filter((x) => x.in === "path").map((x) => x.name).sort(), p).toEqual(names);
    }
  });

  it("is a self-contained OpenAPI 3.1 document: every $ref resolves", () => {
    const doc = openApiDocument();
    expect(doc.openapi).toBe("3.1.0");
    const refs: string[] = [];
    const walk = (n: unknown) => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === "object")
        for (const [k, v] of Object.entries(n)) {
          if (k === "$ref" && typeof v === "string") refs.push(v);
          else walk(v);
        }
    };
    walk(doc);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref.startsWith("#/"), ref).toBe(true);
      const target = ref
        .slice(2)
        .split("/")
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it("serves the document without a token, and the docs page as HTML without scripts", async () => {
    const res = await call(openApiRoute, "/openapi.json");
    expect(res.status).toBe(200);
    expect(res.json).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    const html = await docsRoute();
    expect(html.headers.get("content-type")).toMatch(/^text\/html/);
    const text = await html.text();
    expect(text).not.toMatch(/<script|https?:\/\/(?!cosell\.dev)[a-z]/i);
    for (const op of operations) expect(text).toContain(op.path);
  });
});

type DocOperation = { security?: unknown[]; requestBody?: unknown };
type Served = { method: string; path: string; operationId: string; op: DocOperation; handler: RouteHandler };

/** Every operation of the document with the route handler that serves it. */
async function servedOperations(): Promise<Served[]> {
  const doc = openApiDocument() as { paths: Record<string, Record<string, DocOperation & { operationId: string }>> };
  const out: Served[] = [];
  for (const [p, methods] of Object.entries(doc.paths)) {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, routeFolderOf(p), "route.ts"))) as Record<string, RouteHandler>;
    for (const [method, op] of Object.entries(methods)) out.push({ method: method.toUpperCase(), path: p, operationId: op.operationId, op, handler: mod[method.toUpperCase()]! });
  }
  return out;
}

const UNKNOWN_ID = "0b6f5c1e-93a4-4f1e-9a57-5d0c2f7e8a11";

describe("every operation of the document", () => {
  it("answers 401 problem+json without a token (every operation but the document itself)", async () => {
    const ops = await servedOperations();
    const open = ops.filter((o) => Array.isArray(o.op.security) && o.op.security.length === 0).map((o) => o.operationId);
    expect(open).toEqual(["getOpenApi"]);
    const authenticated = ops.filter((o) => !open.includes(o.operationId));
    expect(authenticated.length).toBeGreaterThan(40);
    for (const o of authenticated) {
      const p = o.path.replace(/\{([^}]+)\}/g, UNKNOWN_ID);
      const params = Object.fromEntries([...o.path.matchAll(/\{([^}]+)\}/g)].map((m) => [m[1]!, UNKNOWN_ID]));
      const body = o.op.requestBody ? {} : undefined;
      for (const token of [null, "cs_unknown-token"]) {
        const res = await call(o.handler, p, { token, params, body });
        expect(res.status, `${o.method} ${o.path} ${token ?? "(no token)"}`).toBe(401);
        expectProblem(res, 401, "unauthorized");
        expect(res.headers.get("www-authenticate"), `${o.method} ${o.path}`).toMatch(/^Bearer /);
      }
    }
  });

  it("answers 404 problem+json for an unknown id on every {id} operation (with an otherwise valid request)", async () => {
    const w = await createWorld();
    const tokens = { lead: await tokenFor(w.users.lead), validator: await tokenFor(w.users.validator), seller: await tokenFor(w.users.seller) };
    const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
    // A valid body (and the role that may do it) per operation; a new {id} operation must be added here.
    const requests: Record<string, { body?: unknown; token?: string }> = {
      getOpportunity: {},
      updateOpportunity: { body: { version: 1, project: { title: "Renamed" } } },
      deleteOpportunity: {},
      submitOpportunity: {},
      reviewOpportunity: { body: { decision: "START" }, token: tokens.validator },
      addNextStep: { body: { text: "Workshop on Monday" } },
      changeOpportunityStage: { body: { stage: "TECHNICAL_VALIDATION" } },
      updateProviderFields: { body: { providerStage: "Qualified", providerCloseDate: null, providerClosedLostReason: null, version: 1 }, token: tokens.seller },
      cloneOpportunity: {},
      transferOpportunity: { body: { assigneeId: w.users.user.id } },
      opportunityHistory: {},
      listOpportunityShares: {},
      shareOpportunity: { body: { partnerOrganizationIds: [w.bolt.id], message: "Together", fields: ["STAGE"] } },
      acceptShareInvitation: {},
      rejectShareInvitation: {},
      withdrawShareInvitation: {},
      requestCollaborationChannel: { body: { inviteeIds: [w.users.user.id] } },
      recordCollaborationChannelCreated: { body: { name: "deal-room", url: "https://chat.example/c/1" }, token: tokens.seller },
      getOpportunityInvitation: {},
      acceptOpportunityInvitation: {},
      rejectOpportunityInvitation: { body: { reason: "UNABLE_TO_SUPPORT" } },
      getReferral: {},
      updateReferral: { body: { version: 1, name: "Renamed" } },
      acceptReferral: { body: { name: "Initech", estimatedValue: { amount: "40000.00", currency: "USD" }, estimatedCloseDate: inDays(60), notes: "We take it." } },
      declineReferral: { body: { reason: "OTHER", notes: "Not our region" } },
      markReferralStage: { body: { stage: "QUALIFIED" } },
      markReferralWon: {},
      markReferralLost: { body: { reason: "PRICE" } },
      closeReferralAsError: { body: { reason: "DUPLICATE_DEAL" } },
      favoriteReferral: {},
      unfavoriteReferral: {},
      inviteToReferral: { body: { provider: true } },
      referralProviderDecision: { body: { decision: "JOIN" }, token: tokens.seller },
      referralRegistrationEligibility: {},
      registerReferral: {},
      getImport: {},
    };
    const withId = (await servedOperations()).filter((o) => o.path.includes("{"));
    expect(withId.map((o) => o.operationId).sort()).toEqual(Object.keys(requests).sort());
    const wrong: string[] = [];
    for (const o of withId) {
      const r = requests[o.operationId]!;
      const p = o.path.replace(/\{([^}]+)\}/g, UNKNOWN_ID);
      const res = await call(o.handler, p, { token: r.token ?? tokens.lead, params: { id: UNKNOWN_ID }, body: r.body });
      if (res.status !== 404 || res.headers.get("content-type") !== "application/problem+json" || res.json?.type !== "https://cosell.dev/problems/not-found")
        wrong.push(`${o.method} ${o.path} → ${res.status} ${res.text.slice(0, 160)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("answers a problem+json 404 for a path no operation serves, for every method", async () => {
    for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const) {
      const request = new Request(`${BASE}/no-such-thing/42`, { method });
      const res = await catchAll[method](request);
      expect(res.status, method).toBe(404);
      expect(res.headers.get("content-type"), method).toBe("application/problem+json");
      if (method !== "HEAD") expect(await res.json()).toMatchObject({ type: "https://cosell.dev/problems/not-found", status: 404, title: "Not found" });
    }
  });
});
