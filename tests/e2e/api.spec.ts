/**
 * The REST API against the running app (the production build the e2e server starts), over
 * real HTTP with Playwright's `request` fixture: a token made through the service on the
 * app's database (as `npm run -s token -- create <email>` does), `GET /api/v1/me`, 401
 * without a token, the OpenAPI document and the docs page, the CSV export, 413 for a JSON
 * body over 1 MB, and problem+json 404 for paths no operation serves.
 */
import { expect, test } from "./fixtures";
import { useAppDatabase } from "./journey";
import { db } from "@/lib/db";
import { createApiTokenForEmail } from "@/lib/data/tokens";

useAppDatabase();

const EMAIL = "lead@acme.example";
let token = "";
const auth = () => ({ authorization: `Bearer ${token}` });

test.beforeAll(async () => {
  token = (await createApiTokenForEmail(EMAIL, "E2E API spec")).token;
});

test("GET /api/v1/me answers the token's user with rate-limit headers; no or a bad token is 401 problem+json", async ({ request }) => {
  const res = await request.get("/api/v1/me", { headers: auth() });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^application\/json/);
  expect(Number(res.headers()["ratelimit-limit"])).toBeGreaterThan(0);
  expect(await res.json()).toMatchObject({ email: EMAIL, aceRole: "ALLIANCE_LEAD", organization: { name: "Acme Consulting", kind: "PARTNER" } });

  const wrong: Record<string, string>[] = [{}, { authorization: "Bearer cs_not-a-token" }, { authorization: `Basic ${Buffer.from("a:b").toString("base64")}` }];
  for (const headers of wrong) {
    const refused = await request.get("/api/v1/me", { headers });
    expect(refused.status()).toBe(401);
    expect(refused.headers()["content-type"]).toBe("application/problem+json");
    expect(refused.headers()["www-authenticate"]).toMatch(/^Bearer /);
    expect(await refused.json()).toMatchObject({ type: "https://cosell.dev/problems/unauthorized", status: 401, title: "Unauthorized" });
  }
});

test("the OpenAPI document is public JSON; /api/docs is self-contained HTML", async ({ request }) => {
  const doc = await request.get("/api/v1/openapi.json");
  expect(doc.status()).toBe(200);
  const json = (await doc.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(json.openapi).toBe("3.1.0");
  expect(Object.keys(json.paths)).toEqual(expect.arrayContaining(["/me", "/opportunities", "/opportunities/{id}", "/referrals/{id}/registration"]));

  const docs = await request.get("/api/docs");
  expect(docs.status()).toBe(200);
  expect(docs.headers()["content-type"]).toMatch(/^text\/html/);
  const html = await docs.text();
  expect(html).toContain("/opportunities/{id}");
  expect(html).toContain("/api/v1/openapi.json");
  // Nothing loaded from elsewhere: no scripts, no external URLs (only the problem type URIs).
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/https?:\/\/(?!cosell\.dev)[a-z0-9]/i);
  expect(html).not.toMatch(/\s(?:src|href)="\/\//i);
});

test("GET /api/v1/opportunities/export.csv downloads the actor's opportunities as CSV", async ({ request }) => {
  const res = await request.get("/api/v1/opportunities/export.csv?sort=number", { headers: auth() });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="opportunities\.csv"/);
  const lines = (await res.text()).split("\r\n").filter(Boolean);
  expect(lines[0]).toMatch(/^reference,status,owner,ownerEmail,/);
  expect(lines[0]).toContain("customer.companyName");
  expect(lines.length).toBeGreaterThan(1); // the demo data gives Acme opportunities
  expect(lines[1]).toMatch(/^O-\d+,/);
  expect((await request.get("/api/v1/opportunities/export.csv")).status()).toBe(401);
  const bad = await request.get("/api/v1/opportunities/export.csv?status=NOPE", { headers: auth() });
  expect(bad.status()).toBe(400);
  expect(bad.headers()["content-type"]).toBe("application/problem+json");
});

test("a JSON body over 1 MB is refused with 413 problem+json and creates nothing", async ({ request }) => {
  const before = await db().opportunity.count();
  const body = JSON.stringify({ submit: false, customer: { companyName: "Huge AG" }, project: { customerBusinessProblem: "x".repeat(1_100_000) } });
  const res = await request.post("/api/v1/opportunities", { headers: { ...auth(), "content-type": "application/json" }, data: body });
  expect(res.status()).toBe(413);
  expect(res.headers()["content-type"]).toBe("application/problem+json");
  expect(await res.json()).toMatchObject({ type: "https://cosell.dev/problems/payload-too-large", status: 413 });
  expect(await db().opportunity.count()).toBe(before);
});

test("paths no operation serves answer problem+json 404, not an HTML page", async ({ request }) => {
  for (const [method, path] of [
    ["GET", "/api/v1/no-such-thing"],
    ["GET", "/api/v1/opportunities/abc/unknown"],
    ["POST", "/api/v1/nothing/here"],
    ["DELETE", "/api/v1/v2"],
  ] as const) {
    const res = await request.fetch(path, { method, headers: auth() });
    expect(res.status(), `${method} ${path}`).toBe(404);
    expect(res.headers()["content-type"], `${method} ${path}`).toBe("application/problem+json");
    expect(await res.json()).toMatchObject({ type: "https://cosell.dev/problems/not-found", status: 404 });
  }
  // An unknown id on a real operation is the operation's own 404.
  const missing = await request.get("/api/v1/opportunities/00000000-0000-4000-8000-000000000000", { headers: auth() });
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toBe("application/problem+json");
});
