/**
 * The opportunity list's URL contract, shared by the list page, the review queue and the CSV
 * export route (so "Export all matching" exports exactly what the list shows). Pure and
 * server-safe.
 *
 *   ?q=text &status=ACTION_REQUIRED &stage=QUALIFIED &owner=<userId> &origin=BULK_IMPORT
 *   &closeFrom=YYYY-MM-DD &closeTo=YYYY-MM-DD &org=<organisationId> &sort=-updatedAt &page=2 &pageSize=50
 */
import { ORIGINS, REVIEW_STATUSES, SALES_STAGES, isIsoDate, type Origin, type ReviewStatus, type SalesStage } from "@/lib/domain/opportunity";
import { firstParam, parseTableParams, type SearchParamsInput, type TableParams } from "@/components/data-table/url";

/** The services' sort fields (OPPORTUNITY_SORTS of the contract). */
export const LIST_SORTS = [
  "updatedAt",
  "targetCloseDate",
  "customerName",
  "title",
  "stage",
  "status",
  "expectedMonthlyRevenue",
  "submittedAt",
  "number",
] as const;
export type ListSort = (typeof LIST_SORTS)[number];

/** The filter params (cleared together by "Reset filters"). */
export const FILTER_PARAMS = ["q", "status", "stage", "owner", "origin", "closeFrom", "closeTo", "org"] as const;

/** Structurally the services' `OpportunityListQuery`. */
export type ListQuery = {
  page?: number;
  pageSize?: number;
  sort?: string;
  status?: ReviewStatus[];
  stage?: SalesStage[];
  ownerId?: string;
  origin?: Origin;
  q?: string;
  closeFrom?: string;
  closeTo?: string;
  organizationId?: string;
};

function allParams(searchParams: SearchParamsInput, key: string): string[] {
  if (searchParams instanceof URLSearchParams) return searchParams.getAll(key);
  const raw = searchParams[key];
  return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
}

function pick<T extends string>(values: readonly T[], raw: string[]): T[] {
  const picked = raw.flatMap((v) => v.split(",")).filter((v): v is T => (values as readonly string[]).includes(v));
  return [...new Set(picked)];
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const idParam = (value: string | undefined) => (value && ID.test(value) ? value : undefined);
const dateParam = (value: string | undefined) => (value && isIsoDate(value) ? value : undefined);

/** The filters of the URL, validated (anything unknown is ignored). */
export function parseListFilters(searchParams: SearchParamsInput): Omit<ListQuery, "page" | "pageSize" | "sort"> {
  const status = pick(REVIEW_STATUSES, allParams(searchParams, "status"));
  const stage = pick(SALES_STAGES, allParams(searchParams, "stage"));
  const origin = pick(ORIGINS, allParams(searchParams, "origin"))[0];
  const q = firstParam(searchParams, "q")?.trim().slice(0, 200);
  return {
    ...(status.length ? { status } : {}),
    ...(stage.length ? { stage } : {}),
    ...(origin ? { origin } : {}),
    ...(q ? { q } : {}),
    ...(idParam(firstParam(searchParams, "owner")) ? { ownerId: idParam(firstParam(searchParams, "owner")) } : {}),
    ...(idParam(firstParam(searchParams, "org")) ? { organizationId: idParam(firstParam(searchParams, "org")) } : {}),
    ...(dateParam(firstParam(searchParams, "closeFrom")) ? { closeFrom: dateParam(firstParam(searchParams, "closeFrom")) } : {}),
    ...(dateParam(firstParam(searchParams, "closeTo")) ? { closeTo: dateParam(firstParam(searchParams, "closeTo")) } : {}),
  };
}

export type ParsedListQuery = { query: ListQuery; table: TableParams<ListSort>; filtered: boolean };

/** Filters + paging + sorting of the URL. */
export function parseListQuery(
  searchParams: SearchParamsInput,
  options: { defaultSort?: `${ListSort}` | `-${ListSort}` } = {},
): ParsedListQuery {
  const table = parseTableParams<ListSort>(searchParams, { sortable: LIST_SORTS, defaultSort: options.defaultSort ?? "-updatedAt" });
  const filters = parseListFilters(searchParams);
  return {
    query: { ...filters, page: table.page, pageSize: table.pageSize, sort: table.sortParam },
    table,
    filtered: Object.keys(filters).length > 0,
  };
}

/** The export route's query string for the current filters (paging dropped). */
export function exportHref(searchParams: SearchParamsInput): string {
  const out = new URLSearchParams();
  for (const key of [...FILTER_PARAMS, "sort"]) for (const value of allParams(searchParams, key)) out.append(key, value);
  const query = out.toString();
  return query ? `/opportunities/export?${query}` : "/opportunities/export";
}

/** The export route's URL for selected rows. */
export function exportSelectedHref(ids: readonly string[]): string {
  const out = new URLSearchParams();
  for (const id of ids) out.append("id", id);
  return `/opportunities/export?${out.toString()}`;
}
