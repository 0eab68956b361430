/**
 * Settings → API tokens (api.md Auth): the services behind the page's server actions —
 * create (the secret is returned once, only its hash is stored), list (newest first, with
 * the last use), the per-user cap, revoke (own tokens only; someone else's is not found).
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as me } from "@/app/api/v1/me/route";
import { MAX_ACTIVE_TOKENS, createApiToken, listApiTokens, resolveToken, revokeApiToken } from "@/lib/data/tokens";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { createWorld } from "../factories";
import { call, expectProblem } from "../api/client";

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

describe("API tokens (Settings → API tokens)", () => {
  it("creates a token whose secret is shown once and stored only as a hash; it works at once", async () => {
    const { actors, users } = await createWorld();
    const created = await createApiToken(actors.user, { name: "  Salesforce sync " });
    expect(created).toMatchObject({ name: "Salesforce sync", lastUsedAt: null, token: expect.stringMatching(/^cs_[A-Za-z0-9_-]{43}$/) });
    expect(created.token.startsWith(created.prefix)).toBe(true);

    const row = await db().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ userId: users.user.id, name: "Salesforce sync", tokenHash: sha256(created.token), revokedAt: null });
    // The secret is nowhere in the database: not in the token row, not in the history.
    expect(JSON.stringify(row)).not.toContain(created.token.slice(10));
    const history = await db().historyEntry.findMany({ where: { entityType: "API_TOKEN", entityId: created.id } });
    expect(history.map((h) => h.action)).toEqual(["created"]);
    expect(JSON.stringify(history)).not.toContain(created.token.slice(10));

    // Listed without the secret.
    const listed = await listApiTokens(actors.user);
    expect(listed).toEqual([{ id: created.id, name: "Salesforce sync", prefix: created.prefix, createdAt: row.createdAt, lastUsedAt: null }]);
    expect(JSON.stringify(listed)).not.toContain(created.token);

    const res = await call(me, "/me", { token: created.token });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: users.user.id, email: users.user.email });

    for (const input of [{ name: "" }, { name: "   " }, { name: "x".repeat(81) }, {}, { name: "ok", scope: "all" }]) {
      const error = await createApiToken(actors.user, input).catch((e: unknown) => e);
      expect(error, JSON.stringify(input)).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).errors.map((e) => e.path), JSON.stringify(input)).toEqual([Object.keys(input).includes("scope") ? "scope" : "name"]);
    }
    expect(await db().apiToken.count()).toBe(1);
  });

  it("lists the actor's own active tokens newest first, with when each was last used", async () => {
    const { actors } = await createWorld();
    const first = await createApiToken(actors.user, { name: "First" });
    const second = await createApiToken(actors.user, { name: "Second" });
    await createApiToken(actors.lead, { name: "Someone else's" });
    const used = new Date("2026-11-24T10:00:00.000Z");
    expect(await resolveToken(first.token, used)).toMatchObject({ tokenId: first.id });

    const list = await listApiTokens(actors.user);
    expect(list.map((t) => [t.name, t.lastUsedAt])).toEqual([
      ["Second", null],
      ["First", used],
    ]);
    await revokeApiToken(actors.user, second.id);
    expect((await listApiTokens(actors.user)).map((t) => t.id)).toEqual([first.id]);
  });

  it(`allows ${MAX_ACTIVE_TOKENS} active tokens per user; a revoked one frees a place`, async () => {
    const { actors } = await createWorld();
    const tokens = [];
    for (let i = 0; i < MAX_ACTIVE_TOKENS; i++) tokens.push(await createApiToken(actors.user, { name: `Token ${i + 1}` }));
    const refused = await createApiToken(actors.user, { name: "One too many" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).errors).toEqual([{ path: "name", message: expect.stringContaining(`${MAX_ACTIVE_TOKENS} tokens`) }]);
    expect(await db().apiToken.count({ where: { userId: actors.user.userId } })).toBe(MAX_ACTIVE_TOKENS);
    // The cap is per user.
    await expect(createApiToken(actors.lead, { name: "Lead's" })).resolves.toMatchObject({ name: "Lead's" });

    await revokeApiToken(actors.user, tokens[0]!.id);
    await expect(createApiToken(actors.user, { name: "Replacement" })).resolves.toMatchObject({ name: "Replacement" });
  });

  it("revokes the actor's own token at once; someone else's token, a revoked one or an unknown id is not found", async () => {
    const { actors } = await createWorld();
    const mine = await createApiToken(actors.user, { name: "Mine" });
    const theirs = await createApiToken(actors.user2, { name: "Theirs" });
    expect((await call(me, "/me", { token: mine.token })).status).toBe(200);

    await expect(revokeApiToken(actors.user, theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeApiToken(actors.lead, theirs.id)).rejects.toBeInstanceOf(NotFoundError); // not even an alliance lead
    await expect(revokeApiToken(actors.admin, theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: theirs.id } })).revokedAt).toBeNull();
    expect((await call(me, "/me", { token: theirs.token })).status).toBe(200);

    const revoked = await revokeApiToken(actors.user, mine.id);
    expect(revoked).toMatchObject({ id: mine.id, name: "Mine" });
    expect(revoked).not.toHaveProperty("token");
    expectProblem(await call(me, "/me", { token: mine.token }), 401, "unauthorized");
    await expect(revokeApiToken(actors.user, mine.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeApiToken(actors.user, "no-such-token")).rejects.toBeInstanceOf(NotFoundError);
    const history = await db().historyEntry.findMany({ where: { entityType: "API_TOKEN", entityId: mine.id }, orderBy: { at: "asc" } });
    expect(history.map((h) => [h.action, h.actorId])).toEqual([
      ["created", actors.user.userId],
      ["revoked", actors.user.userId],
    ]);
  });
});
