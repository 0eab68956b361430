/**
 * Email delivery through the job queue: the outbox dispatcher hands PENDING emails to the
 * `email-deliver` queue (same transaction as marking them), and the workers deliver them.
 */
import type PgBoss from "pg-boss";
import { deliverEmail, dispatchOutbox } from "@/lib/data/notifications";
import { logger } from "@/lib/log";
import { EMAIL_QUEUE } from "./queues";

/** Hands the outbox to the queue; returns how many emails were handed over. */
export async function dispatchEmails(boss: PgBoss): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await dispatchOutbox((ids, sql) =>
      boss.insert(
        ids.map((id) => ({ name: EMAIL_QUEUE, data: { id }, singletonKey: id })),
        { db: sql },
      ),
    );
    total += n;
    if (n < 100) return total;
  }
}

/** Registers `count` workers (one job at a time each, so each email retries on its own). */
export async function workEmails(boss: PgBoss, count = 2): Promise<void> {
  for (let i = 0; i < count; i++) {
    await boss.work<{ id: string }>(EMAIL_QUEUE, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
      if (!job) return;
      const outcome = await deliverEmail(job.data.id, { lastAttempt: job.retryCount >= job.retryLimit });
      if (outcome === "FAILED") logger.warn("email failed for good", { emailId: job.data.id, attempts: job.retryCount + 1 });
      return { outcome };
    });
  }
}
