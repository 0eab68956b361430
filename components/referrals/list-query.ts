/**
 * The deal list's URL contract (pure, server-safe):
 *
 *   ?tab=inbound|outbound|favorites|closed &q= &status= &dealType= &location=
 *   &currency= &valueMin= &valueMax= &closeFrom= &closeTo= &sort=-updatedAt &page= &pageSize=
 */
import { DEAL_STATUSES, DEAL_TYPES, TERMINAL_DEAL_STATUSES, isTerminalDealStatus, type DealDirection, type DealStatus, type DealType } from "@/lib/domain/referral";
import { firstParam, parseTableParams, type SearchParamsInput, type TableParams } from "@/components/data-table/url";

export const DEAL_TABS = ["inbound", "outbound", "favorites", "closed"] as const;
export type DealTab = (typeof DEAL_TABS)[number];

export const LIST_SORTS = ["updatedAt", "createdAt", "name", "customerName", "estimatedCloseDate", "estimatedValue", "status", "number"] as const;
export type ListSort = (typeof LIST_SORTS)[number];

export const FILTER_PARAMS = ["q", "status", "dealType", "location", "currency", "valueMin", "valueMax", "closeFrom", "closeTo"] as const;

/** Structurally the services' `DealListQuery`. */
export type ListQuery = {
  page?: number;
  pageSize?: number;
  sort?: string;
  direction?: DealDirection;
  favorite?: boolean;
  closed?: boolean;
  status?: DealStatus[];
  dealType?: DealType[];
  location?: string;
  currency?: string;
  valueMin?: string;
  valueMax?: string;
  closeFrom?: string;
  closeTo?: string;
  q?: string;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^\d{1,13}(\.\d{1,4})?$/;

/** What each tab shows: Inbound / Outbound list open deals, Favourites all, Closed the terminal ones. */
export function tabQuery(tab: DealTab): Pick<ListQuery, "direction" | "favorite" | "closed"> {
  switch (tab) {
    case "inbound":
      return { direction: "INBOUND", closed: false };
    case "outbound":
      return { direction: "OUTBOUND", closed: false };
    case "favorites":
      return { favorite: true };
    case "closed":
      return { closed: true };
  }
}

/**
 * The statuses a tab can show, for its status filter: Inbound the open ones an inbound deal
 * passes through (RECEIVED, ACCEPTED, the stages), Outbound those of an outbound deal
 * (CREATED, the stages), Closed the terminal ones, Favourites all.
 */
export function tabStatuses(tab: DealTab): readonly DealStatus[] {
  switch (tab) {
    case "inbound":
      return DEAL_STATUSES.filter((s) => !isTerminalDealStatus(s) && s !== "CREATED");
    case "outbound":
      return DEAL_STATUSES.filter((s) => !isTerminalDealStatus(s) && s !== "RECEIVED" && s !== "ACCEPTED");
    case "closed":
      return TERMINAL_DEAL_STATUSES;
    case "favorites":
      return DEAL_STATUSES;
  }
}

export function parseTab(sp: SearchParamsInput): DealTab {
  const tab = firstParam(sp, "tab");
  return (DEAL_TABS as readonly string[]).includes(tab ?? "") ? (tab as DealTab) : "inbound";
}

export function parseFilters(sp: SearchParamsInput): Omit<ListQuery, "page" | "pageSize" | "sort" | "direction" | "favorite" | "closed"> {
  const status = firstParam(sp, "status");
  const dealType = firstParam(sp, "dealType");
  const location = firstParam(sp, "location")?.toUpperCase();
  const currency = firstParam(sp, "currency")?.toUpperCase();
  const valueMin = firstParam(sp, "valueMin");
  const valueMax = firstParam(sp, "valueMax");
  const closeFrom = firstParam(sp, "closeFrom");
  const closeTo = firstParam(sp, "closeTo");
  const q = firstParam(sp, "q")?.trim().slice(0, 200);
  const hasRange = (valueMin && AMOUNT.test(valueMin)) || (valueMax && AMOUNT.test(valueMax));
  return {
    ...(status && (DEAL_STATUSES as readonly string[]).includes(status) ? { status: [status as DealStatus] } : {}),
    ...(dealType && (DEAL_TYPES as readonly string[]).includes(dealType) ? { dealType: [dealType as DealType] } : {}),
    ...(location && /^[A-Z]{2}$/.test(location) ? { location } : {}),
    ...(hasRange && currency && /^[A-Z]{3}$/.test(currency)
      ? {
          currency,
          ...(valueMin && AMOUNT.test(valueMin) ? { valueMin } : {}),
          ...(valueMax && AMOUNT.test(valueMax) ? { valueMax } : {}),
        }
      : {}),
    ...(closeFrom && DATE.test(closeFrom) ? { closeFrom } : {}),
    ...(closeTo && DATE.test(closeTo) ? { closeTo } : {}),
    ...(q ? { q } : {}),
  };
}

export function parseListQuery(sp: SearchParamsInput): { tab: DealTab; query: ListQuery; table: TableParams<ListSort>; filtered: boolean } {
  const tab = parseTab(sp);
  const table = parseTableParams(sp, { sortable: LIST_SORTS, defaultSort: "-updatedAt" });
  const { status, ...rest } = parseFilters(sp);
  // A status the tab cannot show (e.g. a closed one kept in the URL from the Closed tab) is dropped.
  const filters = status?.every((st) => tabStatuses(tab).includes(st)) ? { status, ...rest } : rest;
  return {
    tab,
    table,
    filtered: Object.keys(filters).length > 0,
    query: { ...tabQuery(tab), ...filters, page: table.page, pageSize: table.pageSize, sort: table.sortParam },
  };
}
