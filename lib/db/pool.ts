import pg from "pg";
import { env } from "@/lib/env";

const globalForPool = globalThis as unknown as { __cosellPool?: pg.Pool };

/** A small raw pg pool for libraries that need one (rate limiting, job queue). */
export function pgPool(): pg.Pool {
  if (!globalForPool.__cosellPool) {
    const url = env().DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set.");
    globalForPool.__cosellPool = new pg.Pool({ connectionString: url, max: 3 });
  }
  return globalForPool.__cosellPool;
}
