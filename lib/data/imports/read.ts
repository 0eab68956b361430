import { db, Prisma, type ImportStatus } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { hasPermission } from "@/lib/authz/policy";
import { NotFoundError } from "@/lib/errors";
import { importReportToCsv } from "@/lib/import/write-csv";
import type { ImportListItem, ImportRowError, ImportView } from "./contract";

/**
 * A job still RUNNING after this long was interrupted (the process that ran it stopped:
 * deploy, crash). 10,000 rows take seconds, so this is generous.
 */
export const IMPORT_STALE_AFTER_MS = 30 * 60_000;
const INTERRUPTED =
  "The import was interrupted (the server restarted). Rows imported before it are kept; upload the file again (without those rows) to import the others.";

/** Imports are visible to users of the organisation who may import (ACE roles). */
function importScope(actor: Actor): Prisma.ImportJobWhereInput {
  if (actor.organizationKind !== "PARTNER" || !hasPermission(actor, "opportunity.import")) return { id: { in: [] } };
  return { organizationId: actor.organizationId };
}

const jobSelect = {
  id: true,
  status: true,
  mode: true,
  fileName: true,
  total: true,
  processed: true,
  created: true,
  errors: true,
  message: true,
  createdById: true,
  createdAt: true,
  finishedAt: true,
} satisfies Prisma.ImportJobSelect;
type JobRow = Prisma.ImportJobGetPayload<{ select: typeof jobSelect }>;

function rowErrors(value: Prisma.JsonValue): ImportRowError[] {
  if (!Array.isArray(value)) return [];
  const errors = value.filter(
    (e): e is ImportRowError =>
      typeof e === "object" && e !== null && typeof (e as ImportRowError).row === "number" && typeof (e as ImportRowError).message === "string",
  );
  return errors.map((e) => ({ row: e.row, path: String(e.path ?? ""), message: e.message })).sort((a, b) => a.row - b.row);
}

/**
 * Marks a job FAILED if it has been RUNNING for too long (see IMPORT_STALE_AFTER_MS); returns
 * the job as it now is. Used by the reads and by the re-upload check (start.ts), so a file
 * whose import was interrupted can be uploaded again; `client` may be a transaction.
 */
export async function settleIfStale<J extends { id: string; status: ImportStatus; createdAt: Date }>(
  job: J,
  client: Prisma.TransactionClient = db(),
): Promise<J> {
  if (job.status !== "RUNNING" || Date.now() - job.createdAt.getTime() < IMPORT_STALE_AFTER_MS) return job;
  const finishedAt = new Date();
  await client.importJob.updateMany({ where: { id: job.id, status: "RUNNING" }, data: { status: "FAILED", message: INTERRUPTED, finishedAt } });
  return { ...job, status: "FAILED", message: INTERRUPTED, finishedAt };
}

async function names(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const users = await db().user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

function toView(job: JobRow, userNames: Map<string, string>): ImportView {
  const errors = rowErrors(job.errors);
  return {
    id: job.id,
    status: job.status,
    mode: job.mode,
    fileName: job.fileName,
    total: job.total,
    processed: job.processed,
    created: job.created,
    errors,
    rowsWithErrors: new Set(errors.map((e) => e.row)).size,
    message: job.message,
    createdBy: userNames.has(job.createdById) ? { id: job.createdById, name: userNames.get(job.createdById)! } : null,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** One import of the actor's organisation: progress while RUNNING, then the per-row report. */
export async function getImport(actor: Actor, id: string): Promise<ImportView> {
  const job = await db().importJob.findFirst({ where: { AND: [{ id: String(id) }, importScope(actor)] }, select: jobSelect });
  if (!job) throw new NotFoundError("Import not found");
  return toView(await settleIfStale(job), await names([job.createdById]));
}

/** The organisation's latest imports, newest first (without their error lists). */
export async function listImports(actor: Actor, opts: { limit?: number } = {}): Promise<ImportListItem[]> {
  const jobs = await db().importJob.findMany({
    where: importScope(actor),
    orderBy: { createdAt: "desc" },
    take: Math.min(Math.max(opts.limit ?? 10, 1), 100),
    select: jobSelect,
  });
  const settled = await Promise.all(jobs.map((job) => settleIfStale(job)));
  const userNames = await names(settled.map((j) => j.createdById));
  return settled.map((job) => {
    const { errors: _errors, ...item } = toView(job, userNames);
    return item;
  });
}

/** The report of an import as CSV (row, field, message), for download. */
export async function importReportCsv(actor: Actor, id: string): Promise<{ fileName: string; csv: string }> {
  const job = await getImport(actor, id);
  const base = job.fileName.replace(/\.csv$/i, "") || "import";
  return { fileName: `${base}-report.csv`, csv: importReportToCsv(job.errors) };
}
