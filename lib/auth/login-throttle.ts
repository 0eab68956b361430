import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { limiterPool } from "@/lib/db/pool";
import { env } from "@/lib/env";

/**
 * Failed sign-ins are counted per email and per client address in PostgreSQL
 * (rate-limiter-flexible), so every app instance shares the counts. The address is null when
 * there is none to trust (no TRUST_PROXY, see `clientAddress`): then only the email counts.
 */
let limiter: RateLimiterPostgres | undefined;
function getLimiter() {
  if (!limiter) {
    const e = env();
    limiter = new RateLimiterPostgres({
      storeClient: limiterPool(),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix: "login",
      points: e.LOGIN_MAX_FAILURES,
      duration: e.LOGIN_WINDOW_SECONDS,
    });
  }
  return limiter;
}

const keys = (email: string, ip: string | null) => [`email:${email.toLowerCase()}`, ...(ip ? [`ip:${ip}`] : [])];

/** Seconds until the caller may try again, or 0 when not blocked. */
export async function loginBlockedFor(email: string, ip: string | null): Promise<number> {
  const l = getLimiter();
  let wait = 0;
  for (const key of keys(email, ip)) {
    const res = await l.get(key);
    if (res && res.consumedPoints >= l.points) wait = Math.max(wait, Math.ceil(res.msBeforeNext / 1000));
  }
  return wait;
}

export async function recordLoginFailure(email: string, ip: string | null): Promise<void> {
  const l = getLimiter();
  for (const key of keys(email, ip)) {
    await l.consume(key).catch((e) => {
      if (!(e instanceof RateLimiterRes)) throw e;
    });
  }
}

export async function clearLoginFailures(email: string): Promise<void> {
  await getLimiter().delete(`email:${email.toLowerCase()}`);
}
