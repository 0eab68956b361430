/**
 * `startJobs()`: the background work of one portal instance — pg-boss with the `sweep`
 * schedule and worker, the email workers, and the outbox dispatcher (every few seconds).
 * Started by the Next server (`instrumentation.ts`, when JOBS_ENABLED) or alone
 * (`npm run worker`); any number of instances may run: the schedule fires once per minute
 * in total, the dispatcher and the sweepers lock rows with SKIP LOCKED, and an email is
 * claimed before it is sent.
 */
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { closeSmtp, describeSmtp, smtpSettings, verifySmtp } from "@/lib/mail/transport";
import { dispatchEmails, workEmails } from "./email";
import { EMAIL_QUEUE, QUEUE_OPTIONS, SWEEP_CRON, SWEEP_QUEUE } from "./queues";
import { runSweep } from "./sweep";

export type JobsOptions = {
  connectionString?: string;
  /** Schedule the minute sweep (default true). */
  schedule?: boolean;
  /** How often the outbox is handed to the email queue (default 3 s). */
  dispatchIntervalMs?: number;
  emailWorkers?: number;
};

export type Jobs = { boss: PgBoss; stop: () => Promise<void>; dispatchNow: () => Promise<number> };

/** True when this process should run the background jobs: JOBS_ENABLED, default on except in tests. */
export function jobsEnabled(): boolean {
  const e = env();
  return e.JOBS_ENABLED ?? e.NODE_ENV !== "test";
}

export async function startJobs(opts: JobsOptions = {}): Promise<Jobs> {
  const connectionString = opts.connectionString ?? env().DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: the jobs need the portal's database.");

  const boss = new PgBoss({
    connectionString,
    schema: "pgboss",
    application_name: "cosell-jobs",
    // PGlite is a single session: keep the pool small everywhere.
    max: 3,
    cronMonitorIntervalSeconds: 30,
    cronWorkerIntervalSeconds: 5,
    maintenanceIntervalSeconds: 120,
  });
  boss.on("error", (error) => logger.error("job queue error", { error: error instanceof Error ? error.message : String(error) }));
  await boss.start();

  for (const queue of [SWEEP_QUEUE, EMAIL_QUEUE]) {
    await boss.createQueue(queue, QUEUE_OPTIONS[queue]);
    await boss.updateQueue(queue, QUEUE_OPTIONS[queue]);
  }

  await boss.work(SWEEP_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
    const summary = await runSweep(new Date());
    const changed = Object.values(summary).some(
      (v) => typeof v === "object" && v !== null && Object.values(v).some((n) => typeof n === "number" && n > 0),
    );
    if (!summary.ok) logger.error("sweep failed", summary);
    else if (changed) logger.info("sweep", summary);
    else logger.debug("sweep: nothing due", summary);
    return summary;
  });
  if (opts.schedule ?? true) await boss.schedule(SWEEP_QUEUE, SWEEP_CRON, {}, { tz: "UTC" });
  await workEmails(boss, opts.emailWorkers ?? 2);

  let dispatching: Promise<number> | null = null;
  const dispatchNow = () => {
    dispatching ??= dispatchEmails(boss).finally(() => {
      dispatching = null;
    });
    return dispatching;
  };
  const tick = () =>
    void dispatchNow().catch((error) =>
      logger.error("email dispatch failed", { error: error instanceof Error ? error.message : String(error) }),
    );
  tick();
  const timer = setInterval(tick, opts.dispatchIntervalMs ?? 3000);
  timer.unref();

  const smtp = smtpSettings();
  if (smtp) {
    verifySmtp(smtp).then(
      () => logger.info("email: SMTP ready", { smtp: describeSmtp(smtp) }),
      (error) =>
        logger.warn("email: SMTP server not reachable yet (emails will be retried)", {
          smtp: describeSmtp(smtp),
          error: String(error?.message ?? error),
        }),
    );
  } else {
    logger.info("email: SMTP not configured, emails are kept for the development mailbox (/dev/mailbox)");
  }
  logger.info("jobs started", { queues: [SWEEP_QUEUE, EMAIL_QUEUE], schedule: opts.schedule ?? true });

  let stopped = false;
  return {
    boss,
    dispatchNow,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      await dispatching?.catch(() => {});
      await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
      closeSmtp();
    },
  };
}
