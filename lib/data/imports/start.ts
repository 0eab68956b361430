import { createHash } from "node:crypto";
import { z } from "zod";
import { db, Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { hasPermission } from "@/lib/authz/policy";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { CSV_MESSAGES, MAX_IMPORT_BYTES, parseOpportunityCsv } from "@/lib/import/parse-csv";
import { IMPORT_MODES, type ImportMode, type StartImportInput, type StartImportResult } from "./contract";
import { processImport } from "./process";
import { settleIfStale } from "./read";

const ModeSchema = z.enum(IMPORT_MODES, { error: "Choose “Import valid rows” or “All or nothing”" });

/** At most this many header problems are listed in the refusal message. */
const MAX_DETAILS = 5;

type Tx = Prisma.TransactionClient;

/**
 * The earlier import of the same file in the organisation that answers a re-upload, if any:
 * one still running, one that created opportunities, or a finished one in the same mode.
 * (A file whose import created nothing — it failed, or was all-or-nothing with errors — may
 * be imported again, e.g. with "Import valid rows": that cannot duplicate anything.)
 * A job left RUNNING by a process that stopped is settled first (`settleIfStale`): FAILED,
 * so a re-upload starts a fresh import unless the interrupted one had already created rows.
 */
async function reusableImport(client: Tx, organizationId: string, fileHash: string, mode: ImportMode) {
  const found = await client.importJob.findMany({
    where: { organizationId, fileHash },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, mode: true, created: true, createdAt: true },
  });
  const earlier = await Promise.all(found.map((job) => settleIfStale(job, client)));
  return earlier.find((job) => job.status === "RUNNING" || job.created > 0 || (job.status === "DONE" && job.mode === mode)) ?? null;
}

function fileName(raw: unknown): string {
  const name = typeof raw === "string" ? raw : "";
  // Keep the last path segment only (browsers send bare names; other clients may not).
  return (name.split(/[\\/]/).pop() ?? "").trim().slice(0, 255) || "import.csv";
}

/**
 * Starts a bulk import of opportunities from a CSV file (domain.md §2.10) and returns at
 * once with the job id; the rows are processed in the background (see process.ts). The
 * file as a whole is checked first — encoding (UTF-8 only), CSV syntax, header, at most
 * 10,000 rows — and refused with a ValidationError at `file` when it cannot be imported:
 * then nothing is stored. The same file (SHA-256 of its bytes) uploaded again in the same
 * organisation creates nothing new: the earlier import is returned with `reused: true`.
 */
export async function startOpportunityImport(actor: Actor, input: StartImportInput): Promise<StartImportResult> {
  if (actor.organizationKind !== "PARTNER" || !hasPermission(actor, "opportunity.import")) {
    throw new ForbiddenError("You cannot import opportunities.");
  }
  const modeResult = ModeSchema.safeParse(input?.mode);
  if (!modeResult.success) throw new ValidationError([{ path: "mode", message: modeResult.error.issues[0].message }]);
  const mode = modeResult.data;
  const content = input?.content;
  if (typeof content !== "string" && !(content instanceof Uint8Array)) {
    throw new ValidationError([{ path: "file", message: "Choose a CSV file to upload" }]);
  }
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ValidationError([{ path: "file", message: CSV_MESSAGES.tooLarge(MAX_IMPORT_BYTES) }]);
  const fileHash = createHash("sha256").update(bytes).digest("hex");

  const earlier = await reusableImport(db(), actor.organizationId, fileHash, mode);
  if (earlier) return { id: earlier.id, reused: true };

  const parsed = parseOpportunityCsv(content);
  if (!parsed.ok) {
    const details = parsed.details.slice(0, MAX_DETAILS);
    const more = parsed.details.length - details.length;
    const message = [parsed.message, ...details, ...(more > 0 ? [`…and ${more} more`] : [])].join(" ");
    throw new ValidationError([{ path: "file", message }]);
  }

  const job = await db().$transaction(async (tx) => {
    // Two uploads of the same file at once: the second waits here and then finds the first.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`import:${actor.organizationId}:${fileHash}`}, 0))`;
    const again = await reusableImport(tx, actor.organizationId, fileHash, mode);
    if (again) return { id: again.id, reused: true };
    const created = await tx.importJob.create({
      data: {
        organizationId: actor.organizationId,
        createdById: actor.userId,
        fileName: fileName(input.fileName),
        fileHash,
        mode,
        status: "RUNNING",
        total: parsed.total,
        processed: 0,
      },
      select: { id: true },
    });
    return { id: created.id, reused: false };
  });
  if (job.reused) return job;

  // Detached on purpose: the job row is committed, the request returns, the rows follow.
  void processImport({ jobId: job.id, mode, actor, records: parsed.records, rowErrors: parsed.rowErrors });
  return job;
}
