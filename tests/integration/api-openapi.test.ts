/**
 * The OpenAPI registry and the route files under app/api/v1 describe the same API: every
 * route file's exported method serves a registered operation of its path, and every
 * registered operation is served. Also checks the document itself and /api/docs.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument, operations } from "@/lib/api/v1";
import { routeFolderOf } from "@/lib/api/operation";
import type { RouteHandler } from "@/lib/api/handler";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { GET as docsRoute } from "@/app/api/docs/route";
import { call } from "../api/client";

const ROOT = path.resolve("app/api/v1");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

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
