/**
 * A co-sell help request to the provider (domain.md §4.1, §4.4): a provider seller has
 * 14 days to join or decline; without an answer the request lapses and the deal stays
 * partner-led (`effectiveDealType`).
 *
 *   (none) / DECLINED / LAPSED --REQUEST--> REQUESTED --JOIN--> JOINED
 *                                           REQUESTED --DECLINE--> DECLINED
 *                                           REQUESTED --LAPSE (sweep, after 14 days)--> LAPSED
 *
 * A partner may ask again after a decline or a lapse (a new request, a new 14-day clock:
 * "the provider may be invited later", §4.1). The clock is 14 calendar days = 14 × 24 h.
 */
import { allowedEventsOf, runTransition, type TransitionResult, type TransitionTable } from "./lifecycle";
import { effectiveDealStatus } from "./deal-lifecycle";
import { isVisibleToProvider } from "./deal-type";
import { CO_SELL_DECISION_DAYS, isTerminalDealStatus, type CoSellRequestState, type DealStatus, type DealType } from "./picklists";

const MS_PER_DAY = 86_400_000;

export type CoSellRequestEvent = { type: "REQUEST" } | { type: "JOIN" } | { type: "DECLINE" } | { type: "LAPSE" };
export type CoSellRequestEventType = CoSellRequestEvent["type"];

/** Until when the provider seller can answer: `requestedAt` + 14 days. */
export function coSellDecisionDeadline(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + CO_SELL_DECISION_DAYS * MS_PER_DAY);
}

/** True when a request is still REQUESTED at or after its deadline. */
export function isCoSellRequestOverdue(state: CoSellRequestState | null, requestedAt: Date | null, now: Date): boolean {
  return state === "REQUESTED" && requestedAt !== null && now.getTime() >= coSellDecisionDeadline(requestedAt).getTime();
}

/** Read-time enforcement (§6): an unanswered request past its deadline is LAPSED. */
export function effectiveCoSellRequestState(
  state: CoSellRequestState | null,
  requestedAt: Date | null,
  now: Date,
): CoSellRequestState | null {
  return isCoSellRequestOverdue(state, requestedAt, now) ? "LAPSED" : state;
}

/**
 * The request's state as a deal shows it (§4.3 "terminal: nothing can change"). Decision: a
 * request still pending when its deal closed is frozen at that moment. It shows LAPSED only
 * when its 14 days were over before the deal closed (`closedAt`; for an inbound deal that
 * expired unswept, `expiresAt`); otherwise it stays REQUESTED, as stored. The sweep never
 * touches a closed deal, and nobody can answer a request on one (not in the seller's queue).
 */
export function dealCoSellRequestState(
  deal: {
    status: DealStatus;
    expiresAt?: Date | null;
    closedAt?: Date | null;
    coSellRequestState: CoSellRequestState | null;
    coSellRequestedAt: Date | null;
  },
  now: Date,
): CoSellRequestState | null {
  let at = now;
  if (isTerminalDealStatus(effectiveDealStatus(deal, now))) {
    const closed = deal.closedAt ?? deal.expiresAt ?? now;
    if (closed.getTime() < now.getTime()) at = closed;
  }
  return effectiveCoSellRequestState(deal.coSellRequestState, deal.coSellRequestedAt, at);
}

/** A partner may (re-)request co-sell help when no request is pending or joined. */
export function canRequestCoSell(effectiveState: CoSellRequestState | null): boolean {
  return effectiveState === null || effectiveState === "DECLINED" || effectiveState === "LAPSED";
}

type Subject = Record<string, never>;

export const CO_SELL_REQUEST_TRANSITIONS: TransitionTable<CoSellRequestState, CoSellRequestEvent, Subject> = [
  { event: "REQUEST", from: [null, "DECLINED", "LAPSED"], to: "REQUESTED", by: ["PARTNER"] },
  { event: "JOIN", from: ["REQUESTED"], to: "JOINED", by: ["PROVIDER"] },
  { event: "DECLINE", from: ["REQUESTED"], to: "DECLINED", by: ["PROVIDER"] },
  {
    event: "LAPSE",
    from: ["REQUESTED"],
    to: "LAPSED",
    by: ["SYSTEM"],
    matchStoredStatus: true,
    guard: ({ status }) => (status === "LAPSED" ? null : "The provider seller still has time to decide"),
    available: ({ status }) => status === "LAPSED",
  },
];

const options = {
  isTerminal: (s: CoSellRequestState) => s !== "REQUESTED",
  noun: "co-sell request",
  expiredMessage: "The co-sell request has lapsed: the 14 days to decide are over",
};

/** Decide an event on a co-sell request (`state` null = none yet). */
export function coSellRequestTransition(
  state: CoSellRequestState | null,
  event: CoSellRequestEvent,
  ctx: { now: Date; requestedAt: Date | null },
): TransitionResult<CoSellRequestState> {
  const status = effectiveCoSellRequestState(state, ctx.requestedAt, ctx.now);
  return runTransition(CO_SELL_REQUEST_TRANSITIONS, { status, storedStatus: state, event, subject: {}, now: ctx.now }, options);
}

export function allowedCoSellRequestEvents(
  state: CoSellRequestState | null,
  ctx: { now: Date; requestedAt: Date | null },
): CoSellRequestEventType[] {
  const status = effectiveCoSellRequestState(state, ctx.requestedAt, ctx.now);
  return allowedEventsOf(CO_SELL_REQUEST_TRANSITIONS, { status, storedStatus: state, subject: {}, now: ctx.now });
}

/**
 * Whether the provider seller may mark the deal won on the provider side (§4.4). Decision:
 * allowed on any deal visible to the provider that is open or already WON (the
 * provider-side flag is the provider's own record and is what §4.6 reads for CO_SELL
 * registration), not after LOST/DECLINED/EXPIRED/ERROR, and only once.
 */
export function canProviderMarkWon(deal: {
  dealType: DealType;
  status: DealStatus;
  providerMarkedWon: boolean;
  visibleToProvider?: boolean;
}): boolean {
  if (deal.providerMarkedWon) return false;
  if (!isVisibleToProvider(deal.dealType, { visibleToProvider: deal.visibleToProvider })) return false;
  return !["RECEIVED", "LOST", "DECLINED", "EXPIRED", "ERROR"].includes(deal.status);
}
