/**
 * The job queues (pg-boss@10, in the `pgboss` schema of the portal's database).
 *
 * - `sweep`: the timer sweep, scheduled every minute with pg-boss's cron (one job per minute
 *   across all instances: pg-boss's timekeeper inserts it with a 60-second singleton slot).
 *   Policy `singleton`: never two sweeps running at once; no retries (the next minute runs).
 * - `email-deliver`: one job per outbox email. Policy `stately` with the email id as
 *   singleton key (at most one queued job per email); retries with exponential backoff:
 *   30 s, 1, 2, 4, 8, 16 min — then the email is marked FAILED.
 */
import type PgBoss from "pg-boss";

export const SWEEP_QUEUE = "sweep";
export const EMAIL_QUEUE = "email-deliver";
export const SWEEP_CRON = "* * * * *";

export const QUEUE_OPTIONS: Record<string, PgBoss.Queue> = {
  [SWEEP_QUEUE]: { name: SWEEP_QUEUE, policy: "singleton", retryLimit: 0, expireInSeconds: 5 * 60, retentionMinutes: 24 * 60 },
  [EMAIL_QUEUE]: {
    name: EMAIL_QUEUE,
    policy: "stately",
    retryLimit: 6,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 2 * 60,
    retentionMinutes: 7 * 24 * 60,
  },
};
