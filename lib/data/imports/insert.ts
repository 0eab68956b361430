/**
 * Set-based inserts of imported opportunities and their history rows: one statement per
 * chunk each, the rows passed as ONE jsonb parameter and expanded by `jsonb_to_recordset`,
 * on a plain `pg` connection (lib/db/pool) inside the caller's transaction. Measured here:
 * Prisma's `createMany` spends ~5 ms per row in its JavaScript query engine and even its raw
 * queries take ~3× longer than `pg` with a large parameter; this path keeps a 10,000-row
 * import well above 2,000 rows/s.
 *
 * The values are computed by the opportunity service's own functions (`columnsOf` for the
 * denormalised columns, the history `changes` of a creation), so an imported row is what
 * `createOpportunity` would have written.
 */
import { randomUUID } from "node:crypto";
import type { PoolClient } from "pg";
import { pgPool } from "@/lib/db/pool";
import { FIELD_PATHS, getAtPath, type OpportunityData } from "@/lib/domain/opportunity";
import { ENTITY, changes, columnsOf } from "../opportunities/shared";
import type { PreparedRow } from "./rows";


export type InsertContext = { organizationId: string; actorId: string; importJobId: string; now: Date };

/**
 * The history changes of a creation: every field that has a value, from null to it. For a
 * normalised body (absent fields are `undefined`) this is exactly
 * `changes([status, ...diffFields(EMPTY, data)])`, which createOpportunity records, at a
 * fraction of the cost (tested in tests/integration/imports.test.ts).
 */
export function creationChanges(status: string, data: OpportunityData) {
  const list: { field: string; from: unknown; to: unknown }[] = [{ field: "status", from: null, to: status }];
  for (const path of FIELD_PATHS) {
    const value = getAtPath(data, path);
    if (value !== undefined && value !== null) list.push({ field: path, from: null, to: value });
  }
  return changes(list);
}

/**
 * Inserts the rows' opportunities and one "created" history row each. A row whose partner
 * CRM id was taken after the checks (a concurrent write) is skipped by the database
 * (`ON CONFLICT DO NOTHING`) and returned in `conflicts`; nothing else is written for it.
 */
export async function insertOpportunities(client: PoolClient, rows: readonly PreparedRow[], ctx: InsertContext) {
  if (rows.length === 0) return { inserted: 0, conflicts: [] as PreparedRow[] };
  const at = ctx.now.toISOString();
  const planned = rows.map((row) => {
    const status = row.submit ? "SUBMITTED" : "DRAFT";
    const columns = columnsOf(row.data);
    return {
      row,
      status,
      record: {
        id: randomUUID(),
        organizationId: ctx.organizationId,
        status,
        stage: columns.stage,
        origin: "BULK_IMPORT",
        ownerId: row.ownerId,
        createdById: ctx.actorId,
        customerName: columns.customerName,
        title: columns.title,
        countryCode: columns.countryCode,
        targetCloseDate: columns.targetCloseDate?.toISOString().slice(0, 10) ?? null,
        expectedMonthlyRevenueMinor: columns.expectedMonthlyRevenueMinor === null ? null : Number(columns.expectedMonthlyRevenueMinor),
        currency: columns.currency,
        partnerCrmId: columns.partnerCrmId,
        parentOpportunityId: columns.parentOpportunityId,
        data: row.data,
        firstSubmittedAt: row.submit ? at : null,
        submittedAt: row.submit ? at : null,
        importJobId: ctx.importJobId,
        createdAt: at,
        updatedAt: at,
      },
    };
  });

  const inserted = await client.query<{ id: string }>(
    `
    INSERT INTO "Opportunity" (
      "id", "organizationId", "status", "stage", "origin", "ownerId", "createdById", "customerName", "title",
      "countryCode", "targetCloseDate", "expectedMonthlyRevenueMinor", "currency", "partnerCrmId",
      "parentOpportunityId", "data", "firstSubmittedAt", "submittedAt", "importJobId", "createdAt", "updatedAt")
    SELECT
      r."id", r."organizationId", r."status", r."stage", r."origin", r."ownerId", r."createdById", r."customerName", r."title",
      r."countryCode", r."targetCloseDate", r."expectedMonthlyRevenueMinor", r."currency", r."partnerCrmId",
      r."parentOpportunityId", r."data", r."firstSubmittedAt", r."submittedAt", r."importJobId", r."createdAt", r."updatedAt"
    FROM jsonb_to_recordset($1::jsonb) AS r(
      "id" text, "organizationId" text, "status" "ReviewStatus", "stage" "SalesStage", "origin" "OpportunityOrigin",
      "ownerId" text, "createdById" text, "customerName" text, "title" text, "countryCode" text, "targetCloseDate" date,
      "expectedMonthlyRevenueMinor" bigint, "currency" text, "partnerCrmId" text, "parentOpportunityId" text, "data" jsonb,
      "firstSubmittedAt" timestamp(3), "submittedAt" timestamp(3), "importJobId" text, "createdAt" timestamp(3),
      "updatedAt" timestamp(3))
    ON CONFLICT DO NOTHING
    RETURNING "id"`,
    [JSON.stringify(planned.map((p) => p.record))],
  );

  const insertedIds = new Set(inserted.rows.map((o) => o.id));
  const done = planned.filter((p) => insertedIds.has(p.record.id));
  if (done.length > 0) {
    const history = done.map((p) => ({
      id: randomUUID(),
      entityType: ENTITY,
      entityId: p.record.id,
      organizationId: ctx.organizationId,
      actorId: ctx.actorId,
      action: "created",
      changes: creationChanges(p.status, p.row.data),
      at,
    }));
    await client.query(
      `INSERT INTO "HistoryEntry" ("id", "entityType", "entityId", "organizationId", "actorId", "action", "changes", "at")
      SELECT r."id", r."entityType", r."entityId", r."organizationId", r."actorId", r."action", r."changes", r."at"
      FROM jsonb_to_recordset($1::jsonb) AS r(
        "id" text, "entityType" text, "entityId" text, "organizationId" text, "actorId" text, "action" text,
        "changes" jsonb, "at" timestamp(3))`,
      [JSON.stringify(history)],
    );
  }
  return { inserted: done.length, conflicts: planned.filter((p) => !insertedIds.has(p.record.id)).map((p) => p.row) };
}

/** Writes a job's progress (inside the chunk's transaction, so it always matches what was created). */
export async function updateJobProgress(
  client: PoolClient,
  jobId: string,
  progress: { processed: number; created: number; errors: unknown[] },
): Promise<void> {
  await client.query(`UPDATE "ImportJob" SET "processed" = $2, "created" = $3, "errors" = $4::jsonb WHERE "id" = $1`, [
    jobId,
    progress.processed,
    progress.created,
    JSON.stringify(progress.errors),
  ]);
}

/** Marks a job DONE with its final counts and report. */
export async function finishJob(jobId: string, result: { processed: number; created: number; errors: unknown[] }): Promise<void> {
  await pgPool().query(
    `UPDATE "ImportJob" SET "status" = 'DONE', "processed" = $2, "created" = $3, "errors" = $4::jsonb, "finishedAt" = $5 WHERE "id" = $1`,
    [jobId, result.processed, result.created, JSON.stringify(result.errors), new Date().toISOString().replace("Z", "")],
  );
}

/** Runs `fn` in one transaction on a pooled `pg` connection (committed when it resolves). */
export async function inPgTransaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pgPool().connect();
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
