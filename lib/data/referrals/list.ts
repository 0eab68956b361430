/**
 * The deal list (domain.md §4.1, api.md `GET /referrals`): Inbound / Outbound / Favourites
 * tabs, the closed view, filters, free text, paging and sorting — all in SQL, inside the
 * actor's `dealScope`. Statuses are effective: an unanswered inbound deal past its deadline
 * is EXPIRED (and closed) whether or not the sweep has stored it yet.
 */
import { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { dealScope } from "@/lib/authz/scope";
import { safeParseMoney } from "@/lib/domain/money";
import {
  DEAL_DIRECTIONS,
  DEAL_STATUSES,
  DEAL_TYPES,
  TERMINAL_DEAL_STATUSES,
  isTerminalDealStatus,
  stagePercent,
  dealCoSellRequestState,
  type DealStatus,
} from "@/lib/domain/referral";
import { ValidationError, type FieldError } from "@/lib/errors";
import { parseInput } from "../validate";
import { DEAL_SORTS, type DealList, type DealListItem, type DealListQuery } from "./contract";
import { effectiveStatus, fromDbDate, iso, money, parseReference, reference, toDbDate } from "./shared";

const DATE = z.iso.date({ error: "Enter a date as YYYY-MM-DD" });

export const DealListQuerySchema = z.strictObject({
  page: z.number().int().min(1).max(1_000_000).optional(),
  pageSize: z.number().int().min(1).max(200).optional(),
  sort: z.string().max(40).optional(),
  direction: z.enum(DEAL_DIRECTIONS).optional(),
  favorite: z.boolean().optional(),
  closed: z.boolean().optional(),
  status: z.array(z.enum(DEAL_STATUSES)).max(DEAL_STATUSES.length).optional(),
  dealType: z.array(z.enum(DEAL_TYPES)).max(DEAL_TYPES.length).optional(),
  location: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Choose a location").optional(),
  currency: z.string().trim().toUpperCase().optional(),
  valueMin: z.string().trim().max(30).optional(),
  valueMax: z.string().trim().max(30).optional(),
  closeFrom: DATE.optional(),
  closeTo: DATE.optional(),
  q: z.string().trim().max(200).optional(),
});

/** Overdue = still stored RECEIVED but past its deadline: counts as EXPIRED. */
const overdue = (now: Date): Prisma.DealWhereInput => ({ status: "RECEIVED", expiresAt: { lte: now } });

function statusCondition(status: DealStatus, now: Date): Prisma.DealWhereInput {
  if (status === "RECEIVED") return { status: "RECEIVED", OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
  if (status === "EXPIRED") return { OR: [{ status: "EXPIRED" }, overdue(now)] };
  return { status };
}

export function closedCondition(closed: boolean, now: Date): Prisma.DealWhereInput {
  const terminal: Prisma.DealWhereInput = { OR: [{ status: { in: [...TERMINAL_DEAL_STATUSES] } }, overdue(now)] };
  return closed ? terminal : { NOT: terminal };
}

function moneyBound(value: string, currency: string | undefined, path: string, errors: FieldError[]): bigint | undefined {
  if (!currency) {
    errors.push({ path: "currency", message: "Choose the currency of the value range" });
    return undefined;
  }
  const parsed = safeParseMoney({ amount: value, currency }, { nonNegative: true });
  if (!parsed.ok) {
    for (const issue of parsed.issues) errors.push({ path: issue.path === "amount" ? path : "currency", message: issue.message });
    return undefined;
  }
  return BigInt(parsed.value.amountMinor);
}

const ORDER: Record<(typeof DEAL_SORTS)[number], (dir: Prisma.SortOrder) => Prisma.DealOrderByWithRelationInput> = {
  updatedAt: (dir) => ({ updatedAt: dir }),
  createdAt: (dir) => ({ createdAt: dir }),
  name: (dir) => ({ name: dir }),
  customerName: (dir) => ({ customerName: dir }),
  estimatedCloseDate: (dir) => ({ estimatedCloseDate: dir }),
  estimatedValue: (dir) => ({ estimatedValueMinor: dir }),
  status: (dir) => ({ status: dir }),
  number: (dir) => ({ number: dir }),
};

export function dealListWhere(actor: Actor, q: z.output<typeof DealListQuerySchema>, now: Date): Prisma.DealWhereInput {
  const errors: FieldError[] = [];
  const and: Prisma.DealWhereInput[] = [dealScope(actor)];
  if (q.direction) and.push({ direction: q.direction });
  if (q.favorite) and.push({ favorites: { some: { userId: actor.userId } } });
  if (q.closed !== undefined) and.push(closedCondition(q.closed, now));
  if (q.status?.length) and.push({ OR: q.status.map((s) => statusCondition(s, now)) });
  if (q.dealType?.length) and.push({ dealType: { in: q.dealType } });
  if (q.location) and.push({ location: q.location });
  const min = q.valueMin ? moneyBound(q.valueMin, q.currency, "valueMin", errors) : undefined;
  const max = q.valueMax ? moneyBound(q.valueMax, q.currency, "valueMax", errors) : undefined;
  if (q.currency && (min !== undefined || max !== undefined)) {
    and.push({
      currency: q.currency,
      estimatedValueMinor: { ...(min !== undefined ? { gte: min } : {}), ...(max !== undefined ? { lte: max } : {}) },
    });
  }
  if (q.closeFrom || q.closeTo) {
    and.push({
      estimatedCloseDate: { ...(q.closeFrom ? { gte: toDbDate(q.closeFrom) } : {}), ...(q.closeTo ? { lte: toDbDate(q.closeTo) } : {}) },
    });
  }
  if (q.q) {
    const number = parseReference(q.q);
    and.push({
      OR: [
        { name: { contains: q.q, mode: "insensitive" } },
        { customerName: { contains: q.q, mode: "insensitive" } },
        { crmId: { contains: q.q, mode: "insensitive" } },
        ...(number ? [{ number }] : []),
      ],
    });
  }
  if (errors.length) throw new ValidationError(errors);
  return { AND: and };
}

function listSelect(actor: Actor) {
  return {
    id: true,
    number: true,
    name: true,
    direction: true,
    dealType: true,
    program: true,
    status: true,
    customerName: true,
    customerCountryCode: true,
    location: true,
    estimatedValueMinor: true,
    currency: true,
    estimatedCloseDate: true,
    expiresAt: true,
    closedAt: true,
    coSellRequestState: true,
    coSellRequestedAt: true,
    createdAt: true,
    updatedAt: true,
    organization: { select: { id: true, name: true } },
    senderOrganization: { select: { id: true, name: true } },
    favorites: { where: { userId: actor.userId }, select: { id: true } },
  } satisfies Prisma.DealSelect;
}
type ListRow = Prisma.DealGetPayload<{ select: ReturnType<typeof listSelect> }>;

function toListItem(r: ListRow, now: Date): DealListItem {
  const status = effectiveStatus(r, now);
  return {
    id: r.id,
    reference: reference(r.number),
    name: r.name,
    direction: r.direction,
    dealType: r.dealType,
    program: r.program,
    status,
    percent: stagePercent(status),
    closed: isTerminalDealStatus(status),
    customerName: r.customerName,
    customerCountryCode: r.customerCountryCode,
    location: r.location,
    estimatedValue: money(r.estimatedValueMinor, r.currency),
    estimatedCloseDate: fromDbDate(r.estimatedCloseDate),
    organization: r.organization,
    sender: r.direction === "INBOUND" ? { organizationId: r.senderOrganization?.id ?? null, organizationName: r.senderOrganization?.name ?? null } : null,
    expiresAt: iso(r.expiresAt),
    coSellRequestState: dealCoSellRequestState(r, now),
    favorite: r.favorites.length > 0,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function listDeals(actor: Actor, query: DealListQuery = {}): Promise<DealList> {
  const q = parseInput(DealListQuerySchema, query);
  const now = new Date();
  const where = dealListWhere(actor, q, now);
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 25;
  const sortRaw = q.sort ?? "-updatedAt";
  const desc = sortRaw.startsWith("-");
  const field = (desc ? sortRaw.slice(1) : sortRaw) as (typeof DEAL_SORTS)[number];
  if (!(DEAL_SORTS as readonly string[]).includes(field)) {
    throw new ValidationError([{ path: "sort", message: `Sort by one of: ${DEAL_SORTS.join(", ")} (prefix - for descending)` }]);
  }
  const orderBy = [ORDER[field](desc ? "desc" : "asc"), { number: "desc" as const }];
  const [rows, total] = await Promise.all([
    db().deal.findMany({ where, orderBy, skip: (page - 1) * pageSize, take: pageSize, select: listSelect(actor) }),
    db().deal.count({ where }),
  ]);
  return { rows: rows.map((r) => toListItem(r, now)), total, page, pageSize };
}

/** Sorts of the keyset list (`GET /referrals`): columns whose value with the id orders every row. */
export const DEAL_KEYSET_SORTS = ["updatedAt", "createdAt", "number", "name", "estimatedCloseDate"] as const;
export type DealKeysetSort = (typeof DEAL_KEYSET_SORTS)[number];
export type DealKeysetRow = DealListItem & { number: number };

/**
 * One keyset page of the deal list (`GET /referrals`): the same filters, scope and rows as
 * `listDeals`, ordered by (sort column, id) and starting strictly after `after`, so rows
 * inserted meanwhile never repeat a row or push one out of the listing.
 */
export async function listDealsAfter(
  actor: Actor,
  filters: Omit<DealListQuery, "page" | "pageSize" | "sort">,
  sort: { field: DealKeysetSort; desc: boolean },
  after: { value: string | number | boolean | null; id: string } | undefined,
  take: number,
): Promise<DealKeysetRow[]> {
  const q = parseInput(DealListQuerySchema, filters);
  const now = new Date();
  const where = dealListWhere(actor, q, now);
  const dir = sort.desc ? "desc" : "asc";
  const op = sort.desc ? "lt" : "gt";
  let position: Prisma.DealWhereInput = {};
  if (after) {
    const value =
      sort.field === "updatedAt" || sort.field === "createdAt"
        ? new Date(String(after.value))
        : sort.field === "estimatedCloseDate"
          ? toDbDate(String(after.value))
          : after.value;
    position = { OR: [{ [sort.field]: { [op]: value } }, { [sort.field]: value, id: { [op]: after.id } }] };
  }
  const rows = await db().deal.findMany({
    where: { AND: [where, position] },
    orderBy: [{ [sort.field]: dir }, { id: dir }],
    take: Math.min(Math.max(1, take), 201),
    select: listSelect(actor),
  });
  return rows.map((r) => ({ ...toListItem(r, now), number: r.number }));
}
