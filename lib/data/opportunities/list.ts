/**
 * The opportunity list and its totals: filtering, sorting and paging in SQL on the
 * denormalised columns (schema indexes lead with organizationId, then status / stage /
 * ownerId, then updatedAt). One page = exactly two Prisma queries, run in parallel: the
 * rows (narrow select; owner and organisation names as relation selects, which Prisma
 * fetches with one batched query each, whatever the page size) and the count.
 */
import { z } from "zod";
import { db, Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { ORIGINS, REVIEW_STATUSES, SALES_STAGES, isIsoDate, type Origin, type ReviewStatus, type SalesStage } from "@/lib/domain/opportunity";
import { opportunityScope } from "@/lib/authz/scope";
import { parseInput } from "../validate";
import { OPPORTUNITY_SORTS, type OpportunityList, type OpportunityListItem, type OpportunityListQuery, type OpportunitySortField, type PipelineTotals } from "./contract";
import { fromDbDate, iso, parseReference, reference, toDbDate, toMoney } from "./shared";

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
  where: Prisma.OpportunityWhereInput;
};

/** Filters of the query as a Prisma `where` (without the actor's scope). */
function filters(q: OpportunityListQuery): Prisma.OpportunityWhereInput[] {
  const and: Prisma.OpportunityWhereInput[] = [];
  if (q.status?.length) and.push({ status: { in: q.status as ReviewStatus[] } });
  if (q.actionRequired) and.push({ status: "ACTION_REQUIRED" });
  if (q.stage?.length) and.push({ stage: { in: q.stage as SalesStage[] } });
  if (q.ownerId) and.push({ ownerId: q.ownerId });
  if (q.origin) and.push({ origin: q.origin as Origin });
  if (q.organizationId) and.push({ organizationId: q.organizationId });
  if (q.closeFrom) and.push({ targetCloseDate: { gte: toDbDate(q.closeFrom)! } });
  if (q.closeTo) and.push({ targetCloseDate: { lte: toDbDate(q.closeTo)! } });
  if (q.updatedSince) and.push({ updatedAt: { gte: new Date(q.updatedSince) } });
  const text = q.q?.trim();
  if (text) {
    const number = parseReference(text);
    and.push({
      OR: [
        { customerName: { contains: text, mode: "insensitive" } },
        { title: { contains: text, mode: "insensitive" } },
        ...(number !== undefined ? [{ number }] : []),
      ],
    });
  }
  return and;
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
    where: { AND: [opportunityScope(actor), ...filters(q)] },
  };
}

const SORT_COLUMNS: Record<OpportunitySortField, keyof Prisma.OpportunityOrderByWithRelationInput> = {
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
 * ORDER BY the chosen column, then the reference (stable pages). Empty values sort as
 * PostgreSQL's default (as the largest: last ascending, first descending), which lets the
 * (organizationId, …) indexes serve both directions.
 */
export function orderBy(sort: ParsedQuery["sort"]): Prisma.OpportunityOrderByWithRelationInput[] {
  const direction = sort.desc ? "desc" : "asc";
  const first = { [SORT_COLUMNS[sort.field]]: direction };
  return sort.field === "number" ? [first] : [first, { number: direction }];
}

export const listSelect = {
  id: true,
  number: true,
  organization: { select: { id: true, name: true } },
  customerName: true,
  title: true,
  status: true,
  stage: true,
  origin: true,
  owner: { select: { id: true, name: true } },
  targetCloseDate: true,
  expectedMonthlyRevenueMinor: true,
  currency: true,
  latestNextStep: true,
  submittedAt: true,
  updatedAt: true,
} satisfies Prisma.OpportunitySelect;

type ListRow = Prisma.OpportunityGetPayload<{ select: typeof listSelect }>;

export const toListItem = (row: ListRow): OpportunityListItem => ({
  id: row.id,
  reference: reference(row.number),
  organization: row.organization,
  customerName: row.customerName,
  title: row.title,
  status: row.status as ReviewStatus,
  stage: row.stage as SalesStage,
  origin: row.origin as Origin,
  owner: row.owner,
  targetCloseDate: fromDbDate(row.targetCloseDate),
  expectedMonthlyRevenue: toMoney(row.expectedMonthlyRevenueMinor, row.currency),
  latestNextStep: row.latestNextStep,
  submittedAt: iso(row.submittedAt),
  updatedAt: row.updatedAt.toISOString(),
});

/**
 * One page of the opportunities the actor sees. Query values may be strings (see
 * OpportunityListQuerySchema); bad ones are a ValidationError at their key. `actionRequired`
 * = status ACTION_REQUIRED; `q` matches customer name and title (case-insensitive) and the
 * reference (`O-123`).
 */
export async function listOpportunities(actor: Actor, query: OpportunityListQuery = {}): Promise<OpportunityList> {
  const { page, pageSize, sort, where } = parseListQuery(actor, query);
  const [rows, total] = await Promise.all([
    db().opportunity.findMany({ where, select: listSelect, orderBy: orderBy(sort), skip: (page - 1) * pageSize, take: pageSize }),
    db().opportunity.count({ where }),
  ]);
  return { rows: rows.map(toListItem), total, page, pageSize };
}

/**
 * Counts and expected monthly revenue per sales stage (revenue per currency, never
 * converted) of the opportunities the list query selects; paging and sort are ignored.
 * One `groupBy` (stage × currency). Every stage is listed, in stage order.
 */
export async function pipelineTotals(actor: Actor, query: OpportunityListQuery = {}): Promise<PipelineTotals> {
  const { where } = parseListQuery(actor, query);
  const groups = await db().opportunity.groupBy({
    by: ["stage", "currency"],
    where,
    _count: { _all: true },
    _sum: { expectedMonthlyRevenueMinor: true },
  });
  const byStage = SALES_STAGES.map((stage) => {
    const mine = groups.filter((g) => g.stage === stage);
    return {
      stage,
      count: mine.reduce((n, g) => n + g._count._all, 0),
      revenue: mine
        .filter((g) => g.currency !== null)
        .map((g) => ({ amountMinor: Number(g._sum.expectedMonthlyRevenueMinor ?? 0n), currency: g.currency! }))
        .sort((a, b) => a.currency.localeCompare(b.currency)),
    };
  });
  return { count: byStage.reduce((n, s) => n + s.count, 0), byStage };
}
