/**
 * Running an import job in the background (domain.md §2.10).
 *
 * The job row is committed RUNNING first; then this code validates and inserts the rows in
 * chunks, updating `processed` / `created` / `errors` as it goes, and ends the job DONE or
 * FAILED (with a message). It runs as a detached promise in the web process, so the request
 * that started it returns at once; between chunks it yields to the event loop so that other
 * requests are served. A durable job queue (pg-boss, already verified on these machines) is to
 * take over later: the job row already holds everything the queue needs except the file,
 * which would then be stored with the job.
 *
 * Inserts are set-based (one statement per chunk for opportunities, one for their history
 * rows: insert.ts) and bypass `createOpportunity`, so they apply its rules by other means:
 * the wizard's schemas, the same reference checks and defaults, the machine's permission to
 * submit (rows.ts), and the service's own column mapping and history changes (insert.ts).
 *
 * - VALID_ROWS: each chunk's valid rows are inserted in one transaction together with the
 *   job's progress, so the job always says exactly what was created.
 * - ALL_OR_NOTHING: every row is validated first; only when none has a problem are all rows
 *   inserted, in ONE transaction.
 */
import { setImmediate as nextTick } from "node:timers/promises";
import { db, Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import type { CsvRecord, ImportRowError } from "@/lib/import/parse-csv";
import { logger } from "@/lib/log";
import { ruleContext } from "../opportunities/shared";
import { finishJob, inPgTransaction, insertOpportunities, updateJobProgress, type InsertContext } from "./insert";
import type { ImportMode } from "./contract";
import { ROW_MESSAGES, loadReferences, prepareRows, rowSchemas, type PreparedRow } from "./rows";

/** Rows per chunk (validation slice and insert transaction). */
export const IMPORT_CHUNK_SIZE = 500;

export type ImportWork = {
  jobId: string;
  mode: ImportMode;
  actor: Actor;
  records: CsvRecord[];
  /** Problems found while reading the file (rows with a wrong number of cells). */
  rowErrors: ImportRowError[];
};

const json = (value: unknown) => value as Prisma.InputJsonValue;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

const insertContext = (work: ImportWork, now: Date): InsertContext => ({
  organizationId: work.actor.organizationId,
  actorId: work.actor.userId,
  importJobId: work.jobId,
  now,
});

const conflictErrors = (rows: readonly PreparedRow[]): ImportRowError[] =>
  rows.map((r) => ({ row: r.row, path: "partnerCrmId", message: ROW_MESSAGES.crmIdTaken }));

/** Thrown inside the all-or-nothing transaction to roll it back when a row conflicts. */
class RowsConflicted extends Error {
  constructor(public readonly rows: PreparedRow[]) {
    super("rows conflicted");
  }
}

/**
 * VALID_ROWS: chunk by chunk, each chunk's valid rows and the job's progress in one
 * transaction. Validating the next chunk (CPU, here) overlaps with writing the previous one
 * (the database's work), so both cores work.
 */
async function runValidRows(work: ImportWork, errors: ImportRowError[], stats: Stats) {
  const schemas = rowSchemas(ruleContext(work.actor));
  const refs = await loadReferences(work.actor, work.records);
  let processed = work.rowErrors.length;
  let created = 0;
  let writing: Promise<void> = Promise.resolve();
  for (const chunk of chunks(work.records, IMPORT_CHUNK_SIZE)) {
    await nextTick(); // let the server answer other requests between chunks
    let t0 = performance.now();
    const { valid, errors: chunkErrors } = prepareRows(chunk, schemas, work.actor, refs);
    stats.validateMs += performance.now() - t0;
    t0 = performance.now();
    await writing;
    stats.waitMs += performance.now() - t0;
    errors.push(...chunkErrors);
    const progress = { processed: processed + chunk.length, created, errors: [...errors] };
    processed += chunk.length;
    writing = inPgTransaction(async (client) => {
      const inserted = await insertOpportunities(client, valid, insertContext(work, new Date()));
      const conflicts = conflictErrors(inserted.conflicts);
      await updateJobProgress(client, work.jobId, {
        processed: progress.processed,
        created: progress.created + inserted.inserted,
        errors: [...progress.errors, ...conflicts],
      });
      return { inserted: inserted.inserted, conflicts };
    }).then((result) => {
      created += result.inserted;
      errors.push(...result.conflicts);
    });
    // A failed write rejects `writing`; it is awaited before the next write or below.
    writing.catch(() => undefined);
  }
  await writing;
  return created;
}

async function runAllOrNothing(work: ImportWork, errors: ImportRowError[], stats: Stats) {
  const schemas = rowSchemas(ruleContext(work.actor));
  const refs = await loadReferences(work.actor, work.records);
  const valid: PreparedRow[] = [];
  let processed = work.rowErrors.length;
  for (const chunk of chunks(work.records, IMPORT_CHUNK_SIZE)) {
    await nextTick();
    const t0 = performance.now();
    const result = prepareRows(chunk, schemas, work.actor, refs);
    stats.validateMs += performance.now() - t0;
    valid.push(...result.valid);
    errors.push(...result.errors);
    processed += chunk.length;
    // Progress of the validation pass; no opportunity is written until every row is known good.
    await db().importJob.update({ where: { id: work.jobId }, data: { processed } });
  }
  if (errors.length > 0) return 0;
  const t0 = performance.now();
  try {
    const now = new Date();
    return await inPgTransaction(async (client) => {
      let created = 0;
      for (const chunk of chunks(valid, IMPORT_CHUNK_SIZE)) {
        const inserted = await insertOpportunities(client, chunk, insertContext(work, now));
        if (inserted.conflicts.length > 0) throw new RowsConflicted(inserted.conflicts);
        created += inserted.inserted;
      }
      return created;
    });
  } catch (e) {
    if (!(e instanceof RowsConflicted)) throw e;
    errors.push(...conflictErrors(e.rows));
    return 0;
  } finally {
    stats.waitMs += performance.now() - t0;
  }
}

/** Why a job FAILED, and what the user can do (a failed job that created nothing may be retried with the same file). */
export function failureMessage(created: number): string {
  return created === 0
    ? "The import stopped because of an error on our side. Nothing was imported; upload the file again to retry."
    : "The import stopped because of an error on our side. The rows imported before it are kept; to import the others, remove the imported rows from the file and upload it again.";
}

/** Where the time went (logged): validating rows, and waiting for the database beyond that. */
type Stats = { validateMs: number; waitMs: number };

const running = new Map<string, Promise<void>>();

/**
 * Processes an import job to its end (DONE or FAILED); never rejects. Started detached by
 * `startOpportunityImport`; `whenImportSettled(id)` lets tests and scripts wait for it.
 */
export function processImport(work: ImportWork): Promise<void> {
  const promise = (async () => {
    const started = Date.now();
    const errors: ImportRowError[] = [...work.rowErrors];
    const stats: Stats = { validateMs: 0, waitMs: 0 };
    try {
      const created = work.mode === "ALL_OR_NOTHING" ? await runAllOrNothing(work, errors, stats) : await runValidRows(work, errors, stats);
      await finishJob(work.jobId, { processed: work.records.length + work.rowErrors.length, created, errors });
      const ms = Date.now() - started;
      logger.info("import done", {
        jobId: work.jobId,
        mode: work.mode,
        rows: work.records.length,
        created,
        errors: errors.length,
        ms,
        validateMs: Math.round(stats.validateMs),
        dbWaitMs: Math.round(stats.waitMs),
      });
    } catch (e) {
      logger.error("import failed", { jobId: work.jobId, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      await db()
        .$transaction(async (tx) => {
          const job = await tx.importJob.findUniqueOrThrow({ where: { id: work.jobId }, select: { created: true } });
          await tx.importJob.update({
            where: { id: work.jobId },
            data: { status: "FAILED", message: failureMessage(job.created), errors: json(errors), finishedAt: new Date() },
          });
        })
        .catch((inner: unknown) => logger.error("could not mark import failed", { jobId: work.jobId, error: String(inner) }));
    } finally {
      running.delete(work.jobId);
    }
  })();
  running.set(work.jobId, promise);
  return promise;
}

/** Resolves when the job runs no more in this process (at once if it is not running here). */
export function whenImportSettled(jobId: string): Promise<void> {
  return running.get(jobId) ?? Promise.resolve();
}
