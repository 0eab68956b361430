import Papa from "papaparse";
import { z } from "zod";
import { db, Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { TEMPLATE_HEADER, opportunityInputToRow, toOpportunityInput, type ReviewStatus } from "@/lib/domain/opportunity";
import { parseInput } from "../validate";
import type { OpportunityListQuery } from "./contract";
import { orderBySql, parseListQuery } from "./list";
import { dataOf, reference } from "./shared";

/** The columns before the import template's (which has `stage`): reference, review status, owner. */
export const EXPORT_LEAD_COLUMNS = ["reference", "status", "owner", "ownerEmail"] as const;
export const EXPORT_HEADER: readonly string[] = [...EXPORT_LEAD_COLUMNS, ...TEMPLATE_HEADER];
export const MAX_EXPORT_ROWS = 100_000;
const BATCH = 2_000;
/**
 * Cells a spreadsheet would run as a formula get a leading `'` (CSV injection). Phone numbers
 * (`+49 30 1234567`) are left alone so that an exported file imports again unchanged.
 */
const FORMULA = /^(?:[=@\t\r]|[+-](?![\d\s().-]+$))/;

const IdsSchema = z.array(z.string().max(64)).max(10_000, "Export at most 10,000 selected opportunities");

/**
 * CSV of the opportunities the list query selects (or only `ids`, still within the actor's
 * scope and the filters), in the list's sort order, at most 100,000 rows. Columns: reference,
 * status, owner name and email, then the bulk-import template's columns (so a file can
 * be edited and imported again; `action` is `draft` for drafts and `submit` otherwise).
 */
export async function exportOpportunitiesCsv(actor: Actor, query: OpportunityListQuery = {}, ids?: string[]): Promise<string> {
  const { sort, where } = parseListQuery(actor, { ...query, page: undefined, pageSize: undefined });
  const selected = ids === undefined ? undefined : parseInput(IdsSchema, ids);
  const onlySelected = selected ? Prisma.sql`AND o."id" = ANY(${selected}::text[])` : Prisma.empty;
  const rows: Record<string, string>[] = [];
  for (let skip = 0; skip < MAX_EXPORT_ROWS; skip += BATCH) {
    const batch = await db().$queryRaw<{ number: number; status: string; data: Prisma.JsonValue; ownerName: string; ownerEmail: string }[]>`
      SELECT o."number", o."status"::text AS "status", o."data", u."name" AS "ownerName", u."email" AS "ownerEmail"
        FROM "Opportunity" o JOIN "User" u ON u."id" = o."ownerId"
       WHERE ${where} ${onlySelected}
       ORDER BY ${orderBySql(sort)}
       LIMIT ${Math.min(BATCH, MAX_EXPORT_ROWS - skip)}::int OFFSET ${skip}::int`;
    for (const row of batch) {
      const status = row.status as ReviewStatus;
      rows.push({
        reference: reference(row.number),
        status,
        owner: row.ownerName,
        ownerEmail: row.ownerEmail,
        ...opportunityInputToRow(toOpportunityInput(dataOf(row)), status === "DRAFT" ? "draft" : "submit"),
      });
    }
    if (batch.length < BATCH) break;
  }
  return Papa.unparse(
    { fields: [...EXPORT_HEADER], data: rows.map((r) => EXPORT_HEADER.map((c) => r[c] ?? "")) },
    { newline: "\r\n", escapeFormulae: FORMULA },
  );
}
