/**
 * The provider seller on co-sell deals (domain.md §4.4): the queue of co-sell help requests,
 * joining or declining within 14 days (an overdue request has lapsed and cannot be answered),
 * and marking a deal won on the provider side.
 */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { dealScope } from "@/lib/authz/scope";
import {
  CO_SELL_DECISION_DAYS,
  ProviderDecisionSchema,
  canProviderMarkWon,
  coSellDecisionDeadline,
  coSellRequestTransition,
  isOpenDealStatus,
  TERMINAL_DEAL_STATUSES,
} from "@/lib/domain/referral";
import { ForbiddenError, InvalidTransitionError } from "@/lib/errors";
import { parseInput } from "../validate";
import type { CoSellRequestItem, DealDetail } from "./contract";
import { getDeal } from "./detail";
import { noticeCoSellAnswered } from "./notices";
import { effectiveStatus, fromDbDate, isProviderSeller, loadVisible, money, reference, writeDealChange } from "./shared";

const MS_PER_DAY = 86_400_000;

function assertSeller(actor: Actor) {
  if (!isProviderSeller(actor)) throw new ForbiddenError("Only a provider seller answers co-sell requests.");
}

/** `POST /referrals/{id}/provider-decision`: JOIN (the seller is added to the provider card) or DECLINE. */
export async function providerDecision(actor: Actor, id: string, input: unknown): Promise<DealDetail> {
  const { decision } = parseInput(ProviderDecisionSchema, input);
  const row = await loadVisible(actor, id);
  assertSeller(actor);
  const now = new Date();
  if (!isOpenDealStatus(effectiveStatus(row, now))) {
    throw new InvalidTransitionError(`The deal is ${effectiveStatus(row, now)}: its co-sell request can no longer be answered`);
  }
  const result = coSellRequestTransition(row.coSellRequestState, { type: decision }, { now, requestedAt: row.coSellRequestedAt });
  if (!result.ok) {
    throw new InvalidTransitionError(
      row.coSellRequestState === null ? "No co-sell help was requested on this deal" : result.message,
    );
  }
  const join = decision === "JOIN";
  await writeDealChange(actor, row, {
    // Still the request it was (not answered meanwhile) and still within its 14 days.
    where: { coSellRequestState: "REQUESTED", coSellRequestedAt: { gt: new Date(now.getTime() - CO_SELL_DECISION_DAYS * MS_PER_DAY) } },
    data: { coSellRequestState: result.to, coSellDecidedAt: now, ...(join ? { providerSellerId: actor.userId } : {}) },
    action: join ? "provider_joined" : "provider_declined",
    after: (tx) => noticeCoSellAnswered(tx, row, join, actor.name, actor.userId),
    changes: [
      { field: "coSellRequestState", from: "REQUESTED", to: result.to },
      ...(join ? [{ field: "providerSeller", from: null, to: actor.name }] : []),
    ],
  });
  return getDeal(actor, row.id);
}

/** The provider side's own "won" (§4.4), which §4.6 reads for co-sell registration. Once. */
export async function providerMarkWon(actor: Actor, id: string): Promise<DealDetail> {
  const row = await loadVisible(actor, id);
  assertSeller(actor);
  const now = new Date();
  const status = effectiveStatus(row, now);
  if (
    !canProviderMarkWon({
      dealType: row.dealType,
      status,
      providerMarkedWon: row.providerMarkedWonAt !== null,
      visibleToProvider: row.visibleToProvider,
    })
  ) {
    throw new InvalidTransitionError(
      row.providerMarkedWonAt ? "The provider already marked this deal won" : `A ${status} deal cannot be marked won by the provider`,
    );
  }
  await writeDealChange(actor, row, {
    where: { providerMarkedWonAt: null },
    data: { providerMarkedWonAt: now, providerMarkedWonById: actor.userId },
    action: "provider_marked_won",
    changes: [{ field: "providerMarkedWonAt", from: null, to: now.toISOString() }],
  });
  return getDeal(actor, row.id);
}

/**
 * The provider seller's queue: `pending` requests still within their 14 days on open deals
 * (oldest first, i.e. closest to lapsing), or the deals the seller `joined`.
 */
export async function coSellRequests(actor: Actor, opts: { view?: "pending" | "joined" } = {}): Promise<CoSellRequestItem[]> {
  assertSeller(actor);
  const now = new Date();
  const since = new Date(now.getTime() - CO_SELL_DECISION_DAYS * MS_PER_DAY);
  const rows = await db().deal.findMany({
    where: {
      AND: [
        dealScope(actor),
        // Open deals only: not waiting for acceptance, not closed.
        { status: { notIn: ["RECEIVED", ...TERMINAL_DEAL_STATUSES] } },
        opts.view === "joined"
          ? { coSellRequestState: "JOINED", providerSellerId: actor.userId }
          : { coSellRequestState: "REQUESTED", coSellRequestedAt: { gt: since } },
      ],
    },
    select: {
      id: true,
      number: true,
      name: true,
      customerName: true,
      location: true,
      estimatedValueMinor: true,
      currency: true,
      estimatedCloseDate: true,
      status: true,
      helpFromProvider: true,
      coSellRequestedAt: true,
      organization: { select: { id: true, name: true } },
    },
    orderBy: [{ coSellRequestedAt: "asc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map((r) => ({
    id: r.id,
    reference: reference(r.number),
    name: r.name,
    organization: r.organization,
    customerName: r.customerName,
    location: r.location,
    estimatedValue: money(r.estimatedValueMinor, r.currency),
    estimatedCloseDate: fromDbDate(r.estimatedCloseDate),
    status: r.status,
    helpFromProvider: r.helpFromProvider,
    requestedAt: (r.coSellRequestedAt ?? now).toISOString(),
    decisionDeadline: coSellDecisionDeadline(r.coSellRequestedAt ?? now).toISOString(),
  }));
}
