/**
 * The lifecycle of a co-sell deal (domain.md §4.3), as one data-driven table.
 *
 * | from                         | event          | to          |
 * |------------------------------|----------------|-------------|
 * | (new, inbound)               | RECEIVE        | RECEIVED (expiresAt = +14 days) |
 * | (new, outbound)              | CREATE         | CREATED     |
 * | RECEIVED                     | ACCEPT         | ACCEPTED    |
 * | RECEIVED                     | DECLINE        | DECLINED    |
 * | RECEIVED, overdue            | EXPIRE (sweep) | EXPIRED     |
 * | open                         | MARK_STAGE     | a later open stage (forward only, skipping allowed) |
 * | open                         | MARK_WON       | WON         |
 * | open                         | MARK_LOST      | LOST        |
 * | RECEIVED or open             | CLOSE_AS_ERROR | ERROR       |
 * | open                         | EDIT           | (same)      |
 * | open                         | UPGRADE        | (same), dealType one way up |
 * | open                         | INVITE         | (same), dealType per `dealTypeAfterInvitation` |
 *
 * open = CREATED, ACCEPTED, QUALIFIED, DEVELOPED, PROPOSED, NEGOTIATED. Terminal =
 * WON, LOST, DECLINED, EXPIRED, ERROR: nothing changes afterwards. An inbound deal still
 * RECEIVED after `expiresAt` is EXPIRED at read time (`effectiveDealStatus`): only the
 * sweep's EXPIRE still applies to it.
 *
 * SOLUTION_ASSESSMENT deals follow their own table (`../assessment/machine.ts`);
 * `dealTransition` delegates to it.
 *
 * Decision: UPGRADE and INVITE need an *open* deal: the recipient of an inbound deal
 * accepts it before changing how it is sold.
 */
import { allowedAssessmentEvents, assessmentTransition, isAssessmentStatus, nextAssessmentStage } from "../assessment/machine";
import {
  effectiveDealStatus,
  sharedDealRules,
  type DealEvent,
  type DealEventType,
  type DealMachineInput,
  type DealSubject,
} from "./deal-lifecycle";
import { canRequestCoSell } from "./co-sell-request";
import { canUpgrade, dealTypeAfterInvitation, DEAL_TYPE_UPGRADES } from "./deal-type";
import { allowedEventsOf, runTransition, type TransitionResult, type TransitionTable } from "./lifecycle";
import {
  MARKABLE_SALES_STAGES,
  ORDINARY_DEAL_STATUSES,
  SALES_STAGES,
  isOneOf,
  isTerminalDealStatus,
  type DealStatus,
  type MarkableSalesStage,
  type OrdinaryDealStatus,
  type SalesStage,
} from "./picklists";

/** Rank of each open sales stage; CREATED and ACCEPTED are both the 10 % entry stage. */
const SALES_STAGE_RANK: Readonly<Record<SalesStage, number>> = {
  CREATED: 0,
  ACCEPTED: 0,
  QUALIFIED: 1,
  DEVELOPED: 2,
  PROPOSED: 3,
  NEGOTIATED: 4,
};

export function isOrdinaryDealStatus(status: unknown): status is OrdinaryDealStatus {
  return isOneOf(ORDINARY_DEAL_STATUSES, status);
}

export function isOpenSalesStage(status: DealStatus): status is SalesStage {
  return isOneOf(SALES_STAGES, status);
}

/** Stages an ordinary deal at `status` can be marked to: every later open stage. */
export function markableSalesStages(status: DealStatus): MarkableSalesStage[] {
  if (!isOpenSalesStage(status)) return [];
  return MARKABLE_SALES_STAGES.filter((stage) => SALES_STAGE_RANK[stage] > SALES_STAGE_RANK[status]);
}

type MarkStage = Extract<DealEvent, { type: "MARK_STAGE" }>;
type Upgrade = Extract<DealEvent, { type: "UPGRADE" }>;
type Invite = Extract<DealEvent, { type: "INVITE" }>;

/** The ordinary deal lifecycle (PRIVATE, PARTNER_LED, CO_SELL, P2P), one rule per event. */
export const DEAL_TRANSITIONS: TransitionTable<OrdinaryDealStatus, DealEvent, DealSubject> = [
  ...sharedDealRules<OrdinaryDealStatus>(SALES_STAGES),
  {
    event: "MARK_STAGE",
    from: SALES_STAGES,
    to: ({ event }) => (event as MarkStage).stage as OrdinaryDealStatus,
    by: ["PARTNER"],
    guard: ({ status, event }) => {
      const target = (event as MarkStage).stage;
      if (target === "WON") return 'Use "mark won" to win a deal';
      if (!isOneOf(MARKABLE_SALES_STAGES, target)) return `${target} is not a sales stage that can be marked`;
      if (status === null || !isOpenSalesStage(status)) return "The deal is not open";
      if (SALES_STAGE_RANK[target] <= SALES_STAGE_RANK[status]) {
        return `Stages only move forward: the deal is already ${status}`;
      }
      return null;
    },
    available: ({ status }) => status !== null && markableSalesStages(status).length > 0,
  },
  { event: "MARK_WON", from: SALES_STAGES, to: "WON", by: ["PARTNER"] },
  {
    event: "UPGRADE",
    from: SALES_STAGES,
    to: "SAME",
    by: ["PARTNER"],
    guard: ({ subject, event }) => {
      const to = (event as Upgrade).to;
      return canUpgrade(subject.dealType, to)
        ? null
        : `A ${subject.dealType} deal cannot become ${to}: upgrades go one way (private → partner-led → co-sell)`;
    },
    available: ({ subject }) => DEAL_TYPE_UPGRADES[subject.dealType].length > 0,
    effects: ({ event }) => ({ dealType: (event as Upgrade).to }),
  },
  {
    event: "INVITE",
    from: SALES_STAGES,
    to: "SAME",
    by: ["PARTNER"],
    guard: ({ subject, event }) => {
      const { provider, partners } = event as Invite;
      if (!provider && !partners) return "Invite the provider, partners, or both";
      if (provider && !canRequestCoSell(subject.coSellRequestState ?? null)) {
        return "The provider seller has already been asked for help on this deal";
      }
      return null;
    },
    effects: ({ subject, event }) => {
      const next = dealTypeAfterInvitation(subject.dealType, event as Invite);
      return next === subject.dealType ? {} : { dealType: next };
    },
  },
];

const dealOptions = { isTerminal: isTerminalDealStatus, noun: "deal" };

function ruleInput(deal: DealMachineInput, status: OrdinaryDealStatus | null, now: Date) {
  const subject: DealSubject = {
    dealType: deal.dealType,
    direction: deal.direction,
    expiresAt: deal.expiresAt ?? null,
    coSellRequestState: deal.coSellRequestState ?? null,
  };
  const effective = status === null ? null : effectiveDealStatus({ status, expiresAt: deal.expiresAt }, now);
  return { status: effective, storedStatus: status, subject, now };
}

function refuseMismatch(deal: DealMachineInput, event: DealEvent): TransitionResult<DealStatus> {
  return {
    ok: false,
    event: event.type,
    code: "NOT_ALLOWED",
    message: `${deal.status} is not a status of a ${deal.dealType === "SOLUTION_ASSESSMENT" ? "solution assessment" : "deal of this type"}`,
  };
}

/**
 * Decide an event on a deal of any type (solution assessments are delegated to their
 * own machine). Returns the target status and effects (expiresAt, dealType), or why not.
 */
export function dealTransition(deal: DealMachineInput, event: DealEvent, ctx: { now: Date }): TransitionResult<DealStatus> {
  if (deal.dealType === "SOLUTION_ASSESSMENT") {
    const status = deal.status;
    if (status !== null && !isAssessmentStatus(status)) return refuseMismatch(deal, event);
    return assessmentTransition({ ...deal, status }, event, ctx);
  }
  const status = deal.status;
  if (status !== null && !isOrdinaryDealStatus(status)) return refuseMismatch(deal, event);
  return runTransition(DEAL_TRANSITIONS, { ...ruleInput(deal, status, ctx.now), event }, dealOptions);
}

/** The events available now (which buttons to show); payload-dependent guards aside. */
export function allowedDealEvents(deal: DealMachineInput, ctx: { now: Date }): DealEventType[] {
  if (deal.dealType === "SOLUTION_ASSESSMENT") {
    const status = deal.status;
    if (status !== null && !isAssessmentStatus(status)) return [];
    return allowedAssessmentEvents({ ...deal, status }, ctx);
  }
  const status = deal.status;
  if (status !== null && !isOrdinaryDealStatus(status)) return [];
  return allowedEventsOf(DEAL_TRANSITIONS, ruleInput(deal, status, ctx.now));
}

/** The stages a user can mark now: every later stage, or for an assessment the next one only. */
export function markableStages(deal: DealMachineInput, ctx: { now: Date }): DealStatus[] {
  if (deal.status === null) return [];
  const status = effectiveDealStatus({ status: deal.status, expiresAt: deal.expiresAt }, ctx.now);
  if (deal.dealType === "SOLUTION_ASSESSMENT") {
    const next = isAssessmentStatus(status) ? nextAssessmentStage(status) : null;
    return next === null ? [] : [next];
  }
  return markableSalesStages(status);
}

/** True when the deal is in a terminal status (effective: an overdue RECEIVED is EXPIRED). */
export function isDealClosed(deal: { status: DealStatus; expiresAt?: Date | null }, now: Date): boolean {
  return isTerminalDealStatus(effectiveDealStatus(deal, now));
}
