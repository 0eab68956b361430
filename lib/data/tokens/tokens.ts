import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { EmailSchema } from "@/lib/domain/people";
import { hasPermission } from "@/lib/authz/policy";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { loadActor } from "../actors";
import { recordHistory } from "../history";
import { parseInput } from "../validate";

/** `cs_` + 32 random bytes in base64url (43 characters). */
export const API_TOKEN_PATTERN = /^cs_[A-Za-z0-9_-]{43}$/;
/** Characters of the token kept in clear to recognise it in the list ("cs_AbCdEfG…"). */
const PREFIX_LENGTH = 10;
/** A user's tokens that are not revoked, at most. */
export const MAX_ACTIVE_TOKENS = 25;
/** lastUsedAt is written at most this often per token (no write per request). */
const LAST_USED_RESOLUTION_MS = 60_000;

export const ApiTokenNameSchema = z.strictObject({
  name: z.string().trim().min(1, "Enter a name").max(80, "At most 80 characters"),
});

export type ApiTokenView = { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null };
export type CreatedApiToken = ApiTokenView & { token: string };
export type TokenAuth = { actor: Actor; tokenId: string };

const viewSelect = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true } as const;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

function newToken(): string {
  return `cs_${randomBytes(32).toString("base64url")}`;
}

async function insertToken(userId: string, organizationId: string, actorId: string, name: string): Promise<CreatedApiToken> {
  const active = await db().apiToken.count({ where: { userId, revokedAt: null } });
  if (active >= MAX_ACTIVE_TOKENS)
    throw new ValidationError([{ path: "name", message: `You have ${MAX_ACTIVE_TOKENS} tokens: revoke one you no longer use first` }]);
  const token = newToken();
  const row = await db().$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId, name, tokenHash: hashToken(token), prefix: token.slice(0, PREFIX_LENGTH) },
      select: viewSelect,
    });
    await recordHistory(tx, {
      entityType: "API_TOKEN",
      entityId: created.id,
      organizationId,
      actorId,
      action: "created",
      changes: [{ field: "name", from: null, to: name }],
    });
    return created;
  });
  return { ...row, token };
}

/** A new token for the actor; the plaintext is in the result and never again. */
export async function createApiToken(actor: Actor, input: unknown): Promise<CreatedApiToken> {
  if (!hasPermission(actor, "settings.apiTokens")) throw new ForbiddenError();
  const { name } = parseInput(ApiTokenNameSchema, input);
  return insertToken(actor.userId, actor.organizationId, actor.userId, name);
}

/** The command line's `token create <email>`: a token for an active user (NotFoundError otherwise). */
export async function createApiTokenForEmail(email: string, name = "Command line"): Promise<CreatedApiToken> {
  const parsedEmail = EmailSchema.safeParse(email);
  if (!parsedEmail.success) throw new NotFoundError("No active user with this email");
  const user = await db().user.findUnique({ where: { email: parsedEmail.data }, select: { id: true, status: true, organizationId: true } });
  if (!user || user.status !== "ACTIVE") throw new NotFoundError("No active user with this email");
  const { name: cleanName } = parseInput(ApiTokenNameSchema, { name });
  return insertToken(user.id, user.organizationId, user.id, cleanName);
}

/** The actor's own tokens that are not revoked, newest first. */
export function listApiTokens(actor: Actor): Promise<ApiTokenView[]> {
  return db().apiToken.findMany({
    where: { userId: actor.userId, revokedAt: null },
    select: viewSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

/** Revokes one of the actor's own tokens at once. Someone else's (or an already revoked) token is not found. */
export async function revokeApiToken(actor: Actor, id: string): Promise<ApiTokenView> {
  return db().$transaction(async (tx) => {
    const res = await tx.apiToken.updateMany({ where: { id: String(id), userId: actor.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (res.count === 0) throw new NotFoundError("Token not found");
    const row = await tx.apiToken.findUniqueOrThrow({ where: { id: String(id) }, select: viewSelect });
    await recordHistory(tx, {
      entityType: "API_TOKEN",
      entityId: row.id,
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: "revoked",
      changes: [{ field: "revokedAt", from: null, to: new Date().toISOString() }],
    });
    return row;
  });
}

/**
 * The token's actor and id, or null for a missing, malformed, unknown or revoked token or an
 * inactive user (their tokens stop working at once: the actor is read fresh on each request).
 * Records the use at most once a minute per token.
 */
export async function resolveToken(token: string | null | undefined, now = new Date()): Promise<TokenAuth | null> {
  if (!token || !API_TOKEN_PATTERN.test(token)) return null;
  const row = await db().apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, revokedAt: true, lastUsedAt: true },
  });
  if (!row || row.revokedAt) return null;
  const actor = await loadActor(row.userId);
  if (!actor) return null;
  const threshold = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!row.lastUsedAt || row.lastUsedAt < threshold) {
    // Conditional, so concurrent requests write once; a failure here must not fail the request.
    await db()
      .apiToken.updateMany({ where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: threshold } }] }, data: { lastUsedAt: now } })
      .catch(() => {});
  }
  return { actor, tokenId: row.id };
}

/** The actor a bearer token acts as, or null. */
export async function authenticateToken(token: string | null | undefined): Promise<Actor | null> {
  return (await resolveToken(token))?.actor ?? null;
}
