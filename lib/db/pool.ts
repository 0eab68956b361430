import pg from "pg";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";

const globalForPool = globalThis as unknown as { __cosellPool?: pg.Pool; __cosellLimiterPool?: pg.Pool };

/**
 * An idle connection that the server closes (a restart, a dropped database) must not take
 * the process down: without a listener, pg re-throws the pool's "error" event.
 */
function withErrorLog(pool: pg.Pool, name: string): pg.Pool {
  pool.on("error", (error) => logger.warn("idle database connection lost", { pool: name, error: error.message }));
  return pool;
}

/** A small raw pg pool for libraries that need one (job queue outbox, bulk import). */
export function pgPool(): pg.Pool {
  if (!globalForPool.__cosellPool) {
    const url = env().DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set.");
    globalForPool.__cosellPool = withErrorLog(new pg.Pool({ connectionString: url, max: 3 }), "raw");
  }
  return globalForPool.__cosellPool;
}

/**
 * The rate limiters' connection: one, kept open. rate-limiter-flexible uses *named* prepared
 * statements, which belong to a PostgreSQL session; embedded PGlite has a single session
 * shared by every connection, so a second connection (or a reconnect) preparing the same
 * name would fail with "prepared statement … already exists". Each check is one short
 * statement, so one connection serves the sign-in and API limits of an instance.
 */
export function limiterPool(): pg.Pool {
  if (!globalForPool.__cosellLimiterPool) {
    const url = env().DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set.");
    globalForPool.__cosellLimiterPool = withErrorLog(new pg.Pool({ connectionString: url, max: 1, idleTimeoutMillis: 0 }), "rate-limits");
  }
  return globalForPool.__cosellLimiterPool;
}

/** Ends the raw pools (scripts and tests, before they exit). */
export async function closePools(): Promise<void> {
  const pools = [globalForPool.__cosellPool, globalForPool.__cosellLimiterPool];
  globalForPool.__cosellPool = undefined;
  globalForPool.__cosellLimiterPool = undefined;
  await Promise.all(pools.map((p) => p?.end().catch(() => {})));
}
