/**
 * `npm run -s sweep -- [--now <ISO timestamp>]`: runs the timer sweep once (expire overdue
 * provider referrals and inbound deals, lapse co-sell requests, send the reminders, purge
 * API Idempotency-Key records older than 24 hours) as if the
 * time were `--now` (default: now), and prints a one-line JSON summary on stdout — nothing
 * else (logs go to stderr). Exit code 0 when every sweeper succeeded, 1 otherwise, 2 on bad
 * arguments. Emails it causes are queued in the outbox; the running portal (or `npm run
 * worker`) delivers them.
 */
import { parseArgs } from "node:util";

// Only the summary goes to stdout.
console.log = console.error;
console.info = console.error;
console.warn = console.error;
console.debug = console.error;

let now = new Date();
try {
  const { values } = parseArgs({ options: { now: { type: "string" } }, allowPositionals: false });
  if (values.now !== undefined) {
    if (
      !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(values.now) ||
      Number.isNaN(new Date(values.now).getTime())
    ) {
      throw new Error(`--now must be an ISO timestamp with a time zone, e.g. 2026-11-30T09:30:00Z (got "${values.now}")`);
    }
    now = new Date(values.now);
  }
} catch (e) {
  console.error(`usage: npm run -s sweep -- [--now <ISO timestamp>]\n${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
}

const { resolveDatabase } = await import("@/lib/db/resolve");
const database = await resolveDatabase();
let code = 0;
try {
  const { runSweep } = await import("@/lib/jobs/sweep");
  const summary = await runSweep(now);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  code = summary.ok ? 0 : 1;
} catch (e) {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  code = 1;
} finally {
  const { db } = await import("@/lib/db");
  await db()
    .$disconnect()
    .catch(() => {});
  const { closePools } = await import("@/lib/db/pool");
  await closePools();
  await database.stop().catch(() => {});
}
process.exit(code);
