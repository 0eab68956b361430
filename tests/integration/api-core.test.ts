/**
 * The /api/v1 wrapper (lib/api/handler.ts) against PostgreSQL: authentication, rate limit,
 * body limits and media types, problem+json, idempotency, unexpected errors.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { apiHandler, created } from "@/lib/api/handler";
import { defineOperation } from "@/lib/api/operation";
import { GET as me } from "@/app/api/v1/me/route";
import { resolveToken, revokeApiToken } from "@/lib/data/tokens";
import { setUserStatus } from "@/lib/data/people/users";
import { ForbiddenError, InvalidTransitionError, NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import { createWorld } from "../factories";
import { BASE, call, expectContract, expectProblem, responseSchema, tokenFor } from "../api/client";

/** A creating POST used to exercise the wrapper (the real ones call a service instead). */
const NoteBody = z.strictObject({ text: z.string().min(1, "Enter a text").max(2000), fail: z.enum(["validation", "boom", "unique", "forbidden", "notfound", "transition", "stale"]).optional() });
const createNoteOp = defineOperation({
  operationId: "testCreateNote",
  method: "POST",
  path: "/test-notes",
  summary: "test",
  tags: ["Test"],
  body: NoteBody,
  idempotent: true,
  responses: { 201: { description: "created", schema: z.object({ id: z.string(), text: z.string() }) } },
});

let gate: Promise<void> | null = null;
const createNote = apiHandler(
  createNoteOp,
  async ({ actor, body }) => {
    if (gate) await gate;
    switch (body.fail) {
      case "validation":
        throw new ValidationError([{ path: "text", message: "Too dull" }, { path: "fail", message: "Nope" }]);
      case "boom":
        throw new Error("database exploded with secret details");
      case "unique":
        throw Object.assign(new Error("Unique constraint failed"), { name: "PrismaClientKnownRequestError", code: "P2002" });
      case "forbidden":
        throw new ForbiddenError("Your role may not do this.");
      case "notfound":
        throw new NotFoundError("Opportunity not found");
      case "transition":
        throw new InvalidTransitionError("Only drafts can be deleted.");
      case "stale":
        throw new StaleVersionError({ id: "x", version: 3n, at: new Date("2026-01-02T03:04:05.000Z") });
    }
    const row = await db().historyEntry.create({ data: { entityType: "TEST_NOTE", entityId: "n", actorId: actor.userId, action: body.text } });
    return created({ id: row.id, text: body.text });
  },
  { current: (c) => ({ ...(c as object), mapped: true }) },
);
const notes = () => db().historyEntry.count({ where: { entityType: "TEST_NOTE" } });

afterEach(() => {
  setEnv("API_RATE_LIMIT_PER_MINUTE", "600");
  gate = null;
  vi.restoreAllMocks();
});

describe("authentication (401)", () => {
  it("answers 200 with the token's user and rate-limit headers", async () => {
    const { users, acme } = await createWorld();
    const token = await tokenFor(users.lead);
    const res = await call(me, "/me", { token });
    const body = expectContract(res, 200, responseSchema(me, 200));
    expect(body).toEqual({
      id: users.lead.id,
      email: users.lead.email,
      name: users.lead.name,
      organization: { id: acme.id, name: "Acme", kind: "PARTNER" },
      aceRole: "ALLIANCE_LEAD",
      referralRole: "REFERRAL_ADMIN",
      locationScope: null,
    });
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("ratelimit-limit")).toBe("600");
    expect(res.headers.get("ratelimit-remaining")).toBe("599");
  });

  it("refuses a missing, malformed, unknown or revoked token and an inactive user's token", async () => {
    const { users, actors } = await createWorld();
    const missing = await call(me, "/me");
    expectProblem(missing, 401, "unauthorized");
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer/);

    expectProblem(await call(me, "/me", { token: "not-a-token" }), 401, "unauthorized");
    expectProblem(await call(me, "/me", { headers: { authorization: "Basic dXNlcjpwYXNz" } }), 401, "unauthorized");
    expectProblem(await call(me, "/me", { token: `cs_${"A".repeat(43)}` }), 401, "unauthorized");

    const token = await tokenFor(users.lead);
    expect((await call(me, "/me", { headers: { authorization: `bearer   ${token}` } })).status).toBe(200);
    const [row] = await db().apiToken.findMany({ where: { userId: users.lead.id } });
    await revokeApiToken(actors.lead, row.id);
    expectProblem(await call(me, "/me", { token }), 401, "unauthorized");

    const userToken = await tokenFor(users.user2);
    expect((await call(me, "/me", { token: userToken })).status).toBe(200);
    await setUserStatus(actors.lead, users.user2.id, { status: "INACTIVE", version: 1 });
    expectProblem(await call(me, "/me", { token: userToken }), 401, "unauthorized");
    // Reactivated: the same token works again (it was never revoked).
    await setUserStatus(actors.lead, users.user2.id, { status: "ACTIVE", version: 2 });
    expect((await call(me, "/me", { token: userToken })).status).toBe(200);
  });

  it("stores only a hash and records the last use at most once a minute", async () => {
    const { users } = await createWorld();
    const token = await tokenFor(users.lead);
    const row = await db().apiToken.findFirstOrThrow({ where: { userId: users.lead.id } });
    expect(row.tokenHash).not.toContain(token.slice(3));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(token.startsWith(row.prefix)).toBe(true);
    expect(row.lastUsedAt).toBeNull();

    const t0 = new Date("2026-11-24T10:00:00.000Z");
    await resolveToken(token, t0);
    await resolveToken(token, new Date(t0.getTime() + 30_000));
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: row.id } })).lastUsedAt).toEqual(t0);
    const later = new Date(t0.getTime() + 61_000);
    await resolveToken(token, later);
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: row.id } })).lastUsedAt).toEqual(later);
  });
});

describe("rate limit (429)", () => {
  it("answers 429 with Retry-After once the token's budget for the minute is spent, per token", async () => {
    setEnv("API_RATE_LIMIT_PER_MINUTE", "3");
    const { users } = await createWorld();
    const token = await tokenFor(users.lead);
    for (let i = 0; i < 3; i++) expect((await call(me, "/me", { token })).status).toBe(200);
    const limited = await call(me, "/me", { token });
    expectProblem(limited, 429, "rate-limited");
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers.get("ratelimit-remaining")).toBe("0");
    // Another token has its own budget.
    const other = await tokenFor(users.team);
    expect((await call(me, "/me", { token: other })).status).toBe(200);
  });
});

describe("request bodies", () => {
  it("refuses bodies over 1 MB with 413, by Content-Length or while reading", async () => {
    const { users } = await createWorld();
    const token = await tokenFor(users.lead);
    const big = JSON.stringify({ text: "x".repeat(1024 * 1024 + 10) });
    expectProblem(await call(createNote, "/test-notes", { token, body: big }), 413, "payload-too-large");
    // Streamed without Content-Length.
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ > 20) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const request = new Request(`${BASE}/test-notes`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    const res = await createNote(request, { params: Promise.resolve({}) });
    expect(res.status).toBe(413);
    expect(await notes()).toBe(0);
  });

  it("answers malformed JSON with 400 /malformed-json, and a wrong media type with 415", async () => {
    const { users } = await createWorld();
    const token = await tokenFor(users.lead);
    const bad = await call(createNote, "/test-notes", { token, body: '{"text": "hi",' });
    expectProblem(bad, 400, "malformed-json");
    expect(bad.json.detail).toMatch(/not valid JSON/);
    expectProblem(await call(createNote, "/test-notes", { token, body: "text=hi", headers: { "content-type": "application/x-www-form-urlencoded" } }), 415, "unsupported-media-type");
    expectProblem(await call(createNote, "/test-notes", { token, body: '{"text":"hi"}', headers: { "content-type": "text/plain" } }), 415, "unsupported-media-type");
    expectProblem(await call(createNote, "/test-notes", { token, body: '{"text":"hi"}', headers: { "content-type": "application/json; charset=iso-8859-1" } }), 415, "unsupported-media-type");
    // A charset of utf-8 and a BOM are fine.
    expect((await call(createNote, "/test-notes", { token, body: '\ufeff{"text":"hi"}', headers: { "content-type": "application/json; charset=UTF-8" } })).status).toBe(201);
    expect(await notes()).toBe(1);
  });

  it("lists every broken field (missing, unknown, wrong type) in a 400 /validation problem", async () => {
    const { users } = await createWorld();
    const token = await tokenFor(users.lead);
    const res = await call(createNote, "/test-notes", { token, body: { colour: "red", fail: 7 } });
    expectProblem(res, 400, "validation");
    expect(res.json).toMatchObject({ title: "Invalid input", detail: "3 fields are invalid" });
    expect(res.json.errors).toEqual(
      expect.arrayContaining([
        { path: "text", message: "Required" },
        { path: "colour", message: "Unknown field" },
        { path: "fail", message: expect.any(String) },
      ]),
    );
    const missing = await call(createNote, "/test-notes", { token });
    expectProblem(missing, 400, "validation");
    expect(missing.json.errors).toEqual([{ path: "(body)", message: "Send a JSON body" }]);
    const notObject = await call(createNote, "/test-notes", { token, body: "[1,2]" });
    expectProblem(notObject, 400, "validation");
    expect(await notes()).toBe(0);
  });

  it("never answers 500 for hostile input: NUL characters, deep nesting, odd values", async () => {
    const { users } = await createWorld();
    const token = await tokenFor(users.lead);
    const nul = await call(createNote, "/test-notes", { token, body: { text: "a\u0000b" } });
    expectProblem(nul, 400, "validation");
    expect(nul.json.errors).toEqual([{ path: "text", message: "Must not contain NUL characters" }]);
    const deep = "[".repeat(5000) + "]".repeat(5000);
    expectProblem(await call(createNote, "/test-notes", { token, body: deep }), 400, "validation");
    const invalidUtf8 = new Request(`${BASE}/test-notes`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    });
    expect((await createNote(invalidUtf8, { params: Promise.resolve({}) })).status).toBe(400);
    for (const body of ["null", "true", '"text"', "1e999", '{"text": {"$gt": ""}}', '{"__proto__": {"x": 1}, "text": "ok"}'])
      expect((await call(createNote, "/test-notes", { token, body })).status, body).toBeLessThan(500);
  });
});

describe("problem+json mapping of lib/errors", () => {
  it("maps each expected error to its status and type", async () => {
    const { users } = await createWorld();
    const token = await tokenFor(users.lead);
    const post = (fail: string) => call(createNote, "/test-notes", { token, body: { text: "x", fail } });
    const v = await post("validation");
    expectProblem(v, 400, "validation");
    expect(v.json).toMatchObject({ detail: "2 fields are invalid", errors: [{ path: "text", message: "Too dull" }, { path: "fail", message: "Nope" }] });
    expectProblem(await post("forbidden"), 403, "forbidden");
    expectProblem(await post("notfound"), 404, "not-found");
    const t = await post("transition");
    expectProblem(t, 409, "invalid-transition");
    expect(t.json.detail).toBe("Only drafts can be deleted.");
    const s = await post("stale");
    expectProblem(s, 409, "stale-version");
    expect(s.json.current).toEqual({ id: "x", version: "3", at: "2026-01-02T03:04:05.000Z", mapped: true });
    expectProblem(await post("unique"), 409, "conflict");
  });

  it("answers an unexpected error with a logged 500 that reveals nothing", async () => {
    const { users } = await createWorld();
    const token = await tokenFor(users.lead);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await call(createNote, "/test-notes", { token, body: { text: "x", fail: "boom" } });
    expectProblem(res, 500, "internal");
    expect(res.text).not.toContain("exploded");
    expect(res.json.errorId).toEqual(expect.any(String));
    expect(logged).toHaveBeenCalledWith(expect.stringContaining(res.json.errorId));
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("exploded"));
  });
});

describe("Idempotency-Key", () => {
  it("replays the first result for the same key and body and creates nothing more", async () => {
    const { users } = await createWorld();
    const token = await tokenFor(users.lead);
    const headers = { "idempotency-key": "8c1f0a52-create-1" };
    const first = await call(createNote, "/test-notes", { token, body: { text: "hello" }, headers });
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    // Same JSON, other key order and spacing: the same request.
    const again = await call(createNote, "/test-notes", { token, body: '{ "text" : "hello" }', headers });
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await notes()).toBe(1);

    // Same key, different body: 422, nothing created.
    expectProblem(await call(createNote, "/test-notes", { token, body: { text: "other" }, headers }), 422, "idempotency-key-reuse");
    // The key belongs to its user: another user's request with it runs.
    const other = await call(createNote, "/test-notes", { token: await tokenFor(users.team), body: { text: "hello" }, headers });
    expect(other.status).toBe(201);
    expect(other.json.id).not.toBe(first.json.id);
    // No key: every request creates.
    await call(createNote, "/test-notes", { token, body: { text: "hello" } });
    expect(await notes()).toBe(3);
  });

  it("does not keep the key of a failed request, refuses a key in use and a malformed key", async () => {
    const { users } = await createWorld();
    const token = await tokenFor(users.lead);
    const headers = { "idempotency-key": "retry-me" };
    expect((await call(createNote, "/test-notes", { token, body: { text: "x", fail: "validation" }, headers })).status).toBe(400);
    expect((await call(createNote, "/test-notes", { token, body: { text: "x" }, headers })).status).toBe(201);

    let open!: () => void;
    gate = new Promise<void>((resolve) => (open = resolve));
    const slow = call(createNote, "/test-notes", { token, body: { text: "slow" }, headers: { "idempotency-key": "busy" } });
    await vi.waitFor(async () => expect(await db().idempotencyKey.count({ where: { key: "busy" } })).toBe(1));
    const busy = await call(createNote, "/test-notes", { token, body: { text: "slow" }, headers: { "idempotency-key": "busy" } });
    expectProblem(busy, 409, "idempotency-key-in-use");
    open();
    expect((await slow).status).toBe(201);
    gate = null;
    expect((await call(createNote, "/test-notes", { token, body: { text: "slow" }, headers: { "idempotency-key": "busy" } })).headers.get("idempotent-replayed")).toBe("true");

    const badKey = await call(createNote, "/test-notes", { token, body: { text: "x" }, headers: { "idempotency-key": "x".repeat(300) } });
    expectProblem(badKey, 400, "validation");
    expect(badKey.json.errors[0].path).toBe("Idempotency-Key");
  });
});
