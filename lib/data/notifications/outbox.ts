/**
 * The email outbox (`EmailMessage`): `notify()` writes PENDING rows in the transaction of the
 * change; the dispatcher hands them to the email job queue; the job delivers each one.
 *
 * - `dispatchOutbox(enqueue)`: takes a batch of PENDING rows not yet handed over (or handed
 *   over so long ago that the job must be lost) with `FOR UPDATE SKIP LOCKED`, marks them
 *   `enqueuedAt` and inserts their jobs through `enqueue` on the same connection, in the same
 *   transaction: a row is handed over exactly when its job exists, and two dispatchers
 *   never take the same row.
 * - `deliverEmail(id)`: claims the row (`lockedUntil`) so two jobs for one email never both
 *   send it, sends through SMTP (or keeps it for the development mailbox when SMTP is not
 *   configured), and records the outcome. A failure throws so the queue retries with
 *   backoff; the last attempt, or a permanent SMTP refusal (5xx), marks it FAILED.
 */
import { db } from "@/lib/db";
import { pgPool } from "@/lib/db/pool";
import { sendSmtp, smtpSettings, type SmtpSettings } from "@/lib/mail/transport";

/** How long one delivery may hold a message (longer than the SMTP timeouts). */
export const EMAIL_CLAIM_MS = 2 * 60_000;
/** A PENDING message handed over longer ago than this is handed over again (its job was lost). */
export const EMAIL_REDISPATCH_AFTER_MS = 60 * 60_000;
/** Safety net besides the queue's retry limit. */
export const MAX_EMAIL_ATTEMPTS = 10;

export type SqlExecutor = { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

export async function dispatchOutbox(
  enqueue: (ids: string[], sql: SqlExecutor) => Promise<void>,
  opts: { batch?: number } = {},
): Promise<number> {
  const batch = Math.min(Math.max(1, opts.batch ?? 100), 1000);
  const client = await pgPool().connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ id: string }>(
      `UPDATE "EmailMessage" SET "enqueuedAt" = now()
        WHERE "id" IN (
          SELECT "id" FROM "EmailMessage"
           WHERE "status" = 'PENDING'
             AND ("enqueuedAt" IS NULL OR "enqueuedAt" < now() - make_interval(secs => $2))
           ORDER BY "createdAt"
           LIMIT $1
           FOR UPDATE SKIP LOCKED)
        RETURNING "id"`,
      [batch, EMAIL_REDISPATCH_AFTER_MS / 1000],
    );
    if (rows.length > 0) {
      await enqueue(
        rows.map((r) => r.id),
        { executeSql: async (text, values) => ({ rows: (await client.query(text, values as unknown[])).rows }) },
      );
    }
    await client.query("COMMIT");
    return rows.length;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

export type DeliveryOutcome = "SENT" | "ALREADY_DONE" | "FAILED";

/** A temporary condition: the queue should try again later. */
export class EmailBusyError extends Error {}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 1000);
/** SMTP 5xx: the server will never accept this message as it is. */
const isPermanent = (e: unknown) => {
  const code = (e as { responseCode?: unknown })?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
};

/**
 * Delivers one outbox message. `lastAttempt`: the queue will not retry after this one.
 * `smtp`: the settings to use (default: from the environment; null = development mailbox).
 */
export async function deliverEmail(id: string, opts: { lastAttempt?: boolean; smtp?: SmtpSettings | null } = {}): Promise<DeliveryOutcome> {
  const client = db();
  const now = new Date();
  const claimed = await client.emailMessage.updateMany({
    where: { id, status: "PENDING", OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
    data: { lockedUntil: new Date(now.getTime() + EMAIL_CLAIM_MS), attempts: { increment: 1 } },
  });
  if (claimed.count === 0) {
    const row = await client.emailMessage.findUnique({ where: { id }, select: { status: true } });
    if (!row || row.status !== "PENDING") return "ALREADY_DONE";
    throw new EmailBusyError(`Email ${id} is being delivered by another worker`);
  }
  const row = await client.emailMessage.findUniqueOrThrow({ where: { id } });
  const smtp = opts.smtp === undefined ? smtpSettings() : opts.smtp;
  try {
    if (smtp) await sendSmtp(smtp, { to: row.toAddress, toName: row.toName, subject: row.subject, text: row.text, html: row.html });
  } catch (error) {
    const final = opts.lastAttempt === true || row.attempts >= MAX_EMAIL_ATTEMPTS || isPermanent(error);
    await client.emailMessage.update({
      where: { id },
      data: { lastError: errorText(error), lockedUntil: null, ...(final ? { status: "FAILED" } : {}) },
    });
    if (final) return "FAILED";
    throw error;
  }
  await client.emailMessage.update({
    where: { id },
    data: { status: "SENT", sentAt: new Date(), transport: smtp ? "SMTP" : "MAILBOX", lockedUntil: null, lastError: null },
  });
  return "SENT";
}
