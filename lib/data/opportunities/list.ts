/**
 * The opportunity list, its keyset pages (REST API) and its totals: filtering, sorting and
 * paging in SQL on the denormalised columns. Each is ONE parameterised statement built
 * from `Prisma.sql` fragments (never from strings of user input): the validated query
 * becomes `listWhereSql` — the actor's visibility (`opportunityScopeSql`, the SQL twin of
 * `opportunityScope`) AND the filters — and `orderBySql` (whitelisted columns only).
 *
 * One page = one round trip: the count and the page (joined with owner and organisation
 * names) in one statement, whatever the page size. Measured against Prisma's
 * `findMany` + `count` (two to four statements, and ~4 ms of query-compiler CPU per call)
 * in bench/RESULTS.md.
 */
import { z } from "zod";
import { db, Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { ORIGINS, REVIEW_STATUSES, SALES_STAGES, isIsoDate, type Origin, type ReviewStatus, type SalesStage } from "@/lib/domain/opportunity";
import { opportunityScopeSql } from "@/lib/authz/scope";
import { parseInput } from "../validate";
import {
  OPPORTUNITY_SORTS,
  type OpportunityKeysetPosition,
  type OpportunityKeysetRow,
  type OpportunityKeysetSort,
  type OpportunityList,
  type OpportunityListItem,
  type OpportunityListQuery,
  type OpportunitySortField,
  type PipelineTotals,
} from "./contract";
import { parseReference, reference, toMoney } from "./shared";

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_SORT = "-updatedAt";

/** A list of enum values given as an array or a comma-separated string (URL / query string). */
const enumList = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : v),
    z.array(z.enum(values, { error: message })).optional(),
  );

const date = z
  .string()
  .trim()
  .refine((v) => isIsoDate(v), "Enter a date as YYYY-MM-DD")
  .optional();

const bool = z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean({ error: "Enter true or false" }).optional());

/**
 * The list query (pages, the REST API, the CSV export): numbers and booleans may arrive as
 * strings, enum lists as arrays or comma-separated strings. Empty strings mean "not given".
 */
export const OpportunityListQuerySchema = z.preprocess(
  (v) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).filter(([, value]) => value !== "" && value !== undefined && value !== null))
      : v,
  z.strictObject({
    page: z.coerce.number({ error: "Enter a page number" }).int().min(1, "Enter a page number of 1 or more").max(1_000_000).optional(),
    pageSize: z.coerce
      .number({ error: "Enter a page size" })
      .int()
      .min(1, `Enter a page size from 1 to ${MAX_PAGE_SIZE}`)
      .max(MAX_PAGE_SIZE, `Enter a page size from 1 to ${MAX_PAGE_SIZE}`)
      .optional(),
    sort: z
      .string()
      .trim()
      .refine((s) => (OPPORTUNITY_SORTS as readonly string[]).includes(s.replace(/^-/, "")), `Sort by one of: ${OPPORTUNITY_SORTS.join(", ")}`)
      .optional(),
    status: enumList(REVIEW_STATUSES, "Choose review statuses from the list"),
    stage: enumList(SALES_STAGES, "Choose sales stages from the list"),
    ownerId: z.string().trim().max(64).optional(),
    origin: z.enum(ORIGINS, { error: "Choose an origin from the list" }).optional(),
    q: z.string().trim().max(200, "Enter at most 200 characters").optional(),
    closeFrom: date,
    closeTo: date,
    actionRequired: bool,
    organizationId: z.string().trim().max(64).optional(),
    updatedSince: z.iso.datetime({ offset: true, error: "Enter an ISO 8601 timestamp" }).optional(),
  }),
);

type ParsedQuery = {
  page: number;
  pageSize: number;
  sort: { field: OpportunitySortField; desc: boolean };
  /** The actor's scope AND the filters, on `Opportunity` aliased `o`. */
  where: Prisma.Sql;
};

/** `%text%` for ILIKE, with the pattern characters of the text matched literally. */
const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * `$1::"Enum", $2::"Enum"` for `IN (…)`: a one-value list is planned as `=`, which keeps the
 * (organizationId, status|stage, updatedAt) indexes' order for the page (`= ANY(array)` would not).
 */
const enumValues = (values: readonly string[], type: "ReviewStatus" | "SalesStage") =>
  Prisma.join(values.map((v) => Prisma.sql`${v}::${Prisma.raw(`"${type}"`)}`));

/** Filters of the query as SQL conditions on `o` (without the actor's scope). */
function filterSql(q: OpportunityListQuery): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (q.status?.length) and.push(Prisma.sql`o."status" IN (${enumValues(q.status, "ReviewStatus")})`);
  if (q.actionRequired) and.push(Prisma.sql`o."status" = 'ACTION_REQUIRED'`);
  if (q.stage?.length) and.push(Prisma.sql`o."stage" IN (${enumValues(q.stage, "SalesStage")})`);
  if (q.ownerId) and.push(Prisma.sql`o."ownerId" = ${q.ownerId}`);
  if (q.origin) and.push(Prisma.sql`o."origin" = ${q.origin}::"OpportunityOrigin"`);
  if (q.organizationId) and.push(Prisma.sql`o."organizationId" = ${q.organizationId}`);
  if (q.closeFrom) and.push(Prisma.sql`o."targetCloseDate" >= ${q.closeFrom}::date`);
  if (q.closeTo) and.push(Prisma.sql`o."targetCloseDate" <= ${q.closeTo}::date`);
  if (q.updatedSince) and.push(Prisma.sql`o."updatedAt" >= ${new Date(q.updatedSince).toISOString()}::timestamptz AT TIME ZONE 'UTC'`);
  const text = q.q?.trim();
  if (text) {
    const pattern = containsPattern(text);
    const number = parseReference(text);
    and.push(
      number === undefined
        ? Prisma.sql`(o."customerName" ILIKE ${pattern} OR o."title" ILIKE ${pattern})`
        : Prisma.sql`(o."customerName" ILIKE ${pattern} OR o."title" ILIKE ${pattern} OR o."number" = ${number}::int)`,
    );
  }
  return and;
}

/** The actor's scope AND the query's filters, as one SQL condition on `o`. */
export function listWhereSql(actor: Actor, q: OpportunityListQuery): Prisma.Sql {
  return Prisma.join([opportunityScopeSql(actor, "o"), ...filterSql(q)], " AND ");
}

export function parseListQuery(actor: Actor, query: unknown): ParsedQuery {
  const q = parseInput(OpportunityListQuerySchema, query ?? {}) as OpportunityListQuery;
  const sortText = q.sort ?? DEFAULT_SORT;
  const desc = sortText.startsWith("-");
  const field = sortText.replace(/^-/, "") as OpportunitySortField;
  return {
    page: q.page ?? 1,
    pageSize: q.pageSize ?? DEFAULT_PAGE_SIZE,
    sort: { field, desc },
    where: listWhereSql(actor, q),
  };
}

const SORT_COLUMNS: Record<OpportunitySortField, string> = {
  updatedAt: "updatedAt",
  targetCloseDate: "targetCloseDate",
  customerName: "customerName",
  title: "title",
  stage: "stage",
  status: "status",
  expectedMonthlyRevenue: "expectedMonthlyRevenueMinor",
  submittedAt: "submittedAt",
  number: "number",
};

/**
 * ORDER BY the chosen column, then `tieBreak` (the reference for the web list, the id for
 * keyset pages) for stable pages. Empty values sort as PostgreSQL's default (as the
 * largest: last ascending, first descending), which lets the (organizationId, …) indexes
 * serve both directions. Built only from the whitelisted column names above.
 */
export function orderBySql(sort: ParsedQuery["sort"], alias = "o", tieBreak: "number" | "id" = "number"): Prisma.Sql {
  const dir = sort.desc ? "DESC" : "ASC";
  const column = SORT_COLUMNS[sort.field];
  const first = `"${alias}"."${column}" ${dir}`;
  return Prisma.raw(column === tieBreak ? first : `${first}, "${alias}"."${tieBreak}" ${dir}`);
}

/**
 * The columns of a list row; `o` = Opportunity, `u` = its owner, `g` = its organisation.
 * Every sort column is selected under its own name and type: the outer ORDER BY of
 * `listStatement` sorts the page again by them.
 */
const LIST_COLUMNS = Prisma.sql`o."id", o."number", o."organizationId", g."name" AS "organizationName", o."customerName", o."title",
  o."status", o."stage", o."origin", o."ownerId", u."name" AS "ownerName",
  o."targetCloseDate", o."expectedMonthlyRevenueMinor", o."currency",
  o."latestNextStep", o."submittedAt", o."updatedAt"`;
const LIST_FROM = Prisma.sql`"Opportunity" o JOIN "User" u ON u."id" = o."ownerId" JOIN "Organization" g ON g."id" = o."organizationId"`;

type ListRow = {
  id: string;
  number: number;
  organizationId: string;
  organizationName: string;
  customerName: string;
  title: string;
  status: string;
  stage: string;
  origin: string;
  ownerId: string;
  ownerName: string;
  targetCloseDate: Date | string | null;
  expectedMonthlyRevenueMinor: bigint | number | null;
  currency: string | null;
  latestNextStep: string | null;
  submittedAt: Date | string | null;
  updatedAt: Date | string;
};

const isoOf = (value: Date | string): string => (value instanceof Date ? value : new Date(value)).toISOString();

const toListItem = (row: ListRow): OpportunityListItem => ({
  id: row.id,
  reference: reference(row.number),
  organization: { id: row.organizationId, name: row.organizationName },
  customerName: row.customerName,
  title: row.title,
  status: row.status as ReviewStatus,
  stage: row.stage as SalesStage,
  origin: row.origin as Origin,
  owner: { id: row.ownerId, name: row.ownerName },
  targetCloseDate: row.targetCloseDate === null ? null : isoOf(row.targetCloseDate).slice(0, 10),
  expectedMonthlyRevenue: toMoney(row.expectedMonthlyRevenueMinor === null ? null : BigInt(row.expectedMonthlyRevenueMinor), row.currency),
  latestNextStep: row.latestNextStep,
  submittedAt: row.submittedAt === null ? null : isoOf(row.submittedAt),
  updatedAt: isoOf(row.updatedAt),
});

/**
 * One page of the opportunities the actor sees, and how many there are, in ONE statement:
 * the count (index-only scans on the (organizationId, …) indexes) left-joined with the
 * page, so an empty page still carries the total. Query values may be strings (see
 * OpportunityListQuerySchema); bad ones are a ValidationError at their key.
 * `actionRequired` = status ACTION_REQUIRED; `q` matches customer name and title
 * (case-insensitive, substring; pg_trgm indexes) and the reference (`O-123`).
 */
export async function listOpportunities(actor: Actor, query: OpportunityListQuery = {}): Promise<OpportunityList> {
  const parsed = parseListQuery(actor, query);
  const rows = await db().$queryRaw<(ListRow & { total: number })[]>(listStatement(parsed));
  const total = rows[0]?.total ?? 0;
  return { rows: rows.filter((r) => r.id !== null).map(toListItem), total, page: parsed.page, pageSize: parsed.pageSize };
}

/** The one statement of `listOpportunities` (exported for bench/opportunities.ts, which runs it on a plain pg pool too). */
export function listStatement({ page, pageSize, sort, where }: ParsedQuery): Prisma.Sql {
  return Prisma.sql`
    SELECT c."total", p.*
      FROM (SELECT count(*)::int AS "total" FROM "Opportunity" o WHERE ${where}) c
      LEFT JOIN (
        SELECT ${LIST_COLUMNS} FROM ${LIST_FROM}
         WHERE ${where}
         ORDER BY ${orderBySql(sort)}
         LIMIT ${pageSize}::int OFFSET ${(page - 1) * pageSize}::int
      ) p ON TRUE
     ORDER BY ${orderBySql(sort, "p")}`;
}

/**
 * Keyset pages of the list (the REST API): the rows strictly after `after` in the
 * (sort column, id) order, at most `take`, in one statement. The position is a row-value
 * comparison, so the (organizationId, column) indexes can start there.
 */
export async function listOpportunitiesAfter(
  actor: Actor,
  filters: Omit<OpportunityListQuery, "page" | "pageSize" | "sort">,
  sort: { field: OpportunityKeysetSort; desc: boolean },
  after: OpportunityKeysetPosition | undefined,
  take: number,
): Promise<OpportunityKeysetRow[]> {
  const { where } = parseListQuery(actor, filters);
  const column = Prisma.raw(`o."${SORT_COLUMNS[sort.field]}"`);
  let position = Prisma.empty;
  if (after) {
    const value =
      sort.field === "updatedAt"
        ? Prisma.sql`(${new Date(String(after.value)).toISOString()}::timestamptz AT TIME ZONE 'UTC')`
        : sort.field === "number"
          ? Prisma.sql`${Number(after.value)}::int`
          : Prisma.sql`${String(after.value)}::text`;
    position = sort.desc
      ? Prisma.sql`AND (${column}, o."id") < (${value}, ${after.id}::text)`
      : Prisma.sql`AND (${column}, o."id") > (${value}, ${after.id}::text)`;
  }
  const rows = await db().$queryRaw<ListRow[]>`
    SELECT ${LIST_COLUMNS} FROM ${LIST_FROM}
     WHERE ${where} ${position}
     ORDER BY ${orderBySql(sort, "o", "id")}
     LIMIT ${take}::int`;
  return rows.map((r) => ({ ...toListItem(r), number: r.number }));
}

/**
 * Counts and expected monthly revenue per sales stage (revenue per currency, never
 * converted) of the opportunities the list query selects; paging and sort are ignored.
 * One grouped statement (stage × currency). Every stage is listed, in stage order.
 */
export async function pipelineTotals(actor: Actor, query: OpportunityListQuery = {}): Promise<PipelineTotals> {
  const { where } = parseListQuery(actor, query);
  const groups = await db().$queryRaw<{ stage: string; currency: string | null; count: number; revenue: string | null }[]>`
    SELECT o."stage"::text AS "stage", o."currency", count(*)::int AS "count", sum(o."expectedMonthlyRevenueMinor")::text AS "revenue"
      FROM "Opportunity" o
     WHERE ${where}
     GROUP BY o."stage", o."currency"`;
  const byStage = SALES_STAGES.map((stage) => {
    const mine = groups.filter((g) => g.stage === stage);
    return {
      stage,
      count: mine.reduce((n, g) => n + g.count, 0),
      revenue: mine
        .filter((g) => g.currency !== null)
        .map((g) => ({ amountMinor: Number(g.revenue ?? 0), currency: g.currency! }))
        .sort((a, b) => a.currency.localeCompare(b.currency)),
    };
  });
  return { count: byStage.reduce((n, s) => n + s.count, 0), byStage };
}

/**
 * The partner organisations that have submitted (non-draft) opportunities the actor sees,
 * by name: the validator queue's partner filter. One statement; each organisation is probed
 * with `EXISTS` (the semi-join form of DISTINCT, which stops at its first matching row).
 */
export async function submittedPartnerOrganizations(actor: Actor): Promise<{ id: string; name: string }[]> {
  return db().$queryRaw<{ id: string; name: string }[]>`
    SELECT org."id", org."name"
      FROM "Organization" org
     WHERE org."kind" = 'PARTNER'
       AND EXISTS (SELECT 1 FROM "Opportunity" o
                    WHERE o."organizationId" = org."id" AND o."status" <> 'DRAFT' AND ${opportunityScopeSql(actor, "o")})
     ORDER BY org."name", org."id"`;
}
