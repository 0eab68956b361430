/**
 * Generated bad input against EVERY operation of the OpenAPI document (iterated, so a new
 * endpoint is covered as soon as it is registered): wrong types, missing and extra fields,
 * huge strings, odd Unicode (lone surrogates, RTL overrides, zero-width, NUL), malformed
 * JSON, wrong and missing content types, invalid UTF-8, deep nesting, bad path ids, bad
 * query parameters and cursors, bad tokens and Idempotency-Keys. At least 10,000 requests,
 * called in-process like the contract tests.
 *
 * Asserts: no answer is ever a 5xx, every problem is problem+json, and the row counts of
 * every table are unchanged by the requests that did not succeed (counts are compared per
 * chunk of requests; a chunk in which some write answered 2xx — e.g. a favourite set on a
 * real deal — re-takes the baseline instead).
 *
 * Reproduce a failure with the seed it prints: `FUZZ_SEED=<seed> npx vitest run --project
 * integration tests/integration/api-fuzz.test.ts`.
 */
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { openApiDocument } from "@/lib/api/v1";
import { routeFolderOf } from "@/lib/api/operation";
import type { RouteHandler } from "@/lib/api/handler";
import { createReferral } from "@/lib/data/referrals";
import { sendProviderReferral } from "@/lib/data/provider-referrals";
import { createOpportunity } from "@/lib/data/opportunities";
import { startOpportunityImport, whenImportSettled } from "@/lib/data/imports";
import { BASE, tokenFor } from "../api/client";
import { opportunityBody } from "../api/opportunity-body";
import { body as dealBody, setupReferrals } from "./referrals-helpers";
import { referralBody } from "./provider-referrals-helpers";

type Json = Record<string, unknown>;
type Op = { method: string; path: string; op: Json; handler: RouteHandler };
type Spec = { params: Record<string, string>; query: [string, string][]; headers: Record<string, string>; body?: string | Uint8Array };

const REQUESTS_PER_RUN = 10_000;
const CONCURRENCY = 8;
const CHUNK = 16;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;

const doc = openApiDocument() as { paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, Json> } };

// ---- Values ---------------------------------------------------------------------------------

const ODD = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDFFFy",
  "\u202Eevil\u202C",
  "\u200B",
  "\u200D\u200C",
  "\uFEFF",
  "\u0627\u0644\u0639\u0631\u0628\u064A\u0629",
  "e\u0301\u0301\u0301",
  "𝕏💥🏳️‍🌈",
  "\\",
  '"',
  "'; DROP TABLE users; --",
  "%00",
  "%",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "{{7*7}}",
  "${jndi:x}",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "1e309",
  "99999999999999999999999",
  "2026-02-30",
  "9999-12-31T99:99:99Z",
  "O-99999999999",
  "D-0",
  "PR--1",
  "\r\n",
  "\t",
];
const oddString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.nat({ max: 70_000 }).map((n) => "x".repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom("\uD800".repeat(1000), "\u0000".repeat(300), "é".repeat(5000)) },
);
const deep = (depth: number, array: boolean): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = array ? [v] : { a: v };
  return v;
};
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: oddString },
  {
    weight: 2,
    arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, -0, 1e308, Number.MAX_SAFE_INTEGER + 2, [], {}, [null], { "": 1 }, ["x", 1]),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 20, max: 60 }).chain((d) => fc.boolean().map((a) => deep(d, a))) },
);

// ---- Examples from the document's schemas ------------------------------------------------------

function resolve(s: Json | undefined): Json | undefined {
  let node = s;
  for (let i = 0; i < 10 && node && typeof node.$ref === "string"; i++)
    node = doc.components.schemas[(node.$ref as string).split("/").pop()!];
  return node;
}

/** A value shaped like `schema` (not necessarily valid: rules the schema cannot express are ignored). */
function example(schema: Json | undefined, depth = 0): unknown {
  const s = resolve(schema);
  if (!s || depth > 6) return "x";
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  const union = (s.anyOf ?? s.oneOf) as Json[] | undefined;
  if (union?.length) return example(union.find((u) => resolve(u)?.type !== "null") ?? union[0], depth + 1);
  const type = Array.isArray(s.type) ? (s.type as string[]).find((t) => t !== "null") : (s.type as string | undefined);
  switch (type) {
    case "object": {
      const out: Json = {};
      for (const [k, v] of Object.entries((s.properties ?? {}) as Record<string, Json>)) out[k] = example(v, depth + 1);
      return out;
    }
    case "array":
      return [example(s.items as Json, depth + 1)];
    case "integer":
    case "number":
      return 1;
    case "boolean":
      return true;
    case "string":
      return s.format === "date" ? "2027-03-31" : s.format === "date-time" ? "2027-03-31T09:30:00.000Z" : "x";
    default:
      return "x";
  }
}

/** Dotted paths of every field of an example value. */
function pathsOf(v: unknown, prefix: string[] = []): string[][] {
  if (!v || typeof v !== "object") return [prefix];
  const keys = Array.isArray(v) ? v.map((_, i) => String(i)) : Object.keys(v);
  return [prefix, ...keys.flatMap((k) => pathsOf((v as Json)[k], [...prefix, k]))];
}

function setAt(value: unknown, at: string[], to: unknown, remove = false): unknown {
  if (at.length === 0) return remove ? undefined : to;
  const copy = structuredClone(value) as Json;
  let node: Json = copy;
  for (const k of at.slice(0, -1)) node = node[k] as Json;
  if (remove) {
    if (Array.isArray(node)) node.splice(Number(at.at(-1)), 1);
    else delete node[at.at(-1)!];
  } else node[at.at(-1)!] = to;
  return copy;
}

// ---- Requests ---------------------------------------------------------------------------------

type Ctx = { tokens: string[]; ids: string[] };

function jsonBodyArb(schema: Json | undefined): fc.Arbitrary<{ body: string | Uint8Array; contentType?: string }> {
  const base = example(schema);
  const paths = pathsOf(base).filter((p) => p.length > 0);
  const json = (v: unknown) => ({ body: JSON.stringify(v) ?? "null", contentType: "application/json" });
  const mutations: fc.Arbitrary<{ body: string | Uint8Array; contentType?: string }>[] = [
    // a field of the right shape replaced by a wrong value
    paths.length ? fc.tuple(fc.constantFrom(...paths), badValue).map(([p, v]) => json(setAt(base, p, v))) : badValue.map(json),
    // a field missing
    paths.length ? fc.constantFrom(...paths).map((p) => json(setAt(base, p, undefined, true))) : fc.constant(json({})),
    // extra fields
    fc.tuple(oddString, badValue, paths.length ? fc.constantFrom([], ...paths) : fc.constant([] as string[])).map(([k, v, p]) => {
      const target = p.reduce<unknown>((n, key) => (n as Json)?.[key], base);
      return json(
        target && typeof target === "object" && !Array.isArray(target)
          ? setAt(base, [...p, k || "extra"], v)
          : { ...(base as Json), [k]: v },
      );
    }),
    // anything at all
    fc.jsonValue({ maxDepth: 4 }).map(json),
    badValue.map(json),
    // malformed JSON
    fc
      .oneof(
        fc.constantFrom(
          JSON.stringify("x".repeat(1_100_000)),
          "{",
          "[",
          '{"a":}',
          "{'a':1}",
          '{"a":1,}',
          "NaN",
          "undefined",
          "\u0000",
          '{"a":"\\uZZZZ"}',
          "[".repeat(100_000),
          '"\\ud800"',
          "{}{}",
          "\uFEFF{}",
        ),
        fc.string({ unit: "binary", maxLength: 60 }),
        fc.constant(JSON.stringify(base)).chain((s) => fc.nat({ max: Math.max(0, s.length - 1) }).map((n) => s.slice(0, n))),
      )
      .map((body) => ({ body, contentType: "application/json" })),
    // wrong or missing content type, or a charset that is not UTF-8
    fc
      .tuple(
        fc.constantFrom(
          undefined,
          "text/plain",
          "application/xml",
          "multipart/form-data; boundary=x",
          "application/x-www-form-urlencoded",
          "application/json; charset=latin1",
          "text/csv",
          "*/*",
          "application/json;;;",
          "",
        ),
        fc.constant(JSON.stringify(base)),
      )
      .map(([contentType, body]) => ({ body, contentType })),
    // invalid UTF-8 bytes
    fc
      .uint8Array({ minLength: 1, maxLength: 64 })
      .map((bytes) => ({ body: new Uint8Array([0x7b, 0x22, 0xc3, 0x28, ...bytes]), contentType: "application/json" })),
    // too deep
    fc.integer({ min: 33, max: 400 }).map((d) => json(deep(d, d % 2 === 0))),
  ];
  return fc.oneof(...mutations);
}

const csvBodyArb: fc.Arbitrary<{ body: string | Uint8Array; contentType?: string }> = fc.oneof(
  fc
    .tuple(fc.array(oddString, { maxLength: 5 }), fc.array(fc.array(oddString, { maxLength: 5 }), { maxLength: 5 }))
    .map(([header, rows]) => ({
      body: [header, ...rows].map((r) => r.join(",")).join("\r\n"),
      contentType: "text/csv",
    })),
  fc.string({ unit: "binary", maxLength: 200 }).map((body) => ({ body, contentType: "text/csv" })),
  fc.uint8Array({ maxLength: 100 }).map((body) => ({ body, contentType: "text/csv" })),
  fc
    .constantFrom('"unterminated,a\r\n', "a,b\r\n\u0000,1", "\uFEFF", "customer.companyName\r\n" + "x,".repeat(5000))
    .map((body) => ({ body, contentType: "text/csv" })),
  fc
    .tuple(fc.constantFrom(undefined, "application/json", "text/csv; charset=utf-16", "text/plain"), oddString)
    .map(([contentType, body]) => ({ body, contentType })),
);

function queryArb(op: Json, sorts: string[]): fc.Arbitrary<[string, string][]> {
  const params = ((op.parameters ?? []) as Json[]).filter((p) => p.in === "query");
  const names = params.map((p) => String(p.name));
  const cursor = fc
    .tuple(fc.constantFrom(...sorts, "x", ""), fc.jsonValue({ maxDepth: 2 }), fc.oneof(oddString, fc.constant("a")))
    .map(([s, v, i]) => Buffer.from(JSON.stringify({ s, v, i }), "utf8").toString("base64url"));
  const value = fc.oneof(
    { weight: 4, arbitrary: oddString },
    { weight: 1, arbitrary: cursor },
    { weight: 1, arbitrary: fc.constantFrom("-1", "0", "201", "1.5", "1e3", "true", "maybe", "DRAFT,NOPE") },
  );
  const known = names.length ? fc.tuple(fc.constantFrom(...names), value) : fc.tuple(oddString, value);
  const pair = fc.oneof(
    { weight: 4, arbitrary: known },
    { weight: 1, arbitrary: fc.tuple(oddString, value) },
    { weight: 1, arbitrary: fc.tuple(fc.constant("cursor"), cursor) },
  );
  return fc.array(pair, { minLength: 0, maxLength: 4 });
}

function requestArb(o: Op, ctx: Ctx): fc.Arbitrary<Spec> {
  const pathNames = [...o.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const idArb = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...ctx.ids) },
    { weight: 3, arbitrary: oddString },
    { weight: 1, arbitrary: fc.uuid() },
  );
  const params = fc.tuple(...pathNames.map(() => idArb)).map((vals) => Object.fromEntries(pathNames.map((n, i) => [n, vals[i] as string])));
  const sorts = ["-updatedAt", "updatedAt", "name", "-number", "number", "kind,name"];
  const token = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...ctx.tokens).map((t) => `Bearer ${t}`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        undefined,
        "",
        "Bearer",
        "Bearer ",
        "bearer cs_x",
        "Basic dXNlcjpwYXNz",
        `Bearer ${ctx.tokens[0]}x`,
        `Bearer ${ctx.tokens[0]} extra`,
        "Bearer \u00ff\u00fe",
      ),
    },
  );
  const idem = fc.option(
    fc.oneof(fc.constantFrom("k1", "", " ", "\u00e9", "x".repeat(300), '"quoted"'), fc.string({ unit: "binary-ascii", maxLength: 20 })),
    { nil: undefined },
  );
  const requestBody = o.op.requestBody as Json | undefined;
  const content = (requestBody?.content ?? {}) as Record<string, Json>;
  const bodyArb: fc.Arbitrary<{ body?: string | Uint8Array; contentType?: string }> = content["text/csv"]
    ? csvBodyArb
    : content["application/json"]
      ? fc.oneof(
          { weight: 12, arbitrary: jsonBodyArb(content["application/json"].schema as Json) },
          { weight: 1, arbitrary: fc.constant({}) },
        )
      : o.method === "GET"
        ? fc.constant({})
        : fc.oneof(fc.constant({}), jsonBodyArb(undefined));
  return fc
    .record({ params, query: queryArb(o.op, sorts), token, idem, b: bodyArb })
    .map(({ params: p, query, token: auth, idem: key, b }) => {
      const headers: Record<string, string> = {};
      if (auth !== undefined) headers.authorization = auth;
      if (key !== undefined) headers["idempotency-key"] = key;
      if (b.contentType !== undefined) headers["content-type"] = b.contentType;
      return { params: p, query, headers, body: b.body };
    });
}

function toRequest(o: Op, spec: Spec): Request | null {
  try {
    let p = o.path;
    for (const [k, v] of Object.entries(spec.params)) p = p.replace(`{${k}}`, encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, "_")));
    const qs = new URLSearchParams();
    for (const [k, v] of spec.query) qs.append(k, v);
    const url = `${BASE}${p}${spec.query.length ? `?${qs.toString()}` : ""}`;
    return new Request(url, {
      method: o.method,
      headers: spec.headers,
      body: o.method === "GET" ? undefined : (spec.body as BodyInit | undefined),
    });
  } catch {
    return null; // not representable as HTTP (e.g. a header with a newline): nothing to send
  }
}

// ---- The run ----------------------------------------------------------------------------------

async function tableCounts(): Promise<Record<string, number>> {
  const tables = await db().$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_app_migrations', 'rate_limits')`;
  const sql = tables.map((t) => `SELECT '${t.tablename}' AS t, count(*)::int AS n FROM "${t.tablename}"`).join(" UNION ALL ");
  const rows = await db().$queryRawUnsafe<{ t: string; n: number }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

async function operations(): Promise<Op[]> {
  const out: Op[] = [];
  for (const [p, methods] of Object.entries(doc.paths)) {
    const file = path.resolve("app/api/v1", routeFolderOf(p), "route.ts");
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, RouteHandler>;
    for (const [method, op] of Object.entries(methods))
      out.push({ method: method.toUpperCase(), path: p, op, handler: mod[method.toUpperCase()] });
  }
  return out;
}

let ctx: Ctx;
let ops: Op[];

/** The world the requests run against (the integration setup empties every table before each test). */
async function prepare() {
  setEnv("API_RATE_LIMIT_PER_MINUTE", "100000000");
  setEnv("LOG_LEVEL", "error");
  ops = await operations();
  const t = await setupReferrals();
  // Real objects, so that some requests reach the services' rules behind the ids.
  const opportunity = await createOpportunity(t.actors.lead, opportunityBody({ submit: false }), { submit: false });
  const submitted = await createOpportunity(t.actors.lead, opportunityBody({ submit: true }), { submit: true });
  const deal = await createReferral(t.actors.lead, dealBody(t));
  const inbound = await createReferral(
    t.actors.seller,
    dealBody(t, { recipientOrganizationId: t.acme.id, team: [{ name: "Sam Seller", phone: "+1 555 0101", email: t.users.seller.email }] }),
  );
  const invitation = await sendProviderReferral(t.actors.seller, referralBody(t.acme.id));
  const imported = await startOpportunityImport(t.actors.lead, {
    fileName: "x.csv",
    content: "customer.companyName\r\nAlpha",
    mode: "VALID_ROWS",
  }).catch(() => null);
  if (imported) await whenImportSettled(imported.id);
  ctx = {
    tokens: [
      await tokenFor(t.users.lead),
      await tokenFor(t.users.user),
      await tokenFor(t.users.boltLead),
      await tokenFor(t.users.seller),
      await tokenFor(t.users.validator),
      await tokenFor(t.users.admin),
    ],
    ids: [
      opportunity.id,
      submitted.id,
      deal.id,
      inbound.id,
      invitation.id,
      t.customers.managedUs.id,
      t.solutions.own.id,
      t.acme.id,
      t.users.lead.id,
      ...(imported ? [imported.id] : []),
    ],
  };
}

describe("generated bad input against every operation of the OpenAPI document", () => {
  it(`never answers 5xx and changes no row with a refused request (${REQUESTS_PER_RUN}+ requests, seed ${SEED})`, async () => {
    await prepare();
    expect(ops.length).toBeGreaterThan(40);
    for (const o of ops) expect(o.handler, `${o.method} ${o.path} has a route handler`).toBeTypeOf("function");
    const perOp = Math.ceil((REQUESTS_PER_RUN * 1.05) / ops.length);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;
    let baseline = await tableCounts();
    let compared = 0;
    /** Operations that never answered anything but 401: their generated requests never got past the token. */
    const shallow: string[] = [];

    for (const [index, o] of ops.entries()) {
      const specs = fc.sample(requestArb(o, ctx), { numRuns: perOp, seed: SEED + index });
      const opStatuses = new Set<number>();
      for (let start = 0; start < specs.length; start += CHUNK) {
        const chunk = specs.slice(start, start + CHUNK);
        let wrote = false;
        let chunkSent = 0;
        const importIds: string[] = [];
        for (let i = 0; i < chunk.length; i += CONCURRENCY) {
          await Promise.all(
            chunk.slice(i, i + CONCURRENCY).map(async (spec) => {
              const request = toRequest(o, spec);
              if (!request) return;
              sent += 1;
              chunkSent += 1;
              let res: Response;
              try {
                res = await o.handler(request, { params: Promise.resolve(spec.params) });
              } catch (e) {
                failures.push(`${o.method} ${o.path} threw ${String(e)} for ${JSON.stringify(spec).slice(0, 400)}`);
                return;
              }
              const text = await res.text();
              statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
              opStatuses.add(res.status);
              if (res.status >= 500)
                failures.push(`${o.method} ${o.path} → ${res.status} ${text.slice(0, 200)} for ${JSON.stringify(spec).slice(0, 400)}`);
              else if (res.status >= 400 && res.headers.get("content-type") !== "application/problem+json")
                failures.push(`${o.method} ${o.path} → ${res.status} without problem+json`);
              if (res.status < 300 && o.method !== "GET") {
                wrote = true;
                if (o.path === "/imports/opportunities") importIds.push((JSON.parse(text) as { id: string }).id);
              }
            }),
          );
        }
        for (const id of importIds) await whenImportSettled(id);
        const now = await tableCounts();
        if (!wrote) {
          compared += chunkSent;
          const changed = Object.keys({ ...baseline, ...now }).filter((t) => baseline[t] !== now[t]);
          if (changed.length)
            failures.push(
              `${o.method} ${o.path}: refused requests changed row counts of ${changed.map((t) => `${t} ${baseline[t]}→${now[t]}`).join(", ")}`,
            );
        }
        baseline = now;
      }
      if ([...opStatuses].every((st) => st === 401)) shallow.push(`${o.method} ${o.path}`);
      if (failures.length > 20) break;
    }
    console.info(
      `api fuzz: seed ${SEED}, ${sent} requests, counts compared after ${compared}; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect(shallow).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(REQUESTS_PER_RUN);
  }, 600_000);
});
