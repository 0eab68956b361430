/**
 * Storage of `Idempotency-Key` requests (api.md Conventions): per user and key, the hash of
 * the first request and, once it succeeded, its response. lib/api/idempotency.ts decides;
 * this file only reads and writes the rows.
 */
import { db, Prisma } from "@/lib/db";

/** How long a key is remembered. A key older than this may be used again for a new request. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** A first request still "running" after this long is taken to have died; its key is free again. */
const ABANDONED_AFTER_MS = 5 * 60 * 1000;

export type IdempotencyBegin =
  | { kind: "new" }
  | { kind: "replay"; status: number; body: unknown }
  | { kind: "mismatch" }
  | { kind: "in-progress" };

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/**
 * Reserves the key for this request, or tells what happened to the earlier request with the
 * same key: its stored response (same request hash), a mismatch, or still running.
 */
export async function beginIdempotent(userId: string, key: string, requestHash: string, now = new Date()): Promise<IdempotencyBegin> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await db().idempotencyKey.create({ data: { userId, key, requestHash, createdAt: now } });
      // Forget this user's expired keys while we are here (cheap: the unique index leads with userId).
      await db().idempotencyKey.deleteMany({ where: { userId, createdAt: { lt: new Date(now.getTime() - IDEMPOTENCY_TTL_MS) } } });
      return { kind: "new" };
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
    const existing = await db().idempotencyKey.findUnique({ where: { userId_key: { userId, key } } });
    if (!existing) continue; // released meanwhile: try again
    const age = now.getTime() - existing.createdAt.getTime();
    const expired = age > IDEMPOTENCY_TTL_MS || (existing.status === null && age > ABANDONED_AFTER_MS);
    if (expired) {
      await db().idempotencyKey.deleteMany({ where: { id: existing.id } });
      continue;
    }
    if (existing.requestHash !== requestHash) return { kind: "mismatch" };
    if (existing.status === null) return { kind: "in-progress" };
    return { kind: "replay", status: existing.status, body: existing.body };
  }
  return { kind: "in-progress" };
}

/** Stores the response of the first request with this key. */
export async function completeIdempotent(userId: string, key: string, status: number, body: unknown): Promise<void> {
  await db().idempotencyKey.updateMany({
    where: { userId, key, status: null },
    data: { status, body: body === undefined ? Prisma.JsonNull : (body as Prisma.InputJsonValue) },
  });
}

/** Frees the key (the request failed and created nothing): a retry with it runs again. */
export async function releaseIdempotent(userId: string, key: string): Promise<void> {
  await db().idempotencyKey.deleteMany({ where: { userId, key, status: null } });
}

/** Deletes keys older than the TTL (for a periodic sweep). Returns how many. */
export async function purgeIdempotencyKeys(now = new Date()): Promise<number> {
  const res = await db().idempotencyKey.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - IDEMPOTENCY_TTL_MS) } } });
  return res.count;
}
