/**
 * Pure URL helpers shared by the client DataTable and the server page that reads the same
 * parameters. No React, no Next: safe to import from server components.
 *
 * URL contract: `?sort=field` (ascending) or `?sort=-field` (descending), `?page=N` (1-based,
 * omitted for page 1), `?pageSize=N`, plus any filter params.
 */

export const SORT_PARAM = "sort";
export const PAGE_PARAM = "page";
export const PAGE_SIZE_PARAM = "pageSize";

export const DEFAULT_PAGE_SIZES = [10, 25, 50, 100] as const;

export type SortState<F extends string = string> = { field: F; desc: boolean };

/** "-createdAt" → { field: "createdAt", desc: true }; empty/invalid → null. */
export function parseSort(value: string | null | undefined): SortState | null {
  if (!value) return null;
  const desc = value.startsWith("-");
  const field = desc ? value.slice(1) : value;
  if (!/^[A-Za-z_][\w.]*$/.test(field)) return null;
  return { field, desc };
}

export function serializeSort(sort: SortState | null | undefined): string | null {
  return sort ? `${sort.desc ? "-" : ""}${sort.field}` : null;
}

/**
 * The sort after clicking a column header: unsorted → first direction (ascending, or
 * descending when `descFirst`) → the other direction → unsorted (the server's default order).
 */
export function nextSort(current: SortState | null, field: string, descFirst = false): SortState | null {
  if (!current || current.field !== field) return { field, desc: descFirst };
  if (current.desc === descFirst) return { field, desc: !descFirst };
  return null;
}

export type ParamValue = string | number | boolean | null | undefined | readonly string[];
export type ParamUpdates = Readonly<Record<string, ParamValue>>;

/**
 * Applies updates to a query string and returns the new one (no leading "?").
 * null/undefined/""/false/[] delete the key; arrays set repeated keys; other keys are kept.
 */
export function applyParamUpdates(search: string | URLSearchParams, updates: ParamUpdates): string {
  const params = new URLSearchParams(typeof search === "string" ? search.replace(/^\?/, "") : search);
  for (const [key, value] of Object.entries(updates)) {
    params.delete(key);
    if (value === null || value === undefined || value === false || value === "") continue;
    if (Array.isArray(value)) {
      for (const v of value as readonly string[]) if (v !== "") params.append(key, v);
    } else {
      params.set(key, String(value));
    }
  }
  return params.toString();
}

/** Next 15+ page `searchParams` (after `await`) or a URLSearchParams. */
export type SearchParamsInput = URLSearchParams | Readonly<Record<string, string | string[] | undefined>>;

/** First value of a search param, or undefined. */
export function firstParam(searchParams: SearchParamsInput, key: string): string | undefined {
  if (searchParams instanceof URLSearchParams) return searchParams.get(key) ?? undefined;
  const raw = searchParams[key];
  return Array.isArray(raw) ? raw[0] : raw;
}

export type TableParamsOptions<F extends string> = {
  /** Fields the server can order by; anything else in `?sort=` is ignored. */
  sortable: readonly F[];
  /** Used when `?sort=` is absent or not allowed, e.g. "-updatedAt". */
  /** `NoInfer`: only `sortable` determines F, so "-updatedAt" is not taken as a field name. */
  defaultSort?: NoInfer<F> | `-${NoInfer<F>}`;
  /** Allowed page sizes; default 10/25/50/100. */
  pageSizes?: readonly number[];
  /** Default 25 (must be in `pageSizes`). */
  defaultPageSize?: number;
};

export type TableParams<F extends string> = {
  page: number;
  pageSize: number;
  /** Validated sort, or the default, or null. */
  sort: SortState<F> | null;
  /** The value to pass as the DataTable's `sort` prop. */
  sortParam: string | undefined;
  /** For the query: `skip`/`take` (Prisma) or offset/limit. */
  skip: number;
  take: number;
};

/**
 * Server-side parsing of the DataTable's URL state, with whitelisting:
 *
 *   const sp = await searchParams;
 *   const t = parseTableParams(sp, { sortable: ["name", "createdAt"], defaultSort: "-createdAt" });
 *   const rows = await db.x.findMany({ orderBy: t.sort ? { [t.sort.field]: t.sort.desc ? "desc" : "asc" } : undefined, skip: t.skip, take: t.take });
 *   <XTable rows={rows} total={total} page={t.page} pageSize={t.pageSize} sort={t.sortParam} />
 *
 * If `page` exceeds the last page the query returns no rows; clamp with the total if desired.
 */
export function parseTableParams<F extends string>(searchParams: SearchParamsInput, options: TableParamsOptions<F>): TableParams<F> {
  const pageSizes = options.pageSizes ?? DEFAULT_PAGE_SIZES;
  const defaultPageSize = options.defaultPageSize ?? (pageSizes.includes(25) ? 25 : (pageSizes[0] ?? 25));

  const rawPage = Number(firstParam(searchParams, PAGE_PARAM));
  const page = Number.isSafeInteger(rawPage) && rawPage >= 1 ? rawPage : 1;

  const rawSize = Number(firstParam(searchParams, PAGE_SIZE_PARAM));
  const pageSize = pageSizes.includes(rawSize) ? rawSize : defaultPageSize;

  const allowed = (s: SortState | null): s is SortState<F> => s !== null && (options.sortable as readonly string[]).includes(s.field);
  const requested = parseSort(firstParam(searchParams, SORT_PARAM));
  const fallback = parseSort(options.defaultSort);
  const sort = allowed(requested) ? requested : allowed(fallback) ? fallback : null;

  return {
    page,
    pageSize,
    sort,
    sortParam: serializeSort(sort) ?? undefined,
    skip: (page - 1) * pageSize,
    take: pageSize,
  };
}
