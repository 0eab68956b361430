/**
 * Per-token request budget of the REST API (api.md 429), counted in PostgreSQL with
 * rate-limiter-flexible so every app instance shares the counts (table `rate_limits`,
 * key prefix `api`).
 */
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { limiterPool } from "@/lib/db/pool";
import { env } from "@/lib/env";

const WINDOW_SECONDS = 60;

export type RateLimitState = {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (the Retry-After when refused). */
  resetSeconds: number;
};

let limiter: { points: number; instance: RateLimiterPostgres } | undefined;
function getLimiter(): RateLimiterPostgres {
  const points = env().API_RATE_LIMIT_PER_MINUTE;
  if (!limiter || limiter.points !== points) {
    limiter = {
      points,
      instance: new RateLimiterPostgres({
        storeClient: limiterPool(),
        storeType: "pool",
        tableName: "rate_limits",
        tableCreated: true,
        keyPrefix: "api",
        points,
        duration: WINDOW_SECONDS,
      }),
    };
  }
  return limiter.instance;
}

/** Counts one request of the token; `allowed` false once its budget for the minute is spent. */
export async function consumeApiRequest(tokenId: string): Promise<RateLimitState> {
  const l = getLimiter();
  try {
    const res = await l.consume(`token:${tokenId}`);
    return { allowed: true, limit: l.points, remaining: res.remainingPoints, resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    return { allowed: false, limit: l.points, remaining: 0, resetSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
  }
}
